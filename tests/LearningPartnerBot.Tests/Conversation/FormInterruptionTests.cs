using BotKit.Schema;
using LearningPartnerBot.Conversation;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Requests.Discrepancy;
using LearningPartnerBot.Tests.Knowledge.Chat;
using LearningPartnerBot.Tests.Requests;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Conversation;

/// <summary>
/// Nothing a partner typed into a form is silently lost: a question in the middle of a form is answered and the same form
/// comes back, its older card still works, and a card whose form was closed opens a new form with what it carried.
/// </summary>
public sealed class FormInterruptionTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, string> Questions => new()
    {
        // locale, a question typed while the form is open, a cancel
        { "en-US", "what counts as an invoice?", "cancel this form" },
        { "nl-NL", "telt een orderbevestiging ook als bewijs?", "annuleren" },
        { "tr-TR", "sipariş onayı fatura yerine geçer mi", "iptal" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task A_question_mid_form_is_answered_then_the_form_comes_back_and_its_first_card_still_sends(string locale, string question, string cancel)
    {
        _ = cancel;
        var conversation = ConversationStrings.Get(SteeringTests.Culture(locale));
        var requests = RequestStrings.Get(SteeringTests.Culture(locale));
        using var chat = Chat(locale);
        Activity? form = null;
        Activity? again = null;
        Activity? confirm = null;

        await chat.Flow()
            .Send(SteeringTests.Click(new { intent = "file-discrepancy" }))
            .AssertReply(reply => form = reply)
            .Send(question)
            .AssertReply(reply => Assert.Equal("invoice-only", CardReader.AnsweredTopic(reply)))
            .AssertReply(conversation.StillOpen(conversation.JourneyDiscrepancyForm) + " " + conversation.LeaveHint)
            .AssertReply(reply => again = reply)
            .StartTestAsync();

        Assert.Equal(RequestCards.Texts(form!), RequestCards.Texts(again!));

        // The partner goes on filling in the card they had already started on.
        await chat.Flow()
            .Send(RequestCards.Click(form!, FormSubmit.Submit, DiscrepancyConversationTests.Valid("12")))
            .AssertReply(reply => confirm = reply)
            .StartTestAsync();
        Assert.Contains(requests.ConfirmTitle, RequestCards.Texts(confirm!));
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task A_card_whose_form_was_cancelled_opens_a_new_form_with_what_it_carried(string locale, string question, string cancel)
    {
        _ = question;
        var conversation = ConversationStrings.Get(SteeringTests.Culture(locale));
        using var chat = Chat(locale);
        Activity? form = null;
        Activity? reopened = null;
        var entered = DiscrepancyConversationTests.Valid("12");
        entered[DiscrepancyForm.Year] = "2031";

        await chat.Flow()
            .Send(SteeringTests.Click(new { intent = "file-discrepancy" }))
            .AssertReply(reply => form = reply)
            .Send(cancel)
            .AssertReply(conversation.Cancelled(conversation.JourneyDiscrepancyForm))
            .StartTestAsync();
        await chat.Flow()
            .Send(RequestCards.Click(form!, FormSubmit.Submit, entered))
            .AssertReply(conversation.FormReopened)
            .AssertReply(reply => reopened = reply)
            .StartTestAsync();

        Assert.Equal(entered.OrderBy(e => e.Key), RequestCards.Values(reopened!).Where(v => entered.ContainsKey(v.Key)).OrderBy(e => e.Key));
    }

    [Theory]
    [InlineData("en-US", "I want to report a KPI discrepancy")]
    [InlineData("en-US", "our kpis are wrong")]
    [InlineData("nl-NL", "ik wil een KPI-afwijking melden")]
    [InlineData("tr-TR", "KPI tutarsızlığı bildirmek istiyorum")]
    public async Task Saying_what_to_report_opens_that_form(string locale, string typed)
    {
        var requests = RequestStrings.Get(SteeringTests.Culture(locale));
        using var chat = Chat(locale);

        await chat.Flow()
            .Send(typed)
            .AssertReply(reply => Assert.Contains(requests.DiscrepancyTitle, RequestCards.Texts(reply)))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "File a request")]
    [InlineData("en-US", "open a ticket")]
    [InlineData("nl-NL", "ik wil een verzoek indienen")]
    [InlineData("tr-TR", "talep oluşturmak istiyorum")]
    public async Task Asking_to_file_without_saying_what_offers_the_kinds_of_request(string locale, string typed)
    {
        var requests = RequestStrings.Get(SteeringTests.Culture(locale));
        using var chat = Chat(locale);

        await chat.Flow()
            .Send(typed)
            .AssertReply(reply => Assert.Equal(requests.MenuPrompt, reply.Text))
            .StartTestAsync();
    }

    private ChatHarness Chat(string locale)
    {
        var chat = new ChatHarness(locale, output, seedDemoData: true);
        chat.SignInOnTeams("demo-tom-tailspin");
        return chat;
    }
}
