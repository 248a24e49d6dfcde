using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LearningPartnerBot.Tests.Robustness;

/// <summary>One log entry as a sink would store it: the rendered message, every structured value, and the exception.</summary>
internal sealed record CapturedLog(string Category, LogLevel Level, string Message, IReadOnlyList<KeyValuePair<string, object?>> State, Exception? Exception)
{
    /// <summary>Everything of the entry a log sink could write out, the exception with its inner ones included.</summary>
    /// <summary>What <see cref="CapturingLoggerProvider.Context"/> held where the entry was logged (e.g. a fuzz case).</summary>
    public string? Context { get; init; }

    public string AllText() =>
        string.Join('\n', [Category, Message, .. State.Select(p => $"{p.Key}={p.Value}"), Exception?.ToString() ?? string.Empty]);
}

/// <summary>Captures every host log entry (all categories, all levels) for assertions.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    /// <summary>
    /// A label the test sets around a request; entries logged in that request's flow carry it, so a failure can be
    /// traced to the request that caused it. The host must run requests in the caller's execution context
    /// (TestServer.PreserveExecutionContext).
    /// </summary>
    public static AsyncLocal<string?> Context { get; } = new();

    public IReadOnlyCollection<CapturedLog> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var pairs = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            entries.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception), [.. pairs], exception) { Context = CapturingLoggerProvider.Context.Value });
        }
    }
}
