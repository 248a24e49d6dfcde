using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;

namespace LearningPartnerBot.Conversation;

/// <summary>
/// Typed access to Conversation/ConversationStrings*.resx: what the bot says when a partner steers it (cancel, start over,
/// help at a step, a question in the middle of a step, a closed form). Each member name is its resource key.
/// </summary>
public sealed class ConversationStrings
{
    internal static readonly ResourceManager ResourceManager =
        new("LearningPartnerBot.Conversation.ConversationStrings", typeof(ConversationStrings).Assembly);

    private static readonly ConcurrentDictionary<CultureInfo, ConversationStrings> ByCulture = new();

    private ConversationStrings(CultureInfo culture) => Culture = culture;

    public CultureInfo Culture { get; }

    public static ConversationStrings Get(CultureInfo culture) =>
        ByCulture.GetOrAdd(culture ?? throw new ArgumentNullException(nameof(culture)), c => new ConversationStrings(c));

    public string NothingToCancel => Lookup();
    public string LeaveHint => Lookup();
    public string FormAlreadyClosed => Lookup();
    public string FormReopened => Lookup();
    public string WayOutCancel => Lookup();
    public string WayOutStartOver => Lookup();
    public string WayOutPerson => Lookup();

    public string JourneyMenu => Lookup();
    public string JourneyFaq => Lookup();
    public string JourneyEligibility => Lookup();
    public string JourneyRequestsMenu => Lookup();
    public string JourneyDiscrepancyForm => Lookup();
    public string JourneyDirectoryForm => Lookup();

    public string HelpMenu => Lookup();
    public string HelpFaq => Lookup();
    public string HelpEligibility => Lookup();
    public string HelpRequestsMenu => Lookup();
    public string HelpForm => Lookup();
    public string HelpConfirm => Lookup();

    public string Cancelled(string journey) => Format(Lookup(), journey);

    public string Closed(string journey) => Format(Lookup(), journey);

    public string StillOpen(string journey) => Format(Lookup(), journey);

    public string WayOut(string journey) => Format(Lookup(), journey);

    public string JourneyName(OpenJourney journey) => journey switch
    {
        OpenJourney.Faq => JourneyFaq,
        OpenJourney.Eligibility => JourneyEligibility,
        OpenJourney.RequestsMenu => JourneyRequestsMenu,
        OpenJourney.DiscrepancyForm => JourneyDiscrepancyForm,
        OpenJourney.DirectoryForm => JourneyDirectoryForm,
        _ => JourneyMenu,
    };

    /// <summary>What the waiting step is for and how to answer it.</summary>
    public string StepHelp(OpenJourney journey, bool confirming) => journey switch
    {
        OpenJourney.Faq => HelpFaq,
        OpenJourney.Eligibility => HelpEligibility,
        OpenJourney.RequestsMenu => HelpRequestsMenu,
        OpenJourney.DiscrepancyForm or OpenJourney.DirectoryForm => confirming ? HelpConfirm : HelpForm,
        _ => HelpMenu,
    };

    private string Format(string format, params object[] args) => string.Format(Culture, format, args);

    private string Lookup([CallerMemberName] string key = "") =>
        ResourceManager.GetString(key, Culture)
        ?? throw new MissingManifestResourceException($"Conversation string '{key}' is missing from Conversation/ConversationStrings.resx.");
}
