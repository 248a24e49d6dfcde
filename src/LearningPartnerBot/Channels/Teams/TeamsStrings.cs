using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;

namespace LearningPartnerBot.Channels.Teams;

/// <summary>
/// Typed access to Teams*.resx (beside this file): what the bot says about Teams-only mechanics (card buttons
/// answered in place, cards too large for Teams) and the app's name in the Teams app package. Each member name is its
/// resource key.
/// </summary>
public sealed class TeamsStrings
{
    internal static readonly ResourceManager ResourceManager =
        new("LearningPartnerBot.Channels.Teams.Teams", typeof(TeamsStrings).Assembly);

    private static readonly ConcurrentDictionary<CultureInfo, TeamsStrings> ByCulture = new();

    private TeamsStrings(CultureInfo culture) => Culture = culture;

    public CultureInfo Culture { get; }

    public static TeamsStrings Get(CultureInfo culture) =>
        ByCulture.GetOrAdd(culture ?? throw new ArgumentNullException(nameof(culture)), c => new TeamsStrings(c));

    public string ActionNotSupported => Lookup();
    public string ActionAnsweredInChat => Lookup();
    public string ActionDone => Lookup();
    public string CardTooLarge => Lookup();
    public string AppShortName => Lookup();

    private string Lookup([CallerMemberName] string key = "") =>
        ResourceManager.GetString(key, Culture) ?? throw new MissingManifestResourceException($"Teams string '{key}' is missing.");
}
