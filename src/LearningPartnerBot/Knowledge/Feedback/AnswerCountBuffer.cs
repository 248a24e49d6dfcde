using System.Collections.Concurrent;

namespace LearningPartnerBot.Knowledge.Feedback;

/// <summary>
/// FAQ outcomes counted in memory between writes, so answering a question never waits on the database for a
/// statistic. Thread-safe; <see cref="Drain"/> hands over what was counted and starts again from zero.
/// </summary>
internal sealed class AnswerCountBuffer
{
    private readonly ConcurrentDictionary<AnswerCountKey, long> _counts = new();

    public void Add(AnswerCountKey key, long count = 1) => _counts.AddOrUpdate(key, count, (_, n) => n + count);

    /// <summary>
    /// Takes each row's count out atomically: an answer counted while draining is either in what is returned or stays
    /// for the next drain, never lost (swapping the whole dictionary could lose one added to the old one mid-swap).
    /// </summary>
    public IReadOnlyDictionary<AnswerCountKey, long> Drain()
    {
        var drained = new Dictionary<AnswerCountKey, long>();
        foreach (var key in _counts.Keys)
        {
            if (_counts.TryRemove(key, out var count))
            {
                drained[key] = count;
            }
        }

        return drained;
    }
}

/// <summary>The row an outcome is counted in: <see cref="TopicId"/> is <see cref="FaqAnswerCount.NoTopic"/> for an abstention.</summary>
internal readonly record struct AnswerCountKey(DateOnly Day, string Language, string TopicId, bool Answered);
