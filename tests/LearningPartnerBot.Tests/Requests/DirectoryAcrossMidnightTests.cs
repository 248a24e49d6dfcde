using System.Text.Json;
using BotKit.Schema;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Requests.DirectoryListing;
using LearningPartnerBot.Tests.Knowledge.Chat;
using LearningPartnerBot.Tickets;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Requests;

/// <summary>
/// A listing checked at 23:58 on March 14 makes the March batch; the partner clicks Send after midnight, when a new
/// check would say April. What is filed, and what the partner is told, must be what the confirm card showed.
/// </summary>
public sealed class DirectoryAcrossMidnightTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset BeforeMidnight = new(2026, 3, 14, 23, 58, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("en-US")]
    [InlineData("nl-NL")]
    [InlineData("tr-TR")]
    public async Task A_send_after_midnight_files_the_batch_the_confirm_card_showed(string locale)
    {
        var strings = RequestStrings.Get(LocaleResolver.Resolve(new Activity { Locale = locale }));
        var clock = new HandMovedClock(BeforeMidnight);
        using var chat = new ChatHarness(locale, output, DateOnly.FromDateTime(BeforeMidnight.Date), clock: clock);
        Activity? form = null;
        Activity? confirm = null;
        Activity? sent = null;

        await chat.Flow().Send(FileListing()).AssertReply(reply => form = reply).StartTestAsync();
        await chat.Flow().Send(RequestCards.Click(form!, FormSubmit.Submit, Listing())).AssertReply(reply => confirm = reply).StartTestAsync();
        clock.Now = BeforeMidnight.AddMinutes(3);
        await chat.Flow().Send(RequestCards.Click(confirm!, FormSubmit.Send)).AssertReply(reply => sent = reply).StartTestAsync();

        var march = DirectoryUpdateSchedule.For(new DateOnly(2026, 3, 14));
        Assert.Contains(strings.DirectorySchedule(march), RequestCards.Texts(confirm!));
        using var db = chat.TicketsDatabase.Factory.CreateDbContext();
        var stored = Assert.Single(db.Tickets);
        Assert.Equal(("1234567", "Tailspin Academy Ltd", true), (stored.PartnerMpnId, stored.PartnerName, stored.PartnerStatedByRequester));
        var payload = Assert.IsType<DirectoryListingPayload>(TicketJson.Deserialize(stored.PayloadJson));
        Assert.Equal((new DateOnly(2026, 3, 15), new DateOnly(2026, 4, 7)), (payload.ExpectedBatchStart, payload.ExpectedVisibleBy));
        Assert.Equal(strings.Sent(stored.Reference) + " " + strings.DirectorySchedule(march), sent!.Text);
    }

    private static Dictionary<string, string> Listing() => new()
    {
        [PartnerFields.MpnId] = "1234567",
        [PartnerFields.CompanyName] = "Tailspin Academy Ltd",
        [DirectoryForm.DisplayName] = "Tailspin Academy",
        [DirectoryForm.Country] = "GB",
        [DirectoryForm.LandingPage] = "https://tailspin-academy.example/microsoft",
        [DirectoryForm.AboutPartnerOnly] = "true",
        [DirectoryForm.NoCompetitors] = "true",
        [DirectoryForm.OwnedByPartner] = "true",
    };

    private static Activity FileListing() => new()
    {
        Type = ActivityTypes.Message,
        Value = JsonSerializer.SerializeToElement(new { faq = new { action = "file", request = TopicActions.DirectoryListing } }),
    };
}
