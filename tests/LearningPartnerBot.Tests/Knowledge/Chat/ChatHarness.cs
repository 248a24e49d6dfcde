using BotKit.Dialogs;
using BotKit.Hosting;
using BotKit.State;
using BotKit.Testing;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Dialogs;
using LearningPartnerBot.Knowledge.Chat;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Knowledge.Chat;

/// <summary>
/// The whole bot (activity handler, main dialog, FAQ) over the shipped knowledge base, with a feedback database of
/// its own. Flows made from one harness continue the same conversation.
/// </summary>
internal sealed class ChatHarness : IDisposable
{
    private readonly TestAdapter _adapter;
    private readonly IBot _bot;

    public ChatHarness(string locale, ITestOutputHelper output)
    {
        var state = new ConversationState(new MemoryStorage());
        _adapter = new TestAdapter(BotKit.Schema.Channels.Webchat) { Locale = locale };
        _adapter.Use(new TranscriptLoggerMiddleware(output.WriteLine)).Use(new AutoSaveStateMiddleware(state));
        var cards = new CardLibrary();
        var responder = new FaqResponder(TestKnowledge.Answerer, new FaqCards(cards, TestKnowledge.Index.Knowledge), Feedback.Store);
        var main = new MainDialog(new FaqDialog(responder), new ConversationalTurn(responder));
        _bot = new global::LearningPartnerBot.Bots.LearningPartnerBot(state, main, cards, responder);
    }

    public TempFeedbackDatabase Feedback { get; } = new();

    public TestFlow Flow() => new(_adapter, _bot);

    public void Dispose() => Feedback.Dispose();
}
