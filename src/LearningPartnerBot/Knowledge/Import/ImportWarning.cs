namespace LearningPartnerBot.Knowledge.Import;

/// <summary>
/// Something in the input the importer worked around instead of failing; the line number (0 when the problem
/// is not tied to a line) lets a curator find it.
/// </summary>
public sealed record ImportWarning(int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"line {Line}: {Message}" : Message;
}
