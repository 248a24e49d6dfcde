namespace LearningPartnerBot.Knowledge.Text;

/// <summary>
/// A knowledge-base file that cannot be used. Carries the file and line so whoever edited it can fix it without
/// reading a stack trace; start-up stops on it, so a broken edit never reaches a partner.
/// </summary>
public sealed class KnowledgeFileException : Exception
{
    public KnowledgeFileException(string file, int line, string reason)
        : this(file, line, reason, null)
    {
    }

    public KnowledgeFileException(string file, int line, string reason, Exception? innerException)
        : base($"{file}({line}): {reason}", innerException)
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    public string File { get; }

    /// <summary>1-based; 0 when the problem concerns the file as a whole (missing, unreadable).</summary>
    public int Line { get; }

    public string Reason { get; }
}
