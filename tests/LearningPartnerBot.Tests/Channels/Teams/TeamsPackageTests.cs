using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LearningPartnerBot.Channels.Teams.Package;
using TestSupport;

namespace LearningPartnerBot.Tests.Channels.Teams;

public sealed partial class TeamsPackageTests : IDisposable
{
    private const string AppId = "9b1d4c3e-7f0a-4a5b-8c6d-1e2f3a4b5c6d";

    private readonly string _folder = Directory.CreateTempSubdirectory("lpb-teams-package-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int ExitCode, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await BotCommandLine.InvokeAsync(["teams-package", .. args], output, error);
        return (exitCode, error.ToString());
    }

    private async Task<Dictionary<string, byte[]>> BuildPackageAsync()
    {
        var zipPath = Path.Combine(_folder, "app.zip");
        var (exitCode, error) = await RunAsync("--app-id", AppId, "--host", "LPB.example.com", "--out", zipPath);
        Assert.True(exitCode == 0, error);

        using var zip = ZipFile.OpenRead(zipPath);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    private static JsonObject Json(byte[] bytes) => JsonNode.Parse(bytes)!.AsObject();

    [Fact]
    public async Task The_package_holds_a_manifest_valid_against_the_teams_1_29_schema()
    {
        var files = await BuildPackageAsync();

        var manifest = Json(files["manifest.json"]);
        var result = Schemas.Load("teams-manifest-1.29.schema.json").Validate(manifest);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(AppId, manifest["id"]!.GetValue<string>());
        var bot = Assert.Single(manifest["bots"]!.AsArray())!;
        Assert.Equal(AppId, bot["botId"]!.GetValue<string>());
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(3, bot["commandLists"]![0]!["commands"]!.AsArray().Count);
        Assert.Equal(["lpb.example.com"], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
    }

    [Fact]
    public async Task Every_file_the_manifest_names_is_in_the_package_and_nothing_else()
    {
        var files = await BuildPackageAsync();

        var manifest = Json(files["manifest.json"]);
        var localization = manifest["localizationInfo"]!;
        var named = new[] { "manifest.json", manifest["icons"]!["color"]!.GetValue<string>(), manifest["icons"]!["outline"]!.GetValue<string>(), localization["defaultLanguageFile"]!.GetValue<string>() }
            .Concat(localization["additionalLanguages"]!.AsArray().Select(l => l!["file"]!.GetValue<string>()));

        Assert.Equal(named.Order(), files.Keys.Order());
        Assert.Equal("en-US", localization["defaultLanguageTag"]!.GetValue<string>());
        Assert.Equal(["nl", "tr"], localization["additionalLanguages"]!.AsArray().Select(l => l!["languageTag"]!.GetValue<string>()));
    }

    /// <summary>
    /// Teams applies a localization file by replacing the manifest strings its keys point at; the manifest that
    /// results must still satisfy the manifest schema (its length limits above all), and every key must point at a
    /// string the manifest has. Command titles and descriptions also keep to the localization file's own limits.
    /// </summary>
    [Theory]
    [InlineData("en-US.json", "Ask a question")]
    [InlineData("nl.json", "Een vraag stellen")]
    [InlineData("tr.json", "Soru sor")]
    public async Task Each_localization_file_translates_existing_manifest_strings_and_the_result_is_a_valid_manifest(string fileName, string firstCommand)
    {
        var files = await BuildPackageAsync();
        var localized = Json(files["manifest.json"]);

        foreach (var (key, value) in Json(files[fileName]))
        {
            if (key == "$schema")
            {
                continue;
            }

            // The localization file schema is stricter than the manifest's for command texts.
            var limit = key.EndsWith("].title", StringComparison.Ordinal) ? 32 : key.EndsWith("].description", StringComparison.Ordinal) ? 128 : int.MaxValue;
            Assert.True(value!.GetValue<string>().Length <= limit, $"{fileName}: '{key}' is longer than {limit} characters.");
            var target = Resolve(localized, key);
            Assert.True(target is JsonValue, $"{fileName}: '{key}' does not point at a manifest string.");
            target.ReplaceWith(value!.GetValue<string>());
        }

        var result = Schemas.Load("teams-manifest-1.29.schema.json").Validate(localized);
        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(firstCommand, localized["bots"]![0]!["commandLists"]![0]!["commands"]![0]!["title"]!.GetValue<string>());
        Assert.Contains("name.short", Json(files[fileName]).Select(p => p.Key));
        Assert.Contains("description.full", Json(files[fileName]).Select(p => p.Key));
    }

    /// <summary>
    /// Teams rejects a package whose colour icon is not 192×192 or whose outline icon is not 32×32 with transparency;
    /// the header says both: the size, and colour type 6 (RGBA, 8 bits per channel) for the alpha the outline needs.
    /// </summary>
    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public async Task The_icons_are_pngs_of_the_sizes_teams_requires_with_an_alpha_channel(string fileName, int size)
    {
        var png = (await BuildPackageAsync())[fileName];

        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal(13, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(8)));
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        Assert.Equal((byte)8, png[24]);
        Assert.Equal((byte)6, png[25]);
        Assert.Equal("IEND", System.Text.Encoding.ASCII.GetString(png, png.Length - 8, 4));
    }

    public static TheoryData<string[], string> BadArguments => new()
    {
        { ["--app-id", "not-a-guid", "--host", "lpb.example.com"], "--app-id" },
        { ["--app-id", "00000000-0000-0000-0000-000000000000", "--host", "lpb.example.com"], "--app-id" },
        { ["--host", "lpb.example.com"], "--app-id" },
        { ["--app-id", AppId, "--host", "https://lpb.example.com/"], "--host" },
        { ["--app-id", AppId, "--host", "lpb.example.com:443"], "--host" },
        { ["--app-id", AppId], "--host" },
        { ["--app-id", AppId, "--host", "lpb.example.com", "--version", "1.0"], "--version" },
        { ["--app-id", AppId, "--host", "lpb.example.com", "--colour", "red"], "--colour" },
        { ["--app-id", AppId, "--host"], "--host" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task Bad_arguments_exit_2_with_a_message_naming_the_problem_and_write_nothing(string[] args, string named)
    {
        var (exitCode, error) = await RunAsync([.. args, "--out", Path.Combine(_folder, "app.zip")]);

        Assert.Equal(BotCommandLine.UsageError, exitCode);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    /// <summary>Follows a localization key such as "bots[0].commandLists[0].commands[2].title" into the manifest.</summary>
    private static JsonNode? Resolve(JsonNode root, string key)
    {
        JsonNode? node = root;
        foreach (Match step in KeyStep().Matches(key))
        {
            node = step.Groups["name"].Success ? node?[step.Groups["name"].Value] : node?[int.Parse(step.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture)];
        }

        return node;
    }

    [GeneratedRegex(@"(?<name>[A-Za-z]+)|\[(?<index>[0-9]+)\]")]
    private static partial Regex KeyStep();
}
