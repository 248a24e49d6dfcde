using BotKit.Hosting;
using BotKit.State;
using BotKit.Testing;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Dialogs;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Eligibility.Demo;
using LearningPartnerBot.Knowledge.Chat;
using LearningPartnerBot.Tests.Eligibility;
using LearningPartnerBot.Tests.Eligibility.Data;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Knowledge.Chat;

/// <summary>
/// The whole bot (activity handler, main dialog, FAQ, eligibility) over the shipped knowledge base, with feedback and
/// eligibility databases of its own and a clock stopped on <paramref name="today"/>. Optionally the demo partners are
/// seeded as of that day and the demo-identity picker is on, as in the local playground.
/// Flows made from one harness continue the same conversation.
/// </summary>
internal sealed class ChatHarness : IDisposable
{
    private readonly TestAdapter _adapter;
    private readonly IBot _bot;

    public ChatHarness(string locale, ITestOutputHelper output, DateOnly? today = null, bool seedDemoData = false, bool demoIdentities = false)
    {
        Today = today ?? new DateOnly(2026, 3, 10);
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var userState = new UserState(storage);
        _adapter = new TestAdapter(BotKit.Schema.Channels.Webchat) { Locale = locale };
        _adapter.Use(new TranscriptLoggerMiddleware(output.WriteLine)).Use(new AutoSaveStateMiddleware(state, userState));
        if (seedDemoData)
        {
            using var db = Eligibility.Open();
            DemoDataSeeder.SeedAsync(db, Today).GetAwaiter().GetResult();
        }

        var clock = new FixedClock(Today);
        var cards = new CardLibrary();
        var responder = new FaqResponder(TestKnowledge.Answerer, new FaqCards(cards, TestKnowledge.Index.Knowledge), Feedback.Store);
        var eligibility = new EligibilityDialog(
            Eligibility.Service(Today),
            new EligibilityResultCard(cards),
            new UnmappedUserCard(cards),
            userState,
            Options.Create(new EligibilityChatOptions { DemoIdentities = demoIdentities }));
        var main = new MainDialog(new FaqDialog(responder), new ConversationalTurn(responder), eligibility, new InvoiceDateAnswer(clock));
        _bot = new global::LearningPartnerBot.Bots.LearningPartnerBot(state, main, cards, responder);
    }

    public DateOnly Today { get; }

    public TempFeedbackDatabase Feedback { get; } = new();

    public TempEligibilityDatabase Eligibility { get; } = new();

    /// <summary>The test user, e.g. to give them the AAD object id Teams would send.</summary>
    public BotKit.Schema.ChannelAccount User => _adapter.Conversation.User!;

    public TestFlow Flow() => new(_adapter, _bot);

    public void Dispose()
    {
        Feedback.Dispose();
        Eligibility.Dispose();
    }
}
