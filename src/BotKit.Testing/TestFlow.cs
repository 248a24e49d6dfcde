using BotKit.Hosting;
using BotKit.Schema;

namespace BotKit.Testing;

/// <summary>
/// A scripted conversation: Send what the user says, AssertReply what the bot must answer, then StartTestAsync.
/// Each call returns a new flow, so a common opening can be shared by several tests.
/// </summary>
public sealed class TestFlow
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    private readonly TestAdapter _adapter;
    private readonly BotCallbackHandler _callback;
    private readonly IReadOnlyList<Func<Task>> _steps;

    public TestFlow(TestAdapter adapter, IBot bot)
        : this(adapter, (bot ?? throw new ArgumentNullException(nameof(bot))).OnTurnAsync)
    {
    }

    public TestFlow(TestAdapter adapter, BotCallbackHandler callback)
        : this(adapter, callback, [])
    {
    }

    private TestFlow(TestAdapter adapter, BotCallbackHandler callback, IReadOnlyList<Func<Task>> steps)
    {
        _adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        _callback = callback ?? throw new ArgumentNullException(nameof(callback));
        _steps = steps;
    }

    public TestFlow Send(string userSays) => Then(() => _adapter.SendTextToBotAsync(userSays, _callback));

    public TestFlow Send(Activity userActivity) => Then(() => _adapter.ProcessActivityAsync(userActivity, _callback));

    /// <summary>The next reply must be a message whose text is exactly <paramref name="expected"/>.</summary>
    public TestFlow AssertReply(string expected, string? description = null, TimeSpan? timeout = null) =>
        AssertReply(
            reply =>
            {
                if (reply.Text != expected)
                {
                    throw new TestFlowAssertionException($"{description ?? "Reply"}: expected \"{expected}\" but the bot said \"{reply.Text}\".");
                }
            },
            description,
            timeout);

    /// <summary>The next reply must pass <paramref name="validate"/>, which throws (e.g. an xunit Assert) when it does not.</summary>
    public TestFlow AssertReply(Action<Activity> validate, string? description = null, TimeSpan? timeout = null) =>
        Then(async () => validate(await NextReplyAsync(description, timeout ?? DefaultTimeout)));

    public TestFlow AssertReplyOneOf(IReadOnlyCollection<string> candidates, string? description = null, TimeSpan? timeout = null) =>
        AssertReply(
            reply =>
            {
                if (!candidates.Contains(reply.Text))
                {
                    throw new TestFlowAssertionException($"{description ?? "Reply"}: \"{reply.Text}\" is none of: {string.Join(" | ", candidates)}.");
                }
            },
            description,
            timeout);

    /// <summary>The bot sends nothing more within <paramref name="wait"/> (default 100 ms).</summary>
    public TestFlow AssertNoReply(string? description = null, TimeSpan? wait = null) =>
        Then(async () =>
        {
            await Task.Delay(wait ?? TimeSpan.FromMilliseconds(100));
            if (_adapter.GetNextReply() is { } reply)
            {
                throw new TestFlowAssertionException($"{description ?? "No reply"}: expected no reply but got {reply.Type} \"{reply.Text}\".");
            }
        });

    public TestFlow Test(string userSays, string expected) => Send(userSays).AssertReply(expected);

    public TestFlow Delay(TimeSpan delay) => Then(() => Task.Delay(delay));

    public async Task StartTestAsync()
    {
        foreach (var step in _steps)
        {
            await step();
        }
    }

    private TestFlow Then(Func<Task> step) => new(_adapter, _callback, [.. _steps, step]);

    private async Task<Activity> NextReplyAsync(string? description, TimeSpan timeout)
    {
        // Replies of a turn are queued before Send completes; waiting covers proactive or background sends.
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_adapter.GetNextReply() is { } reply)
            {
                return reply;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TestFlowAssertionException($"{description ?? "Reply"}: no reply within {timeout.TotalMilliseconds} ms.");
            }

            await Task.Delay(10);
        }
    }
}
