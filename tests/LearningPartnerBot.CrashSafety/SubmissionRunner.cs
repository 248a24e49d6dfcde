using System.Text.Json.Nodes;

namespace LearningPartnerBot.CrashSafety;

/// <summary>
/// Plays one partner through the discrepancy form by reading each reply and doing what it asks: fill in the form,
/// press Send, read the reference. Driven by the replies rather than a fixed script, so a conversation resumed after a
/// crash carries on from wherever the bot's saved state put it.
/// </summary>
internal static class SubmissionRunner
{
    // Open, submit, send, plus room for a re-prompt after a crash left the dialog one step behind or ahead.
    private const int MaxTurns = 8;

    /// <summary>
    /// Sends <paramref name="first"/> and follows the replies until a reference comes back. Connection failures
    /// propagate with <see cref="Submission.Pending"/> still set (the caller decides whether the bot was killed).
    /// <paramref name="beforeSendClick"/> runs before each Send click the replies lead to; the action it returns
    /// runs once that click is answered.
    /// </summary>
    public static async Task RunAsync(
        BotConnection bot,
        Submission submission,
        JsonObject first,
        int life,
        CancellationToken cancellationToken,
        Func<CancellationToken, Task<Action>>? beforeSendClick = null)
    {
        var next = first;
        for (var turn = 0; turn < MaxTurns; turn++)
        {
            submission.Pending = next;
            var answered = submission.PendingIsSend && beforeSendClick is not null ? await beforeSendClick(cancellationToken) : null;
            var replies = await bot.SendAsync(next, cancellationToken);
            answered?.Invoke();
            submission.Pending = null;
            if (ReplyReader.Reference(replies) is { } reference)
            {
                if (submission.Reference is { } earlier && earlier != reference)
                {
                    throw new UnexpectedReplyException($"was told {reference} after being told {earlier}");
                }

                submission.Acknowledge(reference, next, life);
                return;
            }

            if (ReplyReader.Button(replies, "send") is { } send)
            {
                next = submission.Activity(send);
            }
            else if (ReplyReader.Button(replies, "submit") is { } form)
            {
                next = submission.Fill(form);
            }
            else
            {
                throw new UnexpectedReplyException($"got neither a form, a confirm card nor a reference: {ReplyReader.Describe(replies)}");
            }
        }

        throw new UnexpectedReplyException($"no reference after {MaxTurns} turns");
    }

    /// <summary>True for the ways a killed bot shows up on the client: refused, reset, or never answered.</summary>
    public static bool IsConnectionFailure(Exception exception) =>
        exception is HttpRequestException or IOException || (exception is TaskCanceledException && exception.InnerException is TimeoutException);
}

/// <summary>The bot answered 200 with something a partner could not go on from.</summary>
internal sealed class UnexpectedReplyException(string message) : Exception(message);
