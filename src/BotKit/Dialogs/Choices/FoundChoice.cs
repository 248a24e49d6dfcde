namespace BotKit.Dialogs.Choices;

/// <summary>The choice a user's answer was matched to.</summary>
public sealed class FoundChoice
{
    public string Value { get; set; } = string.Empty;

    /// <summary>Zero-based position of the choice in the list offered.</summary>
    public int Index { get; set; }

    /// <summary>1.0 for a number, exact title, value or synonym; lower for a partial match.</summary>
    public double Score { get; set; }

    /// <summary>The value, title or synonym that matched.</summary>
    public string? Synonym { get; set; }
}
