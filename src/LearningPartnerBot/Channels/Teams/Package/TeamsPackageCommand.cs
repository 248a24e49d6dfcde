using System.CommandLine;
using System.Text.RegularExpressions;

namespace LearningPartnerBot.Channels.Teams.Package;

/// <summary>
/// <c>dotnet run --project src/LearningPartnerBot -- teams-package --app-id &lt;GUID&gt; --host &lt;domain&gt; --out app.zip</c>
/// (optional <c>--version 1.2.0</c>, <c>--privacy-url</c>, <c>--terms-url</c>): writes the Teams app package for one
/// deployment of the bot. Wrong arguments exit with <see cref="BotCommandLine.UsageError"/> and write nothing.
/// </summary>
public static partial class TeamsPackageCommand
{
    /// <summary>The <c>teams-package</c> command of <see cref="BotCommandLine"/>.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var appId = new Option<string>("--app-id") { Description = "The bot's Microsoft App ID (a GUID).", Required = true };
        appId.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (!Guid.TryParseExact(text, "D", out var id) || id == Guid.Empty)
            {
                result.AddError($"--app-id must be the bot's Microsoft App ID, a GUID such as 9b1d4c3e-7f0a-4a5b-8c6d-1e2f3a4b5c6d (got '{text}').");
            }
        });

        var host = new Option<string>("--host") { Description = "The bot's public host name, such as lpb.example.com.", Required = true };
        host.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (!IsHostName(text))
            {
                result.AddError($"--host must be the bot's public host name without scheme, port or path, such as lpb.example.com (got '{text}').");
            }
        });

        var outPath = new Option<string>("--out") { Description = "Where to write the package.", DefaultValueFactory = _ => "app.zip" };
        var version = new Option<string>("--version") { Description = "The app's version, major.minor.patch.", DefaultValueFactory = _ => "1.0.0" };
        version.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (text is null || !SemanticVersion().IsMatch(text))
            {
                result.AddError($"--version must be major.minor.patch, such as 1.0.0 (got '{text}').");
            }
        });

        var privacyUrl = new Option<string?>("--privacy-url") { Description = "The privacy statement's https URL." };
        var termsUrl = new Option<string?>("--terms-url") { Description = "The terms of use's https URL." };
        foreach (var url in new[] { privacyUrl, termsUrl })
        {
            url.Validators.Add(result =>
            {
                var text = result.GetValueOrDefault<string?>();
                if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
                {
                    result.AddError($"{url.Name} must be an https URL (got '{text}').");
                }
            });
        }

        var command = new Command("teams-package", "Write the Teams app package for one deployment of the bot.")
        {
            appId, host, outPath, version, privacyUrl, termsUrl,
        };
        command.SetAction(async (result, _) =>
        {
            var options = new TeamsPackageOptions(Guid.ParseExact(result.GetValue(appId)!, "D"), result.GetValue(host)!.ToLowerInvariant(), result.GetValue(version)!);
            if (result.GetValue(privacyUrl) is { } privacy)
            {
                options = options with { PrivacyUrl = privacy };
            }

            if (result.GetValue(termsUrl) is { } terms)
            {
                options = options with { TermsOfUseUrl = terms };
            }

            var fullPath = Path.GetFullPath(result.GetValue(outPath)!, TypedInFolder());
            await using (var file = File.Create(fullPath))
            {
                TeamsAppPackage.Write(options, file);
            }

            await output.WriteLineAsync($"Wrote the Teams app package for bot {options.AppId:D} at {options.Host} to {fullPath}");
            return 0;
        });
        return command;
    }

    /// <summary>
    /// `dotnet run --project` runs the bot in its project folder, but "--out app.zip" means next to where the command
    /// was typed; the shell's PWD (inherited, not changed by dotnet) says where that was.
    /// </summary>
    private static string TypedInFolder() =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Path.IsPathRooted(pwd) && Directory.Exists(pwd)
            ? pwd
            : Environment.CurrentDirectory;

    // Teams matches validDomains against host names, and the bot must be reachable by name over https.
    private static bool IsHostName(string? host) =>
        host is not null && Uri.CheckHostName(host) == UriHostNameType.Dns && host.Contains('.', StringComparison.Ordinal) && host.Length <= 253;

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")]
    private static partial Regex SemanticVersion();
}
