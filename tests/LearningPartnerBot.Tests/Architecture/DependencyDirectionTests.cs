using System.Text.RegularExpressions;

namespace LearningPartnerBot.Tests.Architecture;

/// <summary>
/// Dependencies between the bot's folders point one way: channels and cross-cutting code never reach into a
/// feature, features do not borrow each other's API helpers, and BotKit knows nothing of the bot. Read from the
/// source's namespaces and using directives (also in Razor pages), so a new file that breaks a direction fails here.
/// </summary>
public sealed partial class DependencyDirectionTests
{
    private const string Bot = "LearningPartnerBot.";

    private static readonly string[] Features = ["Eligibility", "Knowledge", "Requests", "Tickets", "Staff"];

    /// <summary>Namespace of a file → namespaces it must not use.</summary>
    public static TheoryData<string, string[]> Rules => new()
    {
        // A channel carries activities; what a feature needs from it goes through an abstraction the channel owns.
        { "Channels", Features },
        { "Diagnostics", [.. Features, "Channels", "Conversation", "Bots"] },
        { "Data", [.. Features, "Channels", "Conversation", "Bots"] },
        { "Localization", [.. Features, "Channels", "Conversation", "Bots"] },
        { "Cards", [.. Features, "Channels", "Conversation", "Bots"] },
        { "Health", [.. Features, "Channels", "Conversation", "Bots"] },
        { "RateLimiting", [.. Features, "Channels", "Conversation", "Bots"] },
        // The staff API's shared helpers serve every area's endpoints, so they depend on none of them.
        { "Staff.Api", [.. Features.Where(f => f != "Staff"), "Staff.Pages", "Channels", "Conversation", "Bots"] },
        // Tickets are filed by the request forms and read by staff, never the other way round.
        { "Tickets", ["Eligibility", "Knowledge", "Requests", "Staff.Pages", "Conversation", "Bots"] },
        { "Knowledge", ["Eligibility", "Requests", "Tickets", "Staff", "Conversation", "Bots"] },
        { "Eligibility", ["Requests", "Tickets", "Staff.Pages", "Conversation", "Bots"] },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_folder_does_not_use_what_depends_on_it(string area, string[] forbidden)
    {
        var files = SourceFiles("LearningPartnerBot").Where(f => IsIn(f.Namespace, Bot + area)).ToList();
        Assert.NotEmpty(files);

        var violations = files
            .SelectMany(f => f.Uses.Where(used => forbidden.Any(x => IsIn(used, Bot + x))).Select(used => $"{f.Path} uses {used}"))
            .ToList();

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public void BotKit_knows_nothing_of_the_bot_and_the_protocol_nothing_of_its_storage_or_test_harness()
    {
        var violations = new List<string>();
        foreach (var project in new[] { "BotKit", "BotKit.EntityFramework", "BotKit.Testing" })
        {
            var files = SourceFiles(project).ToList();
            Assert.NotEmpty(files);
            violations.AddRange(files.SelectMany(f => f.Uses.Where(u => IsIn(u, "LearningPartnerBot")).Select(u => $"{f.Path} uses {u}")));
            if (project == "BotKit")
            {
                violations.AddRange(files.SelectMany(f => f.Uses
                    .Where(u => IsIn(u, "BotKit.EntityFramework") || IsIn(u, "BotKit.Testing"))
                    .Select(u => $"{f.Path} uses {u}")));
            }
        }

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public void The_reader_sees_a_using_directive_a_razor_using_and_a_global_qualified_name()
    {
        var uses = UsedNamespaces("""
            using System.Text;
            using LearningPartnerBot.Tickets.Data;
            using Ids = LearningPartnerBot.Eligibility.Demo.DemoPartners;
            @using LearningPartnerBot.Staff.Api
            var x = global::LearningPartnerBot.Knowledge.Text.TextFolding.Words("a");
            """);

        Assert.Equal(
            ["LearningPartnerBot.Eligibility.Demo.DemoPartners", "LearningPartnerBot.Knowledge.Text.TextFolding.Words", "LearningPartnerBot.Staff.Api", "LearningPartnerBot.Tickets.Data", "System.Text"],
            uses.Order(StringComparer.Ordinal));
    }

    private static bool IsIn(string name, string prefix) =>
        name == prefix || name.StartsWith(prefix + ".", StringComparison.Ordinal);

    private static IEnumerable<SourceFile> SourceFiles(string project)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "RepositoryFiles", "src", project);
        Assert.True(Directory.Exists(root), $"The source of {project} was not copied to {root}.");
        foreach (var path in Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
                     .Where(p => p.EndsWith(".cs", StringComparison.Ordinal) || p.EndsWith(".cshtml", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(path);
            var relative = Path.GetRelativePath(root, path);

            // Razor pages have no namespace line; they belong to their folder's namespace.
            var ns = FileNamespace().Match(text) is { Success: true } m
                ? m.Groups[1].Value
                : project + "." + string.Join('.', Path.GetDirectoryName(relative)!.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
            yield return new SourceFile($"{project}/{relative}", ns, UsedNamespaces(text));
        }
    }

    private static HashSet<string> UsedNamespaces(string text) =>
        [.. UsingDirective().Matches(text).Select(m => m.Groups[1].Value), .. GlobalName().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"^\s*@?(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?([A-Za-z_][\w.]*)\s*;?\s*$", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"global::([A-Za-z_][\w.]*\w)")]
    private static partial Regex GlobalName();

    private sealed record SourceFile(string Path, string Namespace, IReadOnlySet<string> Uses);
}
