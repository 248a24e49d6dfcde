using BotKit.Schema;
using LearningPartnerBot.Conversation;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Tests.Conversation;
using LearningPartnerBot.Tests.Knowledge.Chat;
using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Tests.Requests;

/// <summary>Turns of a conversation in which the KPI form, or its "send this?" card, is waiting.</summary>
internal static class WaitingCardTurns
{
    /// <summary>
    /// A question asked while the card waits: it is answered, the partner is told the form is still open and how to
    /// leave it, and the waiting card is offered again, which this returns.
    /// </summary>
    public static async Task<Activity> AskAsideAsync(ChatHarness chat, string locale, string question)
    {
        var conversation = ConversationStrings.Get(SteeringTests.Culture(locale));
        Activity? back = null;
        await chat.Flow()
            .Send(question)
            .AssertReply(reply => Assert.NotNull(CardReader.AnsweredTopic(reply)))
            .AssertReply(conversation.StillOpen(conversation.JourneyDiscrepancyForm) + " " + conversation.LeaveHint)
            .AssertReply(reply => back = reply)
            .StartTestAsync();
        return back!;
    }

    /// <summary>Send clicked twice on <paramref name="confirm"/>: one ticket, and the second click is told it was already sent.</summary>
    public static async Task<TicketSummary> SendTwiceFilesOnceAsync(ChatHarness chat, Activity confirm, RequestStrings requests)
    {
        Activity? sent = null;
        Activity? again = null;
        await chat.Flow()
            .Send(RequestCards.Click(confirm, FormSubmit.Send)).AssertReply(reply => sent = reply)
            .Send(RequestCards.Click(confirm, FormSubmit.Send)).AssertReply(reply => again = reply)
            .StartTestAsync();

        var ticket = Assert.Single(await chat.Tickets.ListForRequesterAsync(chat.RequesterId));
        Assert.Equal(requests.Sent(ticket.Reference), sent!.Text);
        Assert.Equal(requests.AlreadySent(ticket.Reference), again!.Text);
        return ticket;
    }
}
