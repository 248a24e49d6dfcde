namespace LearningPartnerBot.Traffic;

/// <summary>
/// An endless supply of partner questions no earlier draw has used, so a run can count exactly how many of its texts
/// were new. Safe to share between conversations running at once.
/// </summary>
public sealed class NewQuestions(int seed)
{
    private readonly HashSet<(string Language, string Text)> _used = [];
    private readonly Random _random = new(seed);
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _used.Count;
            }
        }
    }

    public string Next(string language)
    {
        var bases = PartnerQuestions.ByLanguage[language];
        lock (_gate)
        {
            while (true)
            {
                var text = QuestionVariants.Make(bases[_random.Next(bases.Length)], language, _random);
                if (_used.Add((language, text)))
                {
                    return text;
                }
            }
        }
    }
}
