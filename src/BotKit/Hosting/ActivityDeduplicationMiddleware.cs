using BotKit.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotKit.Hosting;

/// <summary>
/// Runs each incoming activity once. Channels redeliver an activity the bot did not answer in time (Teams after about
/// 15 seconds, with the same id), and a second run would file a request twice or answer twice. A redelivered invoke
/// gets the first run's invoke response, because the channel is still waiting for one.
/// Activities without an id (some conversationUpdates) cannot be told apart and always run.
/// </summary>
public sealed class ActivityDeduplicationMiddleware : IMiddleware
{
    /// <summary>Long enough to cover the channel's retries (Teams retries within about a minute).</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromMinutes(10);

    public const int DefaultCapacity = 10_000;

    private readonly RecentActivities _recent;
    private readonly ILogger _logger;

    public ActivityDeduplicationMiddleware(TimeProvider? clock = null, TimeSpan? window = null, int capacity = DefaultCapacity, ILogger<ActivityDeduplicationMiddleware>? logger = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        var span = window ?? DefaultWindow;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(span, TimeSpan.Zero, nameof(window));
        _recent = new RecentActivities(clock ?? TimeProvider.System, span, capacity);
        _logger = logger ?? NullLogger<ActivityDeduplicationMiddleware>.Instance;
    }

    /// <summary>How many activity ids are remembered right now.</summary>
    public int RememberedCount => _recent.Count;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (KeyOf(turnContext.Activity) is not { } key)
        {
            await next(cancellationToken);
            return;
        }

        if (!_recent.TryStart(key, out var entry))
        {
            _logger.LogInformation("Skipped a redelivered {ActivityType} activity {ActivityId} on {ChannelId}", turnContext.Activity.Type, turnContext.Activity.Id, turnContext.Activity.ChannelId);
            if (await entry.Finished.WaitAsync(cancellationToken) is { } invokeResponse)
            {
                await turnContext.SendActivityAsync(invokeResponse, cancellationToken);
            }

            return;
        }

        try
        {
            await next(cancellationToken);
        }
        catch
        {
            _recent.Forget(key, entry);
            throw;
        }

        entry.Finish(turnContext.TurnState.Get<Activity>(TurnContext.InvokeResponseKey));
    }

    // Activity ids are unique within a conversation, not across channels or conversations.
    private static string? KeyOf(Activity activity) =>
        string.IsNullOrEmpty(activity.Id) || activity.ChannelId is null || activity.Conversation?.Id is null
            ? null
            : string.Join('\n', activity.ChannelId, activity.Conversation.Id, activity.Id);
}
