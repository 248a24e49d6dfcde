using BotKit.Schema;
using LearningPartnerBot.Channels.Console;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Tests.Knowledge.Chat;
using LearningPartnerBot.Tickets;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Console;

/// <summary>The request forms in `dotnet run -- chat`, where the console asks a card's fields one at a time.</summary>
public sealed class ConsoleRequestFormTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_discrepancy_filed_field_by_field_shows_its_ticket_reference()
    {
        var strings = RequestStrings.Get(SupportedLocales.Default);
        using var chat = new ChatHarness("en-US", output);
        string[] typed =
        [
            "3", // the welcome card's "File a request"
            "1", // the menu's KPI discrepancy
            "1", // the form's Continue, which asks each field in turn; no partner record, so MPN ID and company first:
            "1234567", "Fabrikam Training", "1", "2026", "Courseware", "Contoso EMEA", "INV-202601-005", "1,234.50", "900", "eur", "1", "",
            "1", // the confirm card's Send
        ];

        var printed = ConsoleChatTests.Normalize(await chat.ConsoleAsync(string.Join("\n", typed)));

        var ticket = Assert.Single(await chat.Tickets.ListForRequesterAsync(
            RequesterLookup.RequesterId(new Activity { ChannelId = BotKit.Schema.Channels.Console, From = new ChannelAccount(ConsoleAdapter.UserId) }, provenAadObjectId: null)));
        Assert.Contains(strings.Sent(ticket.Reference), printed, StringComparison.Ordinal);
        Assert.True(
            printed.IndexOf(strings.FieldMonth, StringComparison.Ordinal) < printed.IndexOf(strings.FieldKpiValue, StringComparison.Ordinal)
            && printed.IndexOf(strings.FieldKpiValue, StringComparison.Ordinal) < printed.IndexOf(strings.ConfirmTitle, StringComparison.Ordinal),
            printed);
        using var db = chat.TicketsDatabase.Factory.CreateDbContext();
        Assert.Equal(
            new KpiDiscrepancyPayload(1, 2026, "Courseware", "Contoso EMEA", "INV-202601-005", 1234.5m, 900m, "EUR", "invoice", null),
            TicketJson.Deserialize(Assert.Single(db.Tickets).PayloadJson));
    }

    [Fact]
    public async Task A_question_typed_while_the_form_waits_is_answered_and_the_form_is_offered_again_and_sent()
    {
        var strings = RequestStrings.Get(SupportedLocales.Default);
        var conversation = global::LearningPartnerBot.Conversation.ConversationStrings.Get(SupportedLocales.Default);
        using var chat = new ChatHarness("en-US", output);
        string[] typed =
        [
            "3", // the welcome card's "File a request"
            "1", // the menu's KPI discrepancy
            "does an order confirmation count as an invoice?", // a question while the form waits
            "1", // the form's Continue, on the form offered again:
            "1234567", "Fabrikam Training", "1", "2026", "Courseware", "Contoso EMEA", "INV-202601-005", "1,234.50", "900", "eur", "1", "",
            "1", // the confirm card's Send
        ];

        var printed = ConsoleChatTests.Normalize(await chat.ConsoleAsync(string.Join("\n", typed)));

        var stillOpen = printed.IndexOf(conversation.StillOpen(conversation.JourneyDiscrepancyForm), StringComparison.Ordinal);
        Assert.True(stillOpen > 0, printed);
        Assert.True(printed.IndexOf(strings.DiscrepancyTitle, stillOpen, StringComparison.Ordinal) > stillOpen, "the form is offered again after the answer");
        using var db = chat.TicketsDatabase.Factory.CreateDbContext();
        Assert.Equal(
            new KpiDiscrepancyPayload(1, 2026, "Courseware", "Contoso EMEA", "INV-202601-005", 1234.5m, 900m, "EUR", "invoice", null),
            TicketJson.Deserialize(Assert.Single(db.Tickets).PayloadJson));
    }
}
