namespace LearningPartnerBot.CrashSafety;

/// <summary>
/// After a restart, does what channels and partners do: delivers again what went unanswered (same activity id, as a
/// channel's retry does) and carries those conversations on to their reference, and re-sends Send clicks that were
/// already acknowledged, both as a redelivery (same id) and as a second click (new id). Every answer must name the
/// reference the partner was given, never a new ticket.
/// </summary>
internal sealed class RecoveryPhase(
    BotConnection connection,
    Ledger ledger,
    Violations violations,
    Random random,
    int life,
    IReadOnlyDictionary<string, List<string>> ticketsBeforeRetry)
{
    /// <summary>Of the conversations in flight at the kill, every this-many-th is abandoned instead of resumed.</summary>
    private const int AbandonEvery = 4;

    private const int NewestResent = 3;

    private const int OthersResent = 6;

    private int _resentMatched;
    private int _filedBeforeRetry;

    public async Task<RecoveryResult> RunAsync(int concurrency, CancellationToken cancellationToken)
    {
        // Taken before resuming: only acknowledgements given by an earlier life of the bot are re-sent, because the
        // bot rightly drops an activity id it has already run in this life.
        var acknowledged = ledger.In(SubmissionState.Acknowledged);
        var inFlight = ledger.In(SubmissionState.InFlight).OrderBy(_ => random.Next()).ToList();
        var resumed = new List<Submission>();
        for (var i = 0; i < inFlight.Count; i++)
        {
            if (i % AbandonEvery == AbandonEvery - 1)
            {
                inFlight[i].State = SubmissionState.Abandoned;
            }
            else
            {
                resumed.Add(inFlight[i]);
            }
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(resumed, parallel, ResumeAsync);

        var newest = acknowledged.OrderByDescending(s => s.AcknowledgedOrder).Take(NewestResent).ToList();
        var others = acknowledged.Except(newest).OrderBy(_ => random.Next()).Take(OthersResent);
        var resent = newest.Concat(others).Select((submission, i) => (submission, SameId: i % 2 == 0)).ToList();
        await Parallel.ForEachAsync(resent, parallel, (item, token) => ResendAsync(item.submission, item.SameId, token));
        return new RecoveryResult(resumed.Count, inFlight.Count - resumed.Count, _filedBeforeRetry, resent.Count, _resentMatched);
    }

    private async ValueTask ResumeAsync(Submission submission, CancellationToken cancellationToken)
    {
        try
        {
            await SubmissionRunner.RunAsync(connection, submission, submission.Pending!, life, cancellationToken);

            // The case this run exists for: the dying bot committed the ticket but never answered the Send click.
            if (ticketsBeforeRetry.TryGetValue(submission.RequesterId, out var filed))
            {
                Interlocked.Increment(ref _filedBeforeRetry);
                if (!filed.Contains(submission.Reference!))
                {
                    violations.Add($"{submission} was filed as {string.Join(", ", filed)} before the kill, but its retry was told {submission.Reference}");
                }
            }
        }
        catch (Exception e) when (SubmissionRunner.IsConnectionFailure(e) || e is BotAnswerException or UnexpectedReplyException)
        {
            submission.State = SubmissionState.Failed;
            violations.Add($"{submission} resumed after the restart: {e.Message}");
        }
    }

    private async ValueTask ResendAsync(Submission submission, bool sameId, CancellationToken cancellationToken)
    {
        var original = submission.AcknowledgedBy!;
        var activity = sameId ? original : submission.Again(original);
        var how = sameId ? $"redelivered ({original["id"]})" : "clicked again";
        try
        {
            var replies = await connection.SendAsync(activity, cancellationToken);
            var reference = ReplyReader.Reference(replies);
            if (reference == submission.Reference)
            {
                Interlocked.Increment(ref _resentMatched);
            }
            else
            {
                violations.Add($"{submission}: acknowledged as {submission.Reference}, {how} after the restart it got: {reference ?? ReplyReader.Describe(replies)}");
            }
        }
        catch (Exception e) when (SubmissionRunner.IsConnectionFailure(e) || e is BotAnswerException)
        {
            violations.Add($"{submission}: acknowledged as {submission.Reference}, {how} after the restart: {e.Message}");
        }
    }
}

internal sealed record RecoveryResult(int Resumed, int Abandoned, int FiledBeforeRetry, int Resent, int ResentMatched);
