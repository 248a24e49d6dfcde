using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;

namespace LearningPartnerBot.Channels.Playground;

/// <summary>
/// Typed access to Playground*.resx (beside this file): the text of the playground page around Web Chat. Each member
/// name is its resource key.
/// </summary>
public sealed class PlaygroundStrings(CultureInfo culture)
{
    internal static readonly ResourceManager ResourceManager =
        new("LearningPartnerBot.Channels.Playground.Playground", typeof(PlaygroundStrings).Assembly);

    public CultureInfo Culture { get; } = culture ?? throw new ArgumentNullException(nameof(culture));

    public string PageTitle => Lookup();
    public string Intro => Lookup();
    public string LanguageLabel => Lookup();
    public string IdentityLabel => Lookup();
    public string IdentityNone => Lookup();
    public string IdentityHelp => Lookup();
    public string Restart => Lookup();
    public string ChatRegion => Lookup();
    public string Connecting => Lookup();
    public string ConnectionFailed => Lookup();
    public string BundleMissing => Lookup();
    public string NoScript => Lookup();

    private string Lookup([CallerMemberName] string key = "") =>
        ResourceManager.GetString(key, Culture) ?? throw new MissingManifestResourceException($"Playground string '{key}' is missing.");
}
