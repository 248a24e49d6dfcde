using System.Collections.Concurrent;

namespace LearningPartnerBot.Load;

/// <summary>
/// What all simulated conversations of one measurement share: when to stop (a duration or a number of turns), how many
/// turns are done, the errors seen, and the turn counts at which the server's memory is sampled.
/// </summary>
internal sealed class LoadRun(long? turnLimit, IReadOnlyList<long> milestones, Action<long> onMilestone)
{
    private const int KeptErrorSamples = 5;

    private readonly ConcurrentQueue<string> _errorSamples = new();
    private long _claimed;
    private long _completed;
    private long _errors;
    private volatile bool _stopping;

    public long Completed => Interlocked.Read(ref _completed);

    public long Errors => Interlocked.Read(ref _errors);

    public IReadOnlyCollection<string> ErrorSamples => _errorSamples;

    public void Stop() => _stopping = true;

    /// <summary>Whether a new conversation is worth starting: the run is neither stopped nor out of turns.</summary>
    public bool TryPeekContinue() => !_stopping && (turnLimit is not { } limit || Interlocked.Read(ref _claimed) < limit);

    /// <summary>Claims the next turn; false once the run is over, so the conversation ends there.</summary>
    public bool TryStartTurn() => !_stopping && (turnLimit is not { } limit || Interlocked.Increment(ref _claimed) <= limit);

    public void TurnDone()
    {
        var done = Interlocked.Increment(ref _completed);
        if (milestones.Contains(done))
        {
            onMilestone(done);
        }
    }

    public void Error(string what)
    {
        Interlocked.Increment(ref _errors);
        if (_errorSamples.Count < KeptErrorSamples)
        {
            _errorSamples.Enqueue(what);
        }
    }
}
