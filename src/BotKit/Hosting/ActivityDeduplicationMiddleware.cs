using BotKit.Schema;
using BotKit.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotKit.Hosting;

/// <summary>
/// Runs each incoming activity once. Channels redeliver an activity the bot did not answer in time (Teams after about
/// 15 seconds, with the same id), and a second run would file a request twice or answer twice. A redelivered invoke
/// gets the first run's invoke response, because the channel is still waiting for one.
/// Activities without an id (some conversationUpdates) cannot be told apart and always run.
/// Ids are remembered in memory; with a shared claim store (the state storage of a bot running as several instances)
/// they are also claimed there, so a redelivery that reaches another instance is dropped as well. A redelivered invoke
/// gets the first response only on the instance that ran it: the other cannot wait for a turn it does not own.
/// With an <see cref="IInstanceLiveness"/>, a claim left by an instance that has died no longer holds, so a retry of
/// the turn it never answered runs on whichever instance receives it.
/// </summary>
public sealed class ActivityDeduplicationMiddleware : IMiddleware
{
    /// <summary>Long enough to cover the channel's retries (Teams retries within about a minute).</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromMinutes(10);

    public const int DefaultCapacity = 10_000;

    private readonly RecentActivities _recent;
    private readonly SharedActivityClaims? _shared;
    private readonly ILogger _logger;

    /// <param name="sharedClaims">The storage all instances share, to claim ids across instances; null for one instance.</param>
    /// <param name="instanceLiveness">Tells which instances still run, so a dead one's claims are void; used with <paramref name="sharedClaims"/>.</param>
    public ActivityDeduplicationMiddleware(
        TimeProvider? clock = null,
        TimeSpan? window = null,
        int capacity = DefaultCapacity,
        ILogger<ActivityDeduplicationMiddleware>? logger = null,
        IStorage? sharedClaims = null,
        IInstanceLiveness? instanceLiveness = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        var span = window ?? DefaultWindow;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(span, TimeSpan.Zero, nameof(window));
        _recent = new RecentActivities(clock ?? TimeProvider.System, span, capacity);
        _shared = sharedClaims is null ? null : new SharedActivityClaims(sharedClaims, instanceLiveness, clock ?? TimeProvider.System, span);
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
            if (_recent.InvokeResponseOf(entry) is { } invokeResponse)
            {
                await turnContext.SendActivityAsync(invokeResponse, cancellationToken);
            }

            return;
        }

        try
        {
            switch (_shared is null ? ClaimOutcome.Claimed : await _shared.TryClaimAsync(turnContext.Activity, cancellationToken))
            {
                case ClaimOutcome.HeldByLiveInstance:
                    // Not run here, so not remembered here: if that instance dies, a later retry must run on this one.
                    _recent.Forget(entry);
                    _logger.LogInformation("Skipped a redelivered {ActivityType} activity {ActivityId} on {ChannelId}: another instance that is still running claimed it", turnContext.Activity.Type, turnContext.Activity.Id, turnContext.Activity.ChannelId);
                    return;
                case ClaimOutcome.TakenFromDeadInstance:
                    _logger.LogInformation("Running a redelivered {ActivityType} activity {ActivityId} on {ChannelId}: the instance that claimed it has stopped", turnContext.Activity.Type, turnContext.Activity.Id, turnContext.Activity.ChannelId);
                    break;
            }

            await next(cancellationToken);
        }
        catch
        {
            _recent.Forget(entry);
            await ReleaseAsync(turnContext.Activity);
            throw;
        }

        _recent.Finish(entry, turnContext.TurnState.Get<Activity>(TurnContext.InvokeResponseKey));
    }

    /// <summary>Gives a failed turn's claim back; if that fails too, only the channel's retry of this turn is lost.</summary>
    private async Task ReleaseAsync(Activity activity)
    {
        if (_shared is null)
        {
            return;
        }

        try
        {
            await _shared.ReleaseAsync(activity, CancellationToken.None);
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Could not release the claim on activity {ActivityId} on {ChannelId}", activity.Id, activity.ChannelId);
        }
    }

    // Activity ids are unique within a conversation, not across channels or conversations.
    private static UInt128? KeyOf(Activity activity) =>
        string.IsNullOrEmpty(activity.Id) || activity.ChannelId is null || activity.Conversation?.Id is null
            ? null
            : RecentActivities.KeyOf(activity.ChannelId, activity.Conversation.Id, activity.Id);
}
