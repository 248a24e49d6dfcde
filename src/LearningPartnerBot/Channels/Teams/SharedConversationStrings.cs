using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;

namespace LearningPartnerBot.Channels.Teams;

/// <summary>
/// Typed access to SharedConversation*.resx (beside this file): what the bot says in Teams group chats and channels,
/// where personal journeys move to the personal chat, and what it says there when one arrives. Each member name is
/// its resource key.
/// </summary>
public sealed class SharedConversationStrings
{
    internal static readonly ResourceManager ResourceManager =
        new("LearningPartnerBot.Channels.Teams.SharedConversation", typeof(SharedConversationStrings).Assembly);

    private static readonly ConcurrentDictionary<CultureInfo, SharedConversationStrings> ByCulture = new();

    private SharedConversationStrings(CultureInfo culture) => Culture = culture;

    public CultureInfo Culture { get; }

    public static SharedConversationStrings Get(CultureInfo culture) =>
        ByCulture.GetOrAdd(culture ?? throw new ArgumentNullException(nameof(culture)), c => new SharedConversationStrings(c));

    public string ContinuedInPersonalChat => Lookup();
    public string OpenPersonalChatYourself => Lookup();
    public string StartEligibility => Lookup();
    public string StartRequests => Lookup();
    public string StartMyRequests => Lookup();
    public string StartPerson => Lookup();
    public string ContinueHere => Lookup();
    public string SharedWelcome => Lookup();
    public string SharedWelcomePersonal => Lookup();
    public string OpenPersonalChatButton => Lookup();

    public string OpenPersonalChat(string link) => string.Format(Culture, Lookup(), link);

    /// <summary>The first message in the personal chat for a journey of <see cref="PersonalJourneys"/>.</summary>
    public string Start(string journey) => journey switch
    {
        PersonalJourneys.Eligibility => StartEligibility,
        PersonalJourneys.Requests => StartRequests,
        PersonalJourneys.MyRequests => StartMyRequests,
        PersonalJourneys.Person => StartPerson,
        _ => throw new ArgumentOutOfRangeException(nameof(journey), journey, "Not a personal journey."),
    };

    private string Lookup([CallerMemberName] string key = "") =>
        ResourceManager.GetString(key, Culture) ?? throw new MissingManifestResourceException($"Shared conversation string '{key}' is missing.");
}
