using System.Globalization;
using BotKit.Schema;

namespace LearningPartnerBot.Channels.DirectLine;

/// <summary>
/// One conversation's transcript as clients poll it. The watermark is the sequence number of the last activity
/// returned; it keeps counting when old activities are dropped, so a client's watermark never points at the wrong one.
/// </summary>
public sealed class DirectLineConversation(string id, int maxActivities)
{
    private readonly Lock _lock = new();
    private readonly Queue<(long Sequence, Activity Activity)> _activities = new();
    private long _lastSequence;

    public string Id { get; } = id;

    /// <summary>Set when the conversation is started; a token with a user id fixes it from the beginning.</summary>
    public ChannelAccount? User { get; set; }

    public string? Locale { get; set; }

    /// <summary>False until a client starts the conversation (POST /conversations); tokens/generate only reserves it.</summary>
    public bool Started { get; set; }

    public DateTimeOffset LastUsed { get; set; }

    /// <summary>Stores a copy (so later changes by the bot don't show) and gives it the next id.</summary>
    public string Append(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (_lock)
        {
            var sequence = ++_lastSequence;
            var stored = activity.Clone();
            stored.Id = Id + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);
            _activities.Enqueue((sequence, stored));
            while (_activities.Count > maxActivities)
            {
                _activities.Dequeue();
            }

            return stored.Id;
        }
    }

    /// <summary>The activities after <paramref name="watermark"/> (all kept ones when null) and the new watermark.</summary>
    public (IReadOnlyList<Activity> Activities, long Watermark) After(long? watermark)
    {
        lock (_lock)
        {
            var after = watermark ?? 0;
            return ([.. _activities.Where(a => a.Sequence > after).Select(a => a.Activity)], Math.Max(after, _lastSequence));
        }
    }
}
