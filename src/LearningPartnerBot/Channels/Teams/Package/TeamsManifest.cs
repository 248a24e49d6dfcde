using System.Globalization;
using System.Text.Json.Nodes;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Channels.Teams.Package;

/// <summary>
/// The Teams app manifest (schema 1.29) for the bot, and one localization file per language. Texts come from the
/// bot's own resources, so the command titles are exactly the menu choices the bot recognises in that language.
/// </summary>
public static class TeamsManifest
{
    public const string ManifestVersion = "1.29";
    public const string FileName = "manifest.json";
    public const string DefaultLanguageTag = "en-US";

    private const string SchemaUrl = "https://developer.microsoft.com/json-schemas/teams/v1.29/MicrosoftTeams.schema.json";
    private const string LocalizationSchemaUrl = "https://developer.microsoft.com/json-schemas/teams/v1.29/MicrosoftTeams.Localization.schema.json";
    private const string DeveloperName = "Learning Partner Bot";

    private static readonly string[] Scopes = ["personal", "team", "groupChat"];

    /// <summary>Language tag → file name of each localization file, the default language's included.</summary>
    public static IReadOnlyDictionary<string, string> LocalizationFiles { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [DefaultLanguageTag] = "en-US.json",
        ["nl"] = "nl.json",
        ["tr"] = "tr.json",
    };

    public static JsonObject Create(TeamsPackageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var english = LocalizedTexts(CultureInfo.GetCultureInfo(DefaultLanguageTag));
        var manifest = new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["manifestVersion"] = ManifestVersion,
            ["version"] = options.Version,
            ["id"] = options.AppId.ToString("D"),
            ["developer"] = new JsonObject
            {
                ["name"] = DeveloperName,
                ["websiteUrl"] = options.WebsiteUrl,
                ["privacyUrl"] = options.PrivacyUrl,
                ["termsOfUseUrl"] = options.TermsOfUseUrl,
            },
            ["name"] = new JsonObject { ["short"] = english["name.short"], ["full"] = english["name.full"] },
            ["description"] = new JsonObject { ["short"] = english["description.short"], ["full"] = english["description.full"] },
            ["icons"] = new JsonObject { ["outline"] = AppIcons.OutlineFileName, ["color"] = AppIcons.ColorFileName },
            ["accentColor"] = AppIcons.AccentColor,
            ["bots"] = new JsonArray(new JsonObject
            {
                ["botId"] = options.AppId.ToString("D"),
                ["scopes"] = new JsonArray([.. Scopes.Select(s => (JsonNode)s)]),
                ["isNotificationOnly"] = false,
                ["supportsFiles"] = false,
                ["commandLists"] = new JsonArray(new JsonObject
                {
                    ["scopes"] = new JsonArray([.. Scopes.Select(s => (JsonNode)s)]),
                    ["commands"] = new JsonArray([.. Commands(english)]),
                }),
            }),
            ["validDomains"] = new JsonArray(options.Host),
            ["localizationInfo"] = new JsonObject
            {
                ["defaultLanguageTag"] = DefaultLanguageTag,
                ["defaultLanguageFile"] = LocalizationFiles[DefaultLanguageTag],
                ["additionalLanguages"] = new JsonArray([.. LocalizationFiles.Where(f => f.Key != DefaultLanguageTag)
                    .Select(f => (JsonNode)new JsonObject { ["languageTag"] = f.Key, ["file"] = f.Value })]),
            },
        };
        return manifest;
    }

    /// <summary>The localization file for <paramref name="languageTag"/>: the manifest's user-visible strings by their JSON path.</summary>
    public static JsonObject Localization(string languageTag)
    {
        var file = new JsonObject { ["$schema"] = LocalizationSchemaUrl };
        foreach (var (path, text) in LocalizedTexts(CultureInfo.GetCultureInfo(languageTag)))
        {
            file[path] = text;
        }

        return file;
    }

    private static IEnumerable<JsonNode> Commands(Dictionary<string, string> texts) =>
        Enumerable.Range(0, 3).Select(i => (JsonNode)new JsonObject
        {
            ["title"] = texts[CommandKey(i, "title")],
            ["description"] = texts[CommandKey(i, "description")],
        });

    private static string CommandKey(int index, string field) => $"bots[0].commandLists[0].commands[{index}].{field}";

    private static Dictionary<string, string> LocalizedTexts(CultureInfo culture)
    {
        var bot = BotStrings.Get(SupportedLocales.Match(culture.Name) ?? SupportedLocales.Default);
        var teams = TeamsStrings.Get(bot.Culture);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["name.short"] = teams.AppShortName,
            ["name.full"] = bot.WelcomeTitle,
            ["description.short"] = bot.WelcomeSubtitle,
            ["description.full"] = bot.Help,
            [CommandKey(0, "title")] = bot.FaqTitle,
            [CommandKey(0, "description")] = bot.FaqDescription,
            [CommandKey(1, "title")] = bot.EligibilityTitle,
            [CommandKey(1, "description")] = bot.EligibilityDescription,
            [CommandKey(2, "title")] = bot.RequestsTitle,
            [CommandKey(2, "description")] = bot.RequestsDescription,
        };
    }
}
