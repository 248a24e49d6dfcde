namespace LearningPartnerBot.Knowledge;

/// <summary>
/// A knowledge-base file the bot cannot use. Start-up stops with this, naming the file and line,
/// so a content owner's broken edit is caught before any partner sees it.
/// </summary>
public sealed class KnowledgeFileException : Exception
{
    public KnowledgeFileException(string file, int line, string reason)
        : this(file, line, reason, null)
    {
    }

    public KnowledgeFileException(string file, int line, string reason, Exception? innerException)
        : base(line > 0 ? $"{file}:{line}: {reason}" : $"{file}: {reason}", innerException)
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    public KnowledgeFileException()
        : this(string.Empty, 0, "invalid knowledge file")
    {
    }

    public KnowledgeFileException(string message)
        : this(string.Empty, 0, message)
    {
    }

    public KnowledgeFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = string.Empty;
        Reason = message;
    }

    public string File { get; } = string.Empty;

    public int Line { get; }

    public string Reason { get; } = string.Empty;
}
