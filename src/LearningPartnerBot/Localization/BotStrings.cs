using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;

namespace LearningPartnerBot.Localization;

/// <summary>
/// Typed access to Resources/BotStrings*.resx for one culture. Each property name is its resource key,
/// so a typo fails the key-coverage test instead of showing a blank message to a partner.
/// </summary>
public sealed class BotStrings
{
    internal static readonly ResourceManager ResourceManager =
        new("LearningPartnerBot.Resources.BotStrings", typeof(BotStrings).Assembly);

    private static readonly ConcurrentDictionary<CultureInfo, BotStrings> ByCulture = new();

    private BotStrings(CultureInfo culture) => Culture = culture;

    public CultureInfo Culture { get; }

    public static BotStrings Get(CultureInfo culture) =>
        ByCulture.GetOrAdd(culture ?? throw new ArgumentNullException(nameof(culture)), c => new BotStrings(c));

    public string WelcomeTitle => Lookup();
    public string WelcomeSubtitle => Lookup();
    public string WelcomeIntro => Lookup();
    public string MenuPrompt => Lookup();
    public string Help => Lookup();
    public string Fallback => Lookup();
    public string TurnErrorApology => Lookup();
    public string TurnErrorRetry => Lookup();

    public string FaqTitle => Lookup();
    public string FaqDescription => Lookup();
    public string EligibilityTitle => Lookup();
    public string EligibilityDescription => Lookup();
    public string RequestsTitle => Lookup();
    public string RequestsDescription => Lookup();

    public string FaqAskPrompt => Lookup();
    public string FaqSource => Lookup();
    public string FaqSourceDateFormat => Lookup();

    /// <summary>The line under an answer naming the article and its date, e.g. "Source: Microsoft Learn, “…”, dated February 5, 2021. …".</summary>
    public string FaqSourceLine(string title, DateOnly date) => Format(Lookup(), title, date.ToString(FaqSourceDateFormat, Culture));
    public string FaqRelatedHeading => Lookup();
    public string FaqHelpfulQuestion => Lookup();
    public string FaqHelpfulYes => Lookup();
    public string FaqHelpfulNo => Lookup();
    public string FaqThanksHelpful => Lookup();
    public string FaqThanksNotHelpful => Lookup();
    public string FaqNotSure => Lookup();
    public string FaqDidYouMean => Lookup();
    public string FaqNoSuggestions => Lookup();
    public string FaqContactSupport => Lookup();
    public string FaqFileRequest => Lookup();

    public string SmallTalkGreeting => Lookup();
    public string SmallTalkThanks => Lookup();
    public string SmallTalkGoodbye => Lookup();

    public string ConsoleChooseHint => Lookup();
    public string ConsoleRequired => Lookup();
    public string ConsoleRequiredAnswer => Lookup();
    public string ConsoleInvalidNumber => Lookup();
    public string ConsoleInvalidDate => Lookup();
    public string ConsoleInvalidChoice => Lookup();
    public string ConsoleMultiSelectHint => Lookup();
    public string ConsoleYes => Lookup();
    public string ConsoleNo => Lookup();
    public string ConsoleGoodbye => Lookup();

    public string ConsoleDefault(string value) => Format(Lookup(), value);

    public string ConsoleInvalidYesNo => Format(Lookup(), ConsoleYes, ConsoleNo);

    private string Format(string format, params object[] args) => string.Format(Culture, format, args);

    private string Lookup([CallerMemberName] string key = "") =>
        ResourceManager.GetString(key, Culture)
        ?? throw new MissingManifestResourceException($"Bot string '{key}' is missing from Resources/BotStrings.resx.");
}
