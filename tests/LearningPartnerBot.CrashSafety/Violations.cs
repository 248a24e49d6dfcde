using System.Collections.Concurrent;

namespace LearningPartnerBot.CrashSafety;

/// <summary>
/// Every broken promise the run saw, in the order seen; any one of them fails the run. The audit runs after every
/// round over everything so far, so a violation it already reported is not reported again.
/// </summary>
internal sealed class Violations
{
    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);

    public int Count => _seen.Count;

    public void Add(string violation)
    {
        if (_seen.TryAdd(violation, true))
        {
            Console.WriteLine($"  VIOLATION: {violation}");
        }
    }
}
