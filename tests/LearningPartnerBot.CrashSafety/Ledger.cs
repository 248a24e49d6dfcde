namespace LearningPartnerBot.CrashSafety;

/// <summary>Every submission of the run, across all rounds and all lives of the bot.</summary>
internal sealed class Ledger
{
    private readonly List<Submission> _all = [];
    private readonly Lock _lock = new();

    public Submission New(int round, int number)
    {
        var submission = new Submission(round, number);
        lock (_lock)
        {
            _all.Add(submission);
        }

        return submission;
    }

    public IReadOnlyList<Submission> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _all];
            }
        }
    }

    public IReadOnlyList<Submission> In(SubmissionState state) => [.. All.Where(s => s.State == state)];
}
