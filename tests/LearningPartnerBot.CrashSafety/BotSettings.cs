using System.Globalization;

namespace LearningPartnerBot.CrashSafety;

/// <summary>The bot's configuration for the run, as environment variables, the way a host passes settings.</summary>
internal static class BotSettings
{
    public static Dictionary<string, string> For(DriverOptions options, string staffKey, Uri webhook)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            // Anonymous: no channel tokens to fake; the bot accepts loopback activities as in local development. Outside
            // Development that must be said explicitly, or the bot refuses to start.
            ["MicrosoftAppId"] = string.Empty,
            ["BotKit__AllowAnonymous"] = "true",
            ["Storage__DataDirectory"] = options.DataDirectory,
            ["Eligibility__DemoIdentities"] = "true",
            ["Eligibility__SeedDemoData"] = "true",
            ["Staff__ApiKeys__0"] = staffKey,
            ["Tickets__Webhook__Url"] = webhook.ToString(),
            // Quick polling so the audit sees every announcement within seconds of a restart.
            ["Tickets__Webhook__PollInterval"] = TimeSpan.FromMilliseconds(200).ToString("c", CultureInfo.InvariantCulture),
        };

        // The storage provider comes from the caller's environment (.ci/crash-safety sets it for the PostgreSQL run).
        foreach (var name in new[] { "Storage__Provider", "ConnectionStrings__Postgres" })
        {
            if (Environment.GetEnvironmentVariable(name) is { Length: > 0 } value)
            {
                settings[name] = value;
            }
        }

        return settings;
    }
}
