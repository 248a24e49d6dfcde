using BotKit.Schema;
using LearningPartnerBot.Conversation;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Requests.DirectoryListing;
using LearningPartnerBot.Tests.Knowledge.Chat;
using LearningPartnerBot.Tickets;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Requests;

/// <summary>"Talk to a person", "my requests" and the directory form, typed or clicked, in en/nl/tr, on the real ticket store.</summary>
public sealed class RequestShortcutTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, string> Phrases => new()
    {
        // locale, "talk to a person", "my requests"
        { "en-US", "Talk to a person", "my requests" },
        { "nl-NL", "met een medewerker praten", "Mijn aanvragen" },
        { "tr-TR", "BIR KISIYLE GORUS", "taleplerim" },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public async Task Talk_to_a_person_mid_form_files_a_general_ticket_with_the_recent_messages_and_my_requests_lists_it(string locale, string person, string mine)
    {
        var strings = RequestStrings.Get(LocaleResolver.Resolve(new Activity { Locale = locale }));
        var conversation = ConversationStrings.Get(strings.Culture);
        using var chat = new ChatHarness(locale, output);
        Activity? filed = null;
        Activity? listed = null;

        // Asking for a person switches journeys: the form is closed (and the partner told so) before the handoff.
        await chat.Flow()
            .Send(RequestCards.FileRequest(TopicActions.DirectoryListing)).AssertReply(_ => { })
            .Send(person)
            .AssertReply(conversation.Closed(conversation.JourneyDirectoryForm))
            .AssertReply(reply => filed = reply)
            .Send(mine).AssertReply(reply => listed = reply)
            .StartTestAsync();

        var ticket = Assert.Single(await chat.Tickets.ListForRequesterAsync(RequesterId(chat)));
        Assert.Equal(TicketType.General, ticket.Type);
        Assert.Equal(strings.PersonFiled(ticket.Reference), filed!.Text);
        Assert.Equal(strings.MyRequestsHeading + "\n\n- " + strings.MyRequestsLine(ticket), listed!.Text);
    }

    [Fact]
    public async Task Talk_to_a_person_attaches_the_latest_messages_from_both_sides_and_drops_older_ones()
    {
        using var chat = new ChatHarness("en-US", output);
        var flow = chat.Flow();
        for (var i = 1; i <= 11; i++)
        {
            flow = flow.Send($"question {i}: how do I enroll in the Learning Action Pack?").AssertReply(_ => { });
        }

        await flow.Send("Talk to a person").AssertReply(_ => { }).StartTestAsync();

        using var db = chat.TicketsDatabase.Factory.CreateDbContext();
        var stored = Assert.Single(db.Tickets);
        var payload = Assert.IsType<GeneralRequestPayload>(TicketJson.Deserialize(stored.PayloadJson));
        Assert.Equal(RecentTurns.Kept, payload.Transcript.Count);
        Assert.DoesNotContain(payload.Transcript, line => line.Text.StartsWith("question 1:", StringComparison.Ordinal));
        Assert.Contains(payload.Transcript, line => line.Text.StartsWith("question 11:", StringComparison.Ordinal));
        Assert.Equal(2, payload.Transcript.Select(line => line.From).Distinct().Count());
    }

    [Theory]
    [InlineData("en-US", "My requests")]
    [InlineData("nl-NL", "mijn aanvragen!")]
    [InlineData("tr-TR", "Taleplerim")]
    public async Task My_requests_without_any_says_so(string locale, string mine)
    {
        var strings = RequestStrings.Get(LocaleResolver.Resolve(new Activity { Locale = locale }));
        using var chat = new ChatHarness(locale, output);

        await chat.Flow().Send(mine).AssertReply(strings.MyRequestsNone).StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("nl-NL")]
    [InlineData("tr-TR")]
    public async Task A_landing_page_off_the_partners_site_needs_confirming_then_the_listing_is_filed_with_its_dates(string locale)
    {
        var strings = RequestStrings.Get(LocaleResolver.Resolve(new Activity { Locale = locale }));
        using var chat = new ChatHarness(locale, output, seedDemoData: true);
        chat.SignInOnTeams("demo-tom-tailspin");
        Activity? form = null;
        Activity? warned = null;
        Activity? confirm = null;
        Activity? sent = null;
        var entered = new Dictionary<string, string>
        {
            [DirectoryForm.DisplayName] = "Tailspin Academy",
            [DirectoryForm.Country] = "GB",
            [DirectoryForm.LandingPage] = "https://training.other.example/microsoft",
            [DirectoryForm.AboutPartnerOnly] = "true",
            [DirectoryForm.NoCompetitors] = "true",
            [DirectoryForm.OwnedByPartner] = "true",
        };

        await chat.Flow().Send(RequestCards.FileRequest(TopicActions.DirectoryListing)).AssertReply(reply => form = reply).StartTestAsync();
        await chat.Flow().Send(RequestCards.Click(form!, FormSubmit.Submit, entered)).AssertReply(reply => warned = reply).StartTestAsync();
        entered[DirectoryForm.HostConfirmed] = "true";
        await chat.Flow().Send(RequestCards.Click(warned!, FormSubmit.Submit, entered)).AssertReply(reply => confirm = reply).StartTestAsync();
        await chat.Flow().Send(RequestCards.Click(confirm!, FormSubmit.Send)).AssertReply(reply => sent = reply).StartTestAsync();

        Assert.Contains(strings.HostWarning("training.other.example", "tailspin-academy.example"), RequestCards.Texts(warned!));
        Assert.Equal(strings.ErrorConfirm, Assert.Single(RequestCards.Errors(warned!)).Value);
        var ticket = Assert.Single(await chat.Tickets.ListForRequesterAsync(RequesterId(chat)));
        Assert.Equal(TicketType.DirectoryListing, ticket.Type);
        Assert.Equal(strings.Sent(ticket.Reference) + " " + strings.DirectorySchedule(DirectoryUpdateSchedule.For(chat.Today)), sent!.Text);
    }

    private static string RequesterId(ChatHarness chat) =>
        chat.RequesterId;
}
