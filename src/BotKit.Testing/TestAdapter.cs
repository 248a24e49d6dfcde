using System.Collections.Concurrent;
using System.Globalization;
using BotKit.Hosting;
using BotKit.Schema;

namespace BotKit.Testing;

/// <summary>
/// An in-memory adapter for tests: the test plays the user, and everything the bot sends is queued
/// for assertions. Same pipeline, middleware and error handling as the real adapter.
/// </summary>
public class TestAdapter : BotAdapter
{
    private readonly bool _sendTraceActivity;
    private int _nextId;

    public TestAdapter(string channelId = Channels.Test, bool sendTraceActivity = false)
        : this(CreateConversation(channelId), sendTraceActivity)
    {
    }

    public TestAdapter(ConversationReference conversation, bool sendTraceActivity = false)
    {
        Conversation = conversation ?? throw new ArgumentNullException(nameof(conversation));
        _sendTraceActivity = sendTraceActivity;
    }

    /// <summary>Who talks to whom: the test user, the bot, the conversation, the channel.</summary>
    public ConversationReference Conversation { get; }

    /// <summary>
    /// The identity the channel proved, kept in each turn's state as the HTTP adapter keeps a validated token's;
    /// null (the default) is a turn no channel vouched for.
    /// </summary>
    public System.Security.Claims.ClaimsIdentity? Identity { get; set; }

    /// <summary>The locale every activity sent by the test user carries (e.g. "nl-NL").</summary>
    public string? Locale
    {
        get => Conversation.Locale;
        set => Conversation.Locale = value;
    }

    /// <summary>Replies the bot has sent and the test has not consumed yet, oldest first.</summary>
    public ConcurrentQueue<Activity> ActiveQueue { get; } = new();

    public static ConversationReference CreateConversation(string channelId, string user = "user1", string bot = "bot") => new()
    {
        ChannelId = channelId,
        ServiceUrl = "https://test.com",
        User = new ChannelAccount(user.ToLowerInvariant(), user, RoleTypes.User),
        Bot = new ChannelAccount(bot.ToLowerInvariant(), bot, RoleTypes.Bot),
        Conversation = new ConversationAccount("Convo1", "Conversation1", false),
        Locale = "en-US",
    };

    public new TestAdapter Use(IMiddleware middleware)
    {
        base.Use(middleware);
        return this;
    }

    /// <summary>A message from the test user, addressed like one from a real channel.</summary>
    public Activity MakeActivity(string? text = null) => new Activity
    {
        Type = ActivityTypes.Message,
        Text = text,
    }.ApplyConversationReference(Conversation, isIncoming: true);

    public Task SendTextToBotAsync(string text, BotCallbackHandler callback, CancellationToken cancellationToken = default) =>
        ProcessActivityAsync(MakeActivity(text), callback, cancellationToken);

    /// <summary>Runs one turn for <paramref name="activity"/>; routing fields it lacks are filled from <see cref="Conversation"/>.</summary>
    public virtual async Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId ??= Conversation.ChannelId;
        activity.ServiceUrl ??= Conversation.ServiceUrl;
        activity.Conversation ??= Conversation.Conversation;
        activity.From ??= Conversation.User;
        activity.Recipient ??= Conversation.Bot;
        activity.Locale ??= Locale;
        activity.Id ??= NextId();
        activity.Timestamp ??= DateTimeOffset.UtcNow;

        using var context = new TurnContext(this, activity);
        if (Identity is not null)
        {
            context.TurnState[CloudAdapter.BotIdentityKey] = Identity;
        }

        await RunPipelineAsync(context, callback, cancellationToken);
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            activity.Id ??= NextId();
            responses[i] = new ResourceResponse(activity.Id);

            // As on real channels (except the emulator), trace activities are for developers and not delivered.
            if (activity.IsType(ActivityTypes.Trace) && !_sendTraceActivity)
            {
                continue;
            }

            ActiveQueue.Enqueue(activity);
        }

        return Task.FromResult(responses);
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Updates.Enqueue(activity);
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        Deletes.Enqueue(reference.ActivityId ?? string.Empty);
        return Task.CompletedTask;
    }

    /// <summary>Activities the bot updated in place, in order.</summary>
    public ConcurrentQueue<Activity> Updates { get; } = new();

    /// <summary>Ids of activities the bot deleted, in order.</summary>
    public ConcurrentQueue<string> Deletes { get; } = new();

    /// <summary>The next reply the bot sent, or null when there is none yet.</summary>
    public Activity? GetNextReply() => ActiveQueue.TryDequeue(out var reply) ? reply : null;

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
}
