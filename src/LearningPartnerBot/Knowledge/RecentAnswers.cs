using System.Collections.Concurrent;

namespace LearningPartnerBot.Knowledge;

/// <summary>
/// The answers to recently asked questions, by exact text and chat language. Partners ask the same few questions in
/// the same words, and the follow-up buttons post their question's exact text, so most questions have been asked
/// before; ranking one again was most of a FAQ turn's work. An answer depends only on the question, the language and
/// the (immutable) index, so a remembered one is the answer. Bounded by two generations: when the newer one is full
/// it becomes the older and the oldest is dropped, so memory stays flat whatever partners type, and reads take no lock.
/// </summary>
internal sealed class RecentAnswers(int capacityPerGeneration = RecentAnswers.DefaultCapacityPerGeneration)
{
    public const int DefaultCapacityPerGeneration = 2_048;

    /// <summary>Longer questions are rarely asked twice word for word; not keeping them bounds the memory too.</summary>
    public const int MaxQuestionLength = 300;

    private readonly Lock _rotation = new();
    private ConcurrentDictionary<(string Language, string Question), FaqAnswer> _newer = new();
    private ConcurrentDictionary<(string Language, string Question), FaqAnswer> _older = new();

    public bool TryGet(string question, string language, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FaqAnswer? answer)
    {
        var key = (language, question);
        if (_newer.TryGetValue(key, out answer))
        {
            return true;
        }

        if (_older.TryGetValue(key, out answer))
        {
            Add(key, answer);
            return true;
        }

        return false;
    }

    public void Add(string question, string language, FaqAnswer answer)
    {
        if (question.Length <= MaxQuestionLength)
        {
            Add((language, question), answer);
        }
    }

    private void Add((string Language, string Question) key, FaqAnswer answer)
    {
        var newer = _newer;
        newer[key] = answer;
        if (newer.Count >= capacityPerGeneration)
        {
            lock (_rotation)
            {
                if (ReferenceEquals(newer, _newer))
                {
                    _older = newer;
                    _newer = new();
                }
            }
        }
    }
}
