using System.Text.RegularExpressions;

namespace LearningPartnerBot.Tests.Deployment;

/// <summary>
/// No Bicep compiler runs here, so main.bicep and the hand-written azuredeploy.json are compared on what a deployer
/// notices: the same parameters (with the same secrecy and type) and the same app settings.
/// </summary>
public sealed partial class BicepTemplateTests
{
    [Fact]
    public void Bicep_declares_the_same_parameters_as_the_arm_template_with_the_same_types()
    {
        var bicep = BicepParameters(DeploymentFiles.BicepText());
        var arm = DeploymentFiles.Parameters(DeploymentFiles.ArmTemplate())
            .ToDictionary(p => p.Key, p => (string)p.Value!["type"]!, StringComparer.Ordinal);

        Assert.Equal(arm.OrderBy(p => p.Key, StringComparer.Ordinal), bicep.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Bicep_sets_the_same_app_settings_as_the_arm_template()
    {
        var bicep = BicepAppSetting().Matches(DeploymentFiles.BicepText()).Select(m => m.Groups["name"].Value);
        var arm = DeploymentFiles.AppSettings(DeploymentFiles.ArmTemplate()).Keys;

        Assert.Equal(arm.Order(StringComparer.Ordinal), bicep.Order(StringComparer.Ordinal));
    }

    /// <summary>Name to ARM type: a "@secure()" decorator above a string parameter makes it a securestring.</summary>
    private static Dictionary<string, string> BicepParameters(string bicep)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        var secure = false;
        foreach (var line in bicep.Split('\n').Select(l => l.Trim()))
        {
            secure |= line == "@secure()";
            var match = BicepParameter().Match(line);
            if (match.Success)
            {
                var type = match.Groups["type"].Value;
                parameters.Add(match.Groups["name"].Value, secure && type == "string" ? "securestring" : type);
                secure = false;
            }
        }

        return parameters;
    }

    [GeneratedRegex(@"^param\s+(?<name>\w+)\s+(?<type>\w+)")]
    private static partial Regex BicepParameter();

    [GeneratedRegex(@"\{\s*name:\s*'(?<name>[^']+)',\s*value:")]
    private static partial Regex BicepAppSetting();
}
