using BotKit.Schema;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Requests.Discrepancy;
using LearningPartnerBot.Tests.Knowledge.Chat;
using LearningPartnerBot.Tests.Requests;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Conversation;

/// <summary>
/// A conversation whose form was open when a new version was deployed: its state, as the version that kept the
/// rendered cards in the prompts' options stored it (Tom on Teams, the KPI form back with the year refused, or the
/// confirm card waiting), loads, the form comes back as it was left, and it still files exactly one ticket.
/// </summary>
public sealed class FormLeftOpenByEarlierVersionTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Questions => new()
    {
        { "en-US", "what counts as an invoice?" },
        { "nl-NL", "telt een orderbevestiging ook als bewijs?" },
        { "tr-TR", "sipariş onayı fatura yerine geçer mi" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task A_form_left_open_comes_back_with_its_values_and_error_and_files_from_that_card(string locale, string question)
    {
        var requests = RequestStrings.Get(SteeringTests.Culture(locale));
        using var chat = await ChatWithStoredStateAsync(locale, "form-open-with-its-card-in-state.json");
        Activity? confirm = null;

        var back = await WaitingCardTurns.AskAsideAsync(chat, locale, question);
        Assert.Equal("2031", RequestCards.Values(back)[DiscrepancyForm.Year]);
        Assert.Equal([DiscrepancyForm.Year], RequestCards.Errors(back).Keys);

        await chat.Flow().Send(RequestCards.Click(back, FormSubmit.Submit, DiscrepancyConversationTests.Valid("900"))).AssertReply(reply => confirm = reply).StartTestAsync();
        Assert.Equal(requests.ConfirmTitle, RequestCards.Texts(confirm!)[0]);
        await WaitingCardTurns.SendTwiceFilesOnceAsync(chat, confirm!, requests);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task A_form_left_open_keeps_only_what_was_typed_once_it_is_submitted_again(string locale, string question)
    {
        var requests = RequestStrings.Get(SteeringTests.Culture(locale));
        using var chat = await ChatWithStoredStateAsync(locale, "form-open-with-its-card-in-state.json");
        Activity? rejected = null;
        var entered = DiscrepancyConversationTests.Valid("900");
        entered[DiscrepancyForm.RevenueValue] = "-5";

        var back = await WaitingCardTurns.AskAsideAsync(chat, locale, question);
        await chat.Flow().Send(RequestCards.Click(back, FormSubmit.Submit, entered)).AssertReply(reply => rejected = reply).StartTestAsync();

        Assert.Equal([DiscrepancyForm.RevenueValue], RequestCards.Errors(rejected!).Keys);
        Assert.Contains(requests.FixErrors, RequestCards.Texts(rejected!));
        var stored = await chat.StoredConversationStateAsync();
        Assert.True(stored!.Length < 3 * 1024, $"The state still holds a card: {stored}");
        Assert.Contains("-5", stored, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task A_confirm_card_left_waiting_comes_back_and_files_once(string locale, string question)
    {
        var requests = RequestStrings.Get(SteeringTests.Culture(locale));
        using var chat = await ChatWithStoredStateAsync(locale, "confirm-open-with-its-card-in-state.json");

        var back = await WaitingCardTurns.AskAsideAsync(chat, locale, question);
        Assert.Contains("INV-202601-005", RequestCards.Texts(back));
        await WaitingCardTurns.SendTwiceFilesOnceAsync(chat, back, requests);
    }

    private async Task<ChatHarness> ChatWithStoredStateAsync(string locale, string file)
    {
        var chat = new ChatHarness(locale, output, seedDemoData: true);
        chat.SignInOnTeams("demo-tom-tailspin");
        await chat.StoreConversationStateAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Conversation", "Data", file)));
        return chat;
    }
}
