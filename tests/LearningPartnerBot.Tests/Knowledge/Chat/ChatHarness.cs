using BotKit.Hosting;
using BotKit.State;
using BotKit.Testing;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Channels.Console;
using LearningPartnerBot.Conversation;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Eligibility.Demo;
using LearningPartnerBot.Eligibility.Rules;
using LearningPartnerBot.Knowledge.Chat;
using LearningPartnerBot.Conversation.Phrasings;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Requests.DirectoryListing;
using LearningPartnerBot.Requests.Discrepancy;
using LearningPartnerBot.Tickets;
using LearningPartnerBot.Tests.Eligibility;
using LearningPartnerBot.Tests.Eligibility.Data;
using LearningPartnerBot.Tests.Tickets.Data;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Knowledge.Chat;

/// <summary>
/// The whole bot (activity handler, main dialog, FAQ, eligibility) over the shipped knowledge base, with feedback and
/// eligibility databases of its own and a clock stopped on <paramref name="today"/> (or <paramref name="clock"/>, for a
/// test that moves time between turns). <paramref name="eligibilityFake"/> may wrap the eligibility service, e.g. to
/// count lookups. Optionally the demo partners are seeded as of that day and the demo-identity picker is on, as in the
/// local playground.
/// Flows made from one harness continue the same conversation.
/// </summary>
internal sealed class ChatHarness : IDisposable
{
    private readonly string _locale;
    private readonly TestAdapter _adapter;
    private readonly IBot _bot;
    private readonly RecentTurns _recentTurns;
    private readonly BotKit.Hosting.IMiddleware[] _middleware;
    private readonly MemoryStorage _storage;

    public ChatHarness(string locale, ITestOutputHelper output, DateOnly? today = null, bool seedDemoData = false, bool demoIdentities = false, TimeProvider? clock = null, Func<IEligibilityService, IEligibilityService>? eligibilityFake = null, IPersonalChatRedirect? personalChat = null)
    {
        Today = today ?? new DateOnly(2026, 3, 10);
        var storage = _storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var userState = new UserState(storage);
        _locale = locale;
        _adapter = new TestAdapter(BotKit.Schema.Channels.Webchat) { Locale = locale };
        clock ??= new FixedClock(Today);
        _middleware = [new TranscriptLoggerMiddleware(output.WriteLine), new AutoSaveStateMiddleware(state, userState), _recentTurns = new RecentTurns(storage, clock)];
        foreach (var middleware in _middleware)
        {
            _adapter.Use(middleware);
        }
        if (seedDemoData)
        {
            using var db = Eligibility.Open();
            DemoDataSeeder.SeedAsync(db, Today).GetAwaiter().GetResult();
        }

        var cards = new CardLibrary();
        var responder = new FaqResponder(TestKnowledge.Answerer, new FaqCards(cards, TestKnowledge.Index.Knowledge), Feedback.Store);
        IEligibilityService eligibilityService = Eligibility.Service(Today);
        eligibilityService = eligibilityFake?.Invoke(eligibilityService) ?? eligibilityService;
        var identities = new PartnerIdentityResolver(eligibilityService, userState, Options.Create(new EligibilityChatOptions { DemoIdentities = demoIdentities }));
        var eligibility = new EligibilityDialog(eligibilityService, new EligibilityResultCard(cards), new UnmappedUserCard(cards), identities);
        Tickets = TicketsDatabase.Service(clock);
        var requesters = new RequesterLookup(identities, eligibilityService);
        var filing = new RequestFiling(Tickets, state);
        var shortcuts = new RequestShortcuts(Tickets, filing, requesters, _recentTurns);
        var requests = new RequestsDialog(
            new DiscrepancyDialog(new DiscrepancyCards(cards), eligibilityService, requesters, filing, clock),
            new DirectoryDialog(new DirectoryCards(cards), eligibilityService, requesters, filing, clock),
            shortcuts);
        var actions = new TurnActions(responder, shortcuts, new InvoiceDateAnswer(clock), new LevelGapsAnswer(eligibilityService), new ConversationContextStore(state, clock), personalChat ?? new StayInThisChat());
        var main = new MainDialog(new MessageRecognizer(PhrasingTable.Shipped), actions, new FaqDialog(responder), eligibility, requests);
        _bot = new global::LearningPartnerBot.Bots.LearningPartnerBot(state, main, cards);
    }

    public DateOnly Today { get; }

    public TempFeedbackDatabase Feedback { get; } = new();

    public TempEligibilityDatabase Eligibility { get; } = new();

    public TempTicketsDatabase TicketsDatabase { get; } = new();

    /// <summary>The real ticket store the chat files into, on a database of its own.</summary>
    public TicketService Tickets { get; }

    /// <summary>The test user.</summary>
    public BotKit.Schema.ChannelAccount User => _adapter.Conversation.User!;

    /// <summary>
    /// From now on the user talks over Teams as <paramref name="aadObjectId"/>, delivered with a Bot Connector token:
    /// the one way a partner is recognised by their AAD object id.
    /// </summary>
    public void SignInOnTeams(string aadObjectId)
    {
        _adapter.Conversation.ChannelId = BotKit.Schema.Channels.Msteams;
        User.AadObjectId = aadObjectId;
        _adapter.Identity = TestChannelIdentities.BotConnector();
    }

    /// <summary>From now on activities say they come from <paramref name="channelId"/>, with whatever identity the adapter has.</summary>
    public void MoveTo(string channelId) => _adapter.Conversation.ChannelId = channelId;

    /// <summary>The id the chat files this user's tickets under.</summary>
    public string RequesterId => RequesterLookup.RequesterId(
        new BotKit.Schema.Activity { From = User, ChannelId = _adapter.Conversation.ChannelId },
        BotKit.Auth.ChannelIdentity.IsBotConnector(_adapter.Identity) ? User.AadObjectId : null);

    public TestFlow Flow() => new(_adapter, _bot);

    /// <summary>The conversation's state document as storage holds it after the last turn, or null before the first.</summary>
    public async Task<string?> StoredConversationStateAsync()
    {
        var key = ConversationStateKey;
        var items = await _storage.ReadAsync([key]);
        return items.TryGetValue(key, out var item) ? item.ToJson() : null;
    }

    /// <summary>Replaces the conversation's stored state, as a bot of another version would have left it.</summary>
    public async Task StoreConversationStateAsync(string json)
    {
        var key = ConversationStateKey;
        await _storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = StoreItem.FromJson(json, StoreItem.AnyETag) });
    }

    private string ConversationStateKey => ConversationState.StorageKeyOf(new BotKit.Schema.Activity
    {
        Type = BotKit.Schema.ActivityTypes.Message,
        ChannelId = _adapter.Conversation.ChannelId,
        Conversation = _adapter.Conversation.Conversation,
        From = User,
    })!;

    /// <summary>
    /// The same bot, state and stores in the terminal chat (`dotnet run -- chat`): the console adapter reads
    /// <paramref name="typed"/> line by line and the printed conversation is returned.
    /// </summary>
    public async Task<string> ConsoleAsync(string typed)
    {
        using var input = new StringReader(typed);
        await using var printed = new StringWriter();
        var console = new ConsoleAdapter(input, printed, _locale);
        foreach (var middleware in _middleware)
        {
            console.Use(middleware);
        }

        await console.RunAsync(_bot);
        return printed.ToString();
    }

    public void Dispose()
    {
        Feedback.Dispose();
        Eligibility.Dispose();
        TicketsDatabase.Dispose();
    }
}
