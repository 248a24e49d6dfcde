using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;
using BotKit.Auth;
using BotKit.Hosting;

namespace LearningPartnerBot.Tests.Deployment;

/// <summary>
/// Every configuration key the bot reads, as App Service app setting names ("Storage__DataDirectory"): the
/// properties of each options class (found by its SectionName constant, so a new options class is picked up
/// without touching this file) and the keys of appsettings.json.
/// </summary>
internal static class ProductionSettings
{
    /// <summary>
    /// Keys the template leaves to the code's defaults on purpose. A key covers itself and everything below it.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> LeftToDefaults = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Logging"] = "App Service's log stream works with the shipped log levels.",
        ["BotKit__MaxRequestBodyBytes"] = "Sized in code for real activities; not a per-environment choice.",
        ["Staff__Keys"] = "Named staff keys are optional; the template's one key is Staff__ApiKeys__0.",
        ["BotKit__TrustedServiceHosts"] = "The public cloud's connector hosts are the default; only a sovereign cloud changes them.",
        ["DirectLine__TokenLifetime"] = "Direct Line is off in Azure (DirectLine__Enabled=false), so its limits never apply.",
        ["DirectLine__MaxConversations"] = "Direct Line is off in Azure.",
        ["DirectLine__MaxActivitiesPerConversation"] = "Direct Line is off in Azure.",
        ["DirectLine__AllowedOrigins"] = "Direct Line is off in Azure.",
        ["DirectLine__StreamUrlLifetime"] = "Direct Line is off in Azure.",
        ["DirectLine__StreamKeepAliveInterval"] = "Direct Line is off in Azure.",
        ["Knowledge__Abstention"] = "Calibrated per language in code; a copy in the template would drift from the calibration.",
        ["Tickets__Webhook__PollInterval"] = "Delivery tuning with safe defaults.",
        ["Tickets__Webhook__MaxRetryAttempts"] = "Delivery tuning with safe defaults.",
        ["Tickets__Webhook__RetryDelay"] = "Delivery tuning with safe defaults.",
        ["Tickets__Webhook__MaxBackoff"] = "Delivery tuning with safe defaults.",
        ["BotFramework__LoginEndpoint"] = "Public-cloud Entra login is the default; only sovereign clouds change it.",
        ["BotFramework__OAuthScope"] = "The Bot Connector's public-cloud scope is the default; only sovereign clouds change it.",
        ["RateLimiting"] = "Sized in code for a person's pace; tuned per environment only when measured.",
        ["BotKit__ConnectorRetry"] = "Outbound retry tuning with safe defaults, sized for Teams' 15-second redelivery.",
        ["Insights__RetainDays"] = "Six months of FAQ counts and partner questions by default; set it where a privacy policy asks for another period.",
        ["Insights__FlushInterval"] = "How many FAQ counts a killed process may lose; thirty seconds needs no tuning per environment.",
        ["Staff__Roles"] = "Optional: a key not listed is an agent, as every key was before roles; content owners are granted per key.",
        ["RecentTurns__FlushInterval"] = "How much staff context a killed process may lose; a twentieth of a second needs no tuning per environment.",
    };

    /// <summary>Bound from the configuration root with the SDK's names rather than from a section.</summary>
    private static readonly Type[] RootOptions = [typeof(BotFrameworkAuthenticationOptions)];

    private static readonly Assembly[] BotAssemblies = [typeof(Program).Assembly, typeof(BotKitOptions).Assembly];

    public static IReadOnlyList<Type> SectionOptionsTypes() =>
    [
        .. BotAssemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true }),
    ];

    public static IReadOnlySet<string> ReadByTheBot()
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in SectionOptionsTypes())
        {
            var section = (string)type.GetField("SectionName")!.GetRawConstantValue()!;
            keys.UnionWith(KeysOf(type, section.Replace(":", "__", StringComparison.Ordinal) + "__"));
        }

        foreach (var type in RootOptions)
        {
            keys.UnionWith(KeysOf(type, string.Empty));
        }

        var appSettings = DeploymentFiles.ParseObject(Path.Combine(AppContext.BaseDirectory, "RepositoryFiles", "appsettings.json"));
        keys.UnionWith(Flatten(appSettings, string.Empty));
        return keys;
    }

    public static bool IsLeftToDefaults(string key) =>
        LeftToDefaults.Keys.Any(exempt => key == exempt || key.StartsWith(exempt + "__", StringComparison.Ordinal));

    private static IEnumerable<string> KeysOf(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var key = prefix + property.Name;
            if (IsScalar(valueType))
            {
                // Get-only scalars (Enabled => Url is not null) are computed, not configured.
                if (property.SetMethod is { IsPublic: true })
                {
                    yield return key;
                }
            }
            else if (typeof(IDictionary).IsAssignableFrom(valueType))
            {
                yield return key;
            }
            else if (typeof(IEnumerable).IsAssignableFrom(valueType))
            {
                // The binder fills a list from numbered children; the first one is what a template sets.
                yield return key + "__0";
            }
            else
            {
                foreach (var nested in KeysOf(valueType, key + "__"))
                {
                    yield return nested;
                }
            }
        }
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Uri)
        || type == typeof(TimeSpan) || type == typeof(DateTime) || type == typeof(DateOnly) || type == typeof(Guid);

    private static IEnumerable<string> Flatten(JsonNode? node, string key) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Flatten(p.Value, key.Length == 0 ? p.Key : key + "__" + p.Key)),
        JsonArray array => array.SelectMany((item, index) => Flatten(item, $"{key}__{index}")),
        _ => [key],
    };
}
