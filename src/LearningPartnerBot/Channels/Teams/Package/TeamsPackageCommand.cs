namespace LearningPartnerBot.Channels.Teams.Package;

/// <summary>
/// <c>dotnet run --project src/LearningPartnerBot -- teams-package --app-id &lt;GUID&gt; --host &lt;domain&gt; --out app.zip</c>
/// (optional <c>--version 1.2.0</c>, <c>--privacy-url</c>, <c>--terms-url</c>): writes the Teams app package for one
/// deployment of the bot. Exit code 2 means the arguments were wrong and nothing was written.
/// </summary>
public static class TeamsPackageCommand
{
    public const int UsageError = 2;

    private const string Usage =
        "Usage: teams-package --app-id <GUID> --host <domain> [--out app.zip] [--version 1.0.0] [--privacy-url <https url>] [--terms-url <https url>]";

    public static bool Matches(string[] args) => args is ["teams-package", ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!TryParse(args[1..], out var options, out var outPath, out var problem))
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync(Usage);
            return UsageError;
        }

        var fullPath = Path.GetFullPath(outPath, TypedInFolder());
        await using (var file = File.Create(fullPath))
        {
            TeamsAppPackage.Write(options, file);
        }

        await output.WriteLineAsync($"Wrote the Teams app package for bot {options.AppId:D} at {options.Host} to {fullPath}");
        return 0;
    }

    private static bool TryParse(string[] args, out TeamsPackageOptions options, out string outPath, out string problem)
    {
        options = null!;
        outPath = "app.zip";
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (args[i] is not ("--app-id" or "--host" or "--out" or "--version" or "--privacy-url" or "--terms-url") || i + 1 >= args.Length)
            {
                problem = i + 1 >= args.Length && args[i].StartsWith("--", StringComparison.Ordinal)
                    ? $"{args[i]} needs a value."
                    : $"Unknown argument '{args[i]}'.";
                return false;
            }

            values[args[i]] = args[i + 1];
        }

        if (!values.TryGetValue("--app-id", out var appIdText) || !Guid.TryParseExact(appIdText, "D", out var appId) || appId == Guid.Empty)
        {
            problem = $"--app-id must be the bot's Microsoft App ID, a GUID such as 9b1d4c3e-7f0a-4a5b-8c6d-1e2f3a4b5c6d (got '{appIdText}').";
            return false;
        }

        if (!values.TryGetValue("--host", out var host) || !IsHostName(host))
        {
            problem = $"--host must be the bot's public host name without scheme, port or path, such as lpb.example.com (got '{host}').";
            return false;
        }

        var version = values.GetValueOrDefault("--version", "1.0.0");
        if (!System.Text.RegularExpressions.Regex.IsMatch(version, @"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$"))
        {
            problem = $"--version must be major.minor.patch, such as 1.0.0 (got '{version}').";
            return false;
        }

        options = new TeamsPackageOptions(appId, host.ToLowerInvariant(), version);
        foreach (var (name, url) in values.Where(v => v.Key is "--privacy-url" or "--terms-url"))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            {
                problem = $"{name} must be an https URL (got '{url}').";
                return false;
            }

            options = name == "--privacy-url" ? options with { PrivacyUrl = url } : options with { TermsOfUseUrl = url };
        }

        outPath = values.GetValueOrDefault("--out", outPath);
        problem = string.Empty;
        return true;
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
    private static bool IsHostName(string host) =>
        Uri.CheckHostName(host) == UriHostNameType.Dns && host.Contains('.', StringComparison.Ordinal) && host.Length <= 253;
}
