using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LearningPartnerBot.Tests.Deployment;

/// <summary>deploymentTemplates/ as committed (copied next to the tests by the test project).</summary>
internal static partial class DeploymentFiles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "RepositoryFiles", "deploymentTemplates");

    public static string ArmTemplatePath => Path.Combine(Folder, "azuredeploy.json");

    public static JsonObject ArmTemplate() => ParseObject(ArmTemplatePath);

    public static string BicepText() => File.ReadAllText(Path.Combine(Folder, "main.bicep"));

    public static IReadOnlyList<string> ParameterFilePaths() =>
        [.. Directory.GetFiles(Folder, "azuredeploy.parameters*.json").Order(StringComparer.Ordinal)];

    public static JsonObject ParseObject(string path) =>
        JsonNode.Parse(File.ReadAllText(path)) as JsonObject
        ?? throw new InvalidDataException($"{Path.GetFileName(path)} is not a JSON object.");

    public static JsonObject Parameters(JsonObject template) => template["parameters"]!.AsObject();

    /// <summary>The web app's app settings, name to the value as written (a literal or an ARM expression).</summary>
    public static IReadOnlyDictionary<string, string> AppSettings(JsonObject template)
    {
        var site = template["resources"]!.AsArray()
            .Single(r => (string?)r!["type"] == "Microsoft.Web/sites")!;
        return site["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => (string)s!["name"]!, s => s!["value"]!.ToString(), StringComparer.Ordinal);
    }

    /// <summary>The names inside parameters('…') or variables('…') expressions anywhere in the template text.</summary>
    public static IReadOnlySet<string> Referenced(string templateText, string function) =>
        Reference().Matches(templateText)
            .Where(m => m.Groups["function"].Value == function)
            .Select(m => m.Groups["name"].Value)
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<function>parameters|variables)\('(?<name>[^']+)'\)")]
    private static partial Regex Reference();
}
