using BotKit.Schema;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Requests.Discrepancy;
using LearningPartnerBot.Tests.Conversation;
using LearningPartnerBot.Tests.Knowledge.Chat;
using LearningPartnerBot.Tickets;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Requests;

/// <summary>
/// A form that waits keeps what the partner typed, not its card: every turn with a form open reads and writes the
/// conversation's state, so that state stays small, while the form still comes back after a question in between with
/// every value and error, and the confirm card comes back with the request that was checked.
/// </summary>
public sealed class OpenFormStateTests(ITestOutputHelper output)
{
    /// <summary>Well above what a draft of the KPI form takes, well below one rendered copy of its card.</summary>
    private const int MaxStateBytes = 3 * 1024;

    public static TheoryData<string, string, string> Locales => new()
    {
        // locale, a question asked while the form is open, a KPI value written the way that language writes it
        { "en-US", "does an order confirmation count as proof?", "1,234.50" },
        { "nl-NL", "wat telt als factuur?", "1.234,50" },
        { "tr-TR", "sipariş onayı kanıt sayılır mı", "1.234,50" },
    };

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task The_state_of_a_conversation_with_the_kpi_form_open_stays_small_at_every_step(string locale, string question, string kpi)
    {
        using var chat = Chat(locale);
        Activity? form = null;
        var entered = DiscrepancyConversationTests.Valid(kpi);
        entered[DiscrepancyForm.Year] = "2031";

        await chat.Flow().Send(RequestCards.FileRequest(TopicActions.KpiDiscrepancy)).AssertReply(reply => form = reply).StartTestAsync();
        await AssertSmallAsync(chat, "the form just shown");
        await chat.Flow().Send(question).StartTestAsync();
        await AssertSmallAsync(chat, "a question answered with the form open");
        await chat.Flow().Send(RequestCards.Click(form!, FormSubmit.Submit, entered)).StartTestAsync();
        await AssertSmallAsync(chat, "the form back with an error");
        await chat.Flow().Send(RequestCards.Click(form!, FormSubmit.Submit, DiscrepancyConversationTests.Valid(kpi))).StartTestAsync();
        await AssertSmallAsync(chat, "the confirm card waiting");
        await chat.Flow().Send(question).StartTestAsync();
        await AssertSmallAsync(chat, "a question answered with the confirm card waiting");
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task An_interrupted_form_comes_back_with_what_was_typed_and_its_errors_then_confirms_and_files(string locale, string question, string kpi)
    {
        var strings = RequestStrings.Get(SteeringTests.Culture(locale));
        using var chat = Chat(locale);
        Activity? form = null;
        Activity? rejected = null;
        Activity? confirm = null;
        var entered = DiscrepancyConversationTests.Valid(kpi);
        entered[DiscrepancyForm.Year] = "2031";
        entered[DiscrepancyForm.RevenueValue] = "-5";

        await chat.Flow().Send(RequestCards.FileRequest(TopicActions.KpiDiscrepancy)).AssertReply(reply => form = reply).StartTestAsync();
        await chat.Flow().Send(RequestCards.Click(form!, FormSubmit.Submit, entered)).AssertReply(reply => rejected = reply).StartTestAsync();
        var back = await WaitingCardTurns.AskAsideAsync(chat, locale, question);

        Assert.Equal(entered.OrderBy(e => e.Key), RequestCards.Values(back).OrderBy(e => e.Key));
        Assert.Equal(RequestCards.Errors(rejected!), RequestCards.Errors(back));
        Assert.Equal([DiscrepancyForm.RevenueValue, DiscrepancyForm.Year], RequestCards.Errors(back).Keys.Order());
        Assert.Equal(RequestCards.Texts(rejected!), RequestCards.Texts(back));

        // The card that came back is the same form: corrected there, it goes on to "send this?", which also comes back after a question.
        await chat.Flow().Send(RequestCards.Click(back, FormSubmit.Submit, DiscrepancyConversationTests.Valid(kpi))).AssertReply(reply => confirm = reply).StartTestAsync();
        var confirmBack = await WaitingCardTurns.AskAsideAsync(chat, locale, question);
        Assert.Equal(strings.ConfirmTitle, RequestCards.Texts(confirm!)[0]);
        Assert.Equal(RequestCards.Texts(confirm!), RequestCards.Texts(confirmBack));

        var ticket = await WaitingCardTurns.SendTwiceFilesOnceAsync(chat, confirmBack, strings);
        Assert.Equal(TicketType.KpiDiscrepancy, ticket.Type);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task On_web_chat_the_partner_fields_typed_by_someone_with_no_partner_record_come_back_too(string locale, string question, string kpi)
    {
        using var chat = new ChatHarness(locale, output, seedDemoData: true);
        Activity? form = null;
        var entered = DiscrepancyConversationTests.Valid(kpi);
        entered[DiscrepancyForm.Year] = "2031";
        entered[PartnerFields.MpnId] = "4567890";
        entered[PartnerFields.CompanyName] = "Fabrikam <Learning> & Co";

        await chat.Flow().Send(RequestCards.FileRequest(TopicActions.KpiDiscrepancy)).AssertReply(reply => form = reply).StartTestAsync();
        Assert.Contains(PartnerFields.MpnId, RequestCards.InputIds(form!));
        await chat.Flow().Send(RequestCards.Click(form!, FormSubmit.Submit, entered)).AssertReply(_ => { }).StartTestAsync();
        var back = await WaitingCardTurns.AskAsideAsync(chat, locale, question);

        var shown = RequestCards.Values(back);
        Assert.Equal(entered[PartnerFields.MpnId], shown[PartnerFields.MpnId]);
        Assert.Equal(entered[PartnerFields.CompanyName], shown[PartnerFields.CompanyName]);
        Assert.Equal([DiscrepancyForm.Year], RequestCards.Errors(back).Keys);
        await AssertSmallAsync(chat, "the form back on Web Chat after a question");
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task A_message_with_nothing_to_read_gets_the_reminder_with_the_form_as_it_was_left(string locale, string question, string kpi)
    {
        _ = question;
        var strings = RequestStrings.Get(SteeringTests.Culture(locale));
        using var chat = Chat(locale);
        Activity? form = null;
        Activity? rejected = null;
        Activity? reminded = null;
        var entered = DiscrepancyConversationTests.Valid(kpi);
        entered[DiscrepancyForm.Year] = "2031";

        await chat.Flow().Send(RequestCards.FileRequest(TopicActions.KpiDiscrepancy)).AssertReply(reply => form = reply).StartTestAsync();
        await chat.Flow().Send(RequestCards.Click(form!, FormSubmit.Submit, entered)).AssertReply(reply => rejected = reply).StartTestAsync();
        await chat.Flow().Send(new Activity { Type = ActivityTypes.Message, Text = string.Empty }).AssertReply(reply => reminded = reply).StartTestAsync();

        Assert.Equal(strings.FormRetry, reminded!.Text);
        Assert.Equal(RequestCards.Values(rejected!), RequestCards.Values(reminded));
        Assert.Equal(RequestCards.Errors(rejected!), RequestCards.Errors(reminded));
    }

    private async Task AssertSmallAsync(ChatHarness chat, string when)
    {
        var stored = await chat.StoredConversationStateAsync();
        Assert.NotNull(stored);
        var bytes = System.Text.Encoding.UTF8.GetByteCount(stored);
        output.WriteLine($"{when}: {bytes} bytes");
        Assert.True(bytes <= MaxStateBytes, $"With {when}, the conversation's state is {bytes} bytes: {stored}");

        // What the card shows of the requester is kept with the form; who they are in the partner store is not.
        Assert.DoesNotContain("\"Tom\"", stored, StringComparison.Ordinal);
    }

    private ChatHarness Chat(string locale)
    {
        var chat = new ChatHarness(locale, output, seedDemoData: true);
        chat.SignInOnTeams("demo-tom-tailspin");
        return chat;
    }
}
