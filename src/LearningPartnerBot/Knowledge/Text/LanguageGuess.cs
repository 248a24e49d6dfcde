namespace LearningPartnerBot.Knowledge.Text;

/// <summary>
/// The language a text is probably written in. <see cref="Language"/> is null when the text gives too little
/// or contradictory evidence (a keyword, a product name); <see cref="Confidence"/> is then 0.
/// </summary>
public sealed record LanguageGuess(string? Language, double Confidence)
{
    public static LanguageGuess Unknown { get; } = new(null, 0);
}
