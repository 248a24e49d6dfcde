using Microsoft.Extensions.Logging;

namespace LearningPartnerBot.Tests.Bots;

/// <summary>Keeps every log entry, with its message template, for assertions.</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    public List<(LogLevel Level, string Template, string Message, Exception? Exception)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var template = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? pairs.FirstOrDefault(p => p.Key == "{OriginalFormat}").Value as string ?? string.Empty
            : string.Empty;
        Entries.Add((logLevel, template, formatter(state, exception), exception));
    }
}
