using System.Collections.Concurrent;

namespace LearningPartnerBot.Knowledge.Feedback;

/// <summary>
/// FAQ outcomes counted in memory between writes, so answering a question never waits on the database for a
/// statistic. Thread-safe; <see cref="Drain"/> hands over what was counted and starts again from zero.
/// </summary>
internal sealed class AnswerCountBuffer
{
    private ConcurrentDictionary<AnswerCountKey, long> _counts = new();

    public void Add(AnswerCountKey key, long count = 1) => _counts.AddOrUpdate(key, count, (_, n) => n + count);

    public IReadOnlyDictionary<AnswerCountKey, long> Drain() => Interlocked.Exchange(ref _counts, new ConcurrentDictionary<AnswerCountKey, long>());
}

/// <summary>The row an outcome is counted in: <see cref="TopicId"/> is <see cref="FaqAnswerCount.NoTopic"/> for an abstention.</summary>
internal readonly record struct AnswerCountKey(DateOnly Day, string Language, string TopicId, bool Answered);
