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
    private TaskCompletionSource _appended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Id { get; } = id;

    /// <summary>Set when the conversation is started; a token with a user id fixes it from the beginning.</summary>
    public ChannelAccount? User { get; set; }

    public string? Locale { get; set; }

    /// <summary>False until a client starts the conversation (POST /conversations); tokens/generate only reserves it.</summary>
    public bool Started { get; set; }

    public DateTimeOffset LastUsed { get; set; }

    /// <summary>
    /// Completes at the next <see cref="Append"/>. A stream takes this before reading with <see cref="After"/>, so an
    /// activity appended in between is never missed: the task is already complete and the stream reads again.
    /// </summary>
    public Task NextAppend
    {
        get
        {
            lock (_lock)
            {
                return _appended.Task;
            }
        }
    }

    /// <summary>Stores a copy (so later changes by the bot don't show) and gives it the next id.</summary>
    public string Append(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        TaskCompletionSource appended;
        string id;
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

            appended = _appended;
            _appended = new(TaskCreationOptions.RunContinuationsAsynchronously);
            id = stored.Id;
        }

        appended.SetResult();
        return id;
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

    /// <summary>A watermark as clients send it back: absent (from the start) or a sequence number this service issued.</summary>
    public static bool TryParseWatermark(string? text, out long? watermark)
    {
        watermark = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            return false;
        }

        watermark = parsed;
        return true;
    }
}
