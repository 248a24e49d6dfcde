using LearningPartnerBot.Traffic;

namespace LearningPartnerBot.Load;

/// <summary>
/// The FAQ questions one measured server is sent: each one a text no earlier turn used, except a share that repeats a
/// recent text of the same language, as a follow-up button or a partner asking again does. Counts how many turns were
/// repeats (the most any exact-text cache could serve) and how many got an answer card.
/// </summary>
internal sealed class FaqTraffic(double repeatShare, int seed)
{
    private const int RecentPerLanguage = 64;

    private readonly NewQuestions _new = new(seed);
    private readonly Dictionary<string, List<string>> _recent = PartnerQuestions.Languages.ToDictionary(l => l, _ => new List<string>());
    private readonly Lock _gate = new();
    private long _turns;
    private long _repeats;
    private long _answered;

    public long Turns => Interlocked.Read(ref _turns);

    /// <summary>Share of FAQ turns whose exact text had been sent before in this measurement.</summary>
    public double RepeatShare => Turns > 0 ? (double)Interlocked.Read(ref _repeats) / Turns : 0;

    public double AnsweredShare => Turns > 0 ? (double)Interlocked.Read(ref _answered) / Turns : 0;

    public int DistinctTexts => _new.Count;

    public string Next(string language, Random random)
    {
        Interlocked.Increment(ref _turns);
        lock (_gate)
        {
            var recent = _recent[language];
            if (recent.Count > 0 && random.NextDouble() < repeatShare)
            {
                Interlocked.Increment(ref _repeats);
                return recent[random.Next(recent.Count)];
            }
        }

        var text = _new.Next(language);
        lock (_gate)
        {
            var recent = _recent[language];
            if (recent.Count == RecentPerLanguage)
            {
                recent.RemoveAt(random.Next(recent.Count));
            }

            recent.Add(text);
        }

        return text;
    }

    public void Answered() => Interlocked.Increment(ref _answered);

    /// <summary>Starts the counts over (after the warm-up) while keeping every text used so far out of the new ones.</summary>
    public void ResetCounts()
    {
        Interlocked.Exchange(ref _turns, 0);
        Interlocked.Exchange(ref _repeats, 0);
        Interlocked.Exchange(ref _answered, 0);
    }
}
