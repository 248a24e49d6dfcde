using System.Threading.RateLimiting;
using BotKit.Hosting;
using BotKit.Schema;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.RateLimiting;

/// <summary>
/// Admits an activity when both its conversation and its sender have a permit left. Partitioned on the activity's
/// channel, conversation.id and from.id, read after the channel's token was validated, so a caller can only spend
/// permits of the conversations it may post to. Full buckets are dropped (<see cref="LazyTokenBuckets"/>), so memory
/// follows the number of active conversations, not all conversations ever seen.
/// </summary>
public sealed class ActivityRateLimiter : IActivityRateLimiter, IDisposable
{
    private readonly RateLimitingOptions _options;
    private readonly PartitionedRateLimiter<string> _conversations;
    private readonly PartitionedRateLimiter<string> _users;

    public ActivityRateLimiter(IOptions<RateLimitingOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _conversations = new LazyTokenBuckets(_options.Conversation, clock);
        _users = new LazyTokenBuckets(_options.User, clock);
    }

    public ValueTask<ActivityAdmission> AdmitAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!_options.Enabled)
        {
            return ValueTask.FromResult(ActivityAdmission.Admitted);
        }

        // Token bucket permits are spent on acquisition, not returned on release, so the leases are disposed at once.
        using (var lease = _conversations.AttemptAcquire($"{activity.ChannelId}/{activity.Conversation?.Id}"))
        {
            if (!lease.IsAcquired)
            {
                return ValueTask.FromResult(ActivityAdmission.Refused(TokenBuckets.RetryAfter(lease, _options.Conversation)));
            }
        }

        if (activity.From?.Id is { Length: > 0 } userId)
        {
            using var lease = _users.AttemptAcquire($"{activity.ChannelId}/{userId}");
            if (!lease.IsAcquired)
            {
                return ValueTask.FromResult(ActivityAdmission.Refused(TokenBuckets.RetryAfter(lease, _options.User)));
            }
        }

        return ValueTask.FromResult(ActivityAdmission.Admitted);
    }

    public void Dispose()
    {
        _conversations.Dispose();
        _users.Dispose();
    }
}
