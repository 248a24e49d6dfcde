using BotKit.Hosting;
using LearningPartnerBot.Conversation;
using LearningPartnerBot.Tests.Knowledge.Chat;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Conversation;

/// <summary>
/// The journeys that show a partner's own data go through the personal-chat gate (which, in a Teams channel or group
/// chat, moves them to the personal chat); the FAQ never does, so it works in a shared conversation as in a personal one.
/// </summary>
public sealed class PersonalJourneyRoutingTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("en-US", "are we gold yet?", Journeys.Eligibility)]
    [InlineData("nl-NL", "ik wil een KPI-afwijking melden", Journeys.Requests)]
    [InlineData("tr-TR", "taleplerim", Journeys.MyRequests)]
    [InlineData("en-US", "can i speak to a human", Journeys.Person)]
    [InlineData("nl-NL", "ik wil een medewerker spreken", Journeys.Person)]
    public async Task A_personal_journey_asks_the_gate_and_stops_when_it_moved(string locale, string typed, string journey)
    {
        var gate = new MovingGate();
        using var chat = new ChatHarness(locale, output, personalChat: gate);

        await chat.Flow().Send(typed).AssertReply("moved").StartTestAsync();

        Assert.Equal([journey], gate.Asked);
        Assert.Empty(await chat.Tickets.ListForRequesterAsync(chat.RequesterId));
    }

    [Theory]
    [InlineData("en-US", "what is the learning action pack?")]
    [InlineData("tr-TR", "Öğrenme Eylem Paketi nedir?")]
    public async Task A_faq_question_never_asks_the_gate(string locale, string question)
    {
        var gate = new MovingGate();
        using var chat = new ChatHarness(locale, output, personalChat: gate);

        await chat.Flow().Send(question).AssertReply(reply => Assert.Equal("action-pack", CardReader.AnsweredTopic(reply))).StartTestAsync();

        Assert.Empty(gate.Asked);
    }

    /// <summary>A shared conversation's gate: it says it moved the journey, and remembers which.</summary>
    private sealed class MovingGate : IPersonalChatRedirect
    {
        public List<string> Asked { get; } = [];

        public async Task<bool> TryMoveToPersonalChatAsync(ITurnContext turnContext, string journey, CancellationToken cancellationToken)
        {
            Asked.Add(journey);
            await turnContext.SendActivityAsync(BotKit.Schema.MessageFactory.Text("moved"), cancellationToken);
            return true;
        }
    }
}
