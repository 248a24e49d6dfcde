using System.Diagnostics;

namespace LearningPartnerBot.CrashSafety;

/// <summary>
/// Files discrepancies from many conversations at once. Once the planned number of acknowledgements is reached, the
/// next Send clicks are held and released together, and the bot is SIGKILLed a seeded fraction of a Send turn later:
/// some of those turns have committed their ticket and not yet answered, which is the window a crash must not break.
/// Returns once every conversation has its reference or an unanswered activity (in flight at the kill).
/// </summary>
internal sealed class LoadPhase(BotProcess bot, BotConnection connection, Ledger ledger, Violations violations, Random random, int life)
{
    /// <summary>How long the held Send clicks wait for company before they go anyway.</summary>
    private static readonly TimeSpan BurstWait = TimeSpan.FromSeconds(3);

    private readonly TaskCompletionSource _releaseSends = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _acknowledged;
    private int _armed;
    private int _held;
    private int _killed;
    private int _numbers;
    private long _sendTicks;
    private int _sends;

    public async Task<LoadResult> RunAsync(int round, int concurrency, int killAfter, CancellationToken cancellationToken)
    {
        var burst = Math.Max(1, concurrency / 2);
        var workers = Enumerable.Range(0, concurrency)
            .Select(_ => Task.Run(() => WorkAsync(round, killAfter, cancellationToken), cancellationToken))
            .Append(KillAsync(burst, cancellationToken));
        await Task.WhenAll(workers);

        // Also when every worker stopped on a violation before the kill point, so the round can go on.
        await bot.KillAndWaitAsync();
        var inFlight = ledger.All.Where(s => s.Round == round && s.State == SubmissionState.InFlight).ToList();
        return new LoadResult(_acknowledged, inFlight.Count, inFlight.Count(s => s.PendingIsSend));
    }

    private async Task WorkAsync(int round, int killAfter, CancellationToken cancellationToken)
    {
        while (Volatile.Read(ref _killed) == 0)
        {
            var submission = ledger.New(round, Interlocked.Increment(ref _numbers));
            try
            {
                await SubmissionRunner.RunAsync(connection, submission, submission.Open(), life, cancellationToken, SendingAsync);
                if (Interlocked.Increment(ref _acknowledged) == killAfter)
                {
                    Volatile.Write(ref _armed, 1);
                }
            }
            catch (Exception e) when (SubmissionRunner.IsConnectionFailure(e))
            {
                submission.State = SubmissionState.InFlight;
                if (Volatile.Read(ref _killed) == 0)
                {
                    violations.Add($"{submission}: the bot stopped answering before it was killed ({e.Message})");
                    Stop();
                    return;
                }
            }
            catch (Exception e) when (e is BotAnswerException or UnexpectedReplyException)
            {
                submission.State = SubmissionState.Failed;
                violations.Add($"{submission} before the kill: {e.Message}");
                Stop();
                return;
            }
        }
    }

    /// <summary>Runs before each Send click: holds it once armed, and times it so the kill can land inside a Send turn.</summary>
    private async Task<Action> SendingAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _armed) == 1)
        {
            Interlocked.Increment(ref _held);
            await _releaseSends.Task.WaitAsync(cancellationToken);
        }

        var started = Stopwatch.GetTimestamp();
        return () =>
        {
            Interlocked.Add(ref _sendTicks, Stopwatch.GetTimestamp() - started);
            Interlocked.Increment(ref _sends);
        };
    }

    private async Task KillAsync(int burst, CancellationToken cancellationToken)
    {
        while (Volatile.Read(ref _armed) == 0 && Volatile.Read(ref _killed) == 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), cancellationToken);
        }

        var armedAt = Stopwatch.GetTimestamp();
        while (Volatile.Read(ref _held) < burst && Volatile.Read(ref _killed) == 0 && Stopwatch.GetElapsedTime(armedAt) < BurstWait)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(2), cancellationToken);
        }

        // A seeded point inside a typical Send turn: early enough that some held Sends are unanswered, late enough
        // that some have committed their ticket.
        var sends = Math.Max(1, Volatile.Read(ref _sends));
        var typicalSend = Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _sendTicks) / sends);
        var delay = typicalSend * (0.3 + (0.6 * random.NextDouble()));
        _releaseSends.TrySetResult();
        await Task.Delay(delay, cancellationToken);
        Stop();
    }

    private void Stop()
    {
        if (Interlocked.Exchange(ref _killed, 1) == 0)
        {
            bot.Kill();
            Volatile.Write(ref _armed, 1);
            _releaseSends.TrySetResult();
        }
    }
}

internal sealed record LoadResult(int Acknowledged, int InFlight, int InFlightOnSend);
