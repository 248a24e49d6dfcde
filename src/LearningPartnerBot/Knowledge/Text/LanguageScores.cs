namespace LearningPartnerBot.Knowledge.Text;

/// <summary>
/// The evidence for each language gathered while a new word is read: three sums rather than a dictionary, since
/// every word a detector has not seen before makes one.
/// </summary>
internal sealed class LanguageScores
{
    public double En { get; private set; }

    public double Nl { get; private set; }

    public double Tr { get; private set; }

    /// <param name="language">"en", "nl" or "tr".</param>
    public void Add(string language, double amount)
    {
        switch (language)
        {
            case "en":
                En += amount;
                break;
            case "nl":
                Nl += amount;
                break;
            case "tr":
                Tr += amount;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(language), language, "Not a language the detector scores.");
        }
    }
}
