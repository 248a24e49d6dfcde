namespace LearningPartnerBot.Diagnostics;

/// <summary>Stands in for an exception in a log entry, with its messages masked by <see cref="Redact.Text"/>.</summary>
public sealed class RedactedException : Exception
{
    private readonly string _originalType;
    private readonly string? _stackTrace;

    public RedactedException(Exception original)
        : base(Redact.Text(original?.Message), original?.InnerException is { } inner ? Redact.Exception(inner) : null)
    {
        ArgumentNullException.ThrowIfNull(original);
        _originalType = original.GetType().FullName ?? original.GetType().Name;
        _stackTrace = original.StackTrace;
        HResult = original.HResult;
    }

    public RedactedException()
        : this(new InvalidOperationException())
    {
    }

    public RedactedException(string message)
        : this(new InvalidOperationException(message))
    {
    }

    public RedactedException(string message, Exception innerException)
        : this(new InvalidOperationException(message, innerException))
    {
    }

    public override string? StackTrace => _stackTrace;

    public override string ToString() =>
        $"{_originalType}: {Message}"
        + (InnerException is { } inner ? $"{Environment.NewLine} ---> {inner}{Environment.NewLine}   --- End of inner exception stack trace ---" : string.Empty)
        + (_stackTrace is null ? string.Empty : Environment.NewLine + _stackTrace);
}
