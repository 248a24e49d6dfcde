using System.Text.Json.Nodes;

namespace LearningPartnerBot.Tests.Deployment;

/// <summary>azuredeploy.json and its parameter files are what `az deployment group create` is given.</summary>
public sealed class ArmTemplateTests
{
    public static TheoryData<string> ParameterFiles => [.. DeploymentFiles.ParameterFilePaths().Select(path => Path.GetFileName(path))];

    [Fact]
    public void The_template_is_an_arm_deployment_template()
    {
        var template = DeploymentFiles.ArmTemplate();

        Assert.Contains("deploymentTemplate.json", (string?)template["$schema"], StringComparison.Ordinal);
        Assert.Equal("1.0.0.0", (string?)template["contentVersion"]);
        Assert.NotEmpty(template["resources"]!.AsArray());
    }

    [Fact]
    public void Every_parameter_and_variable_the_template_uses_is_declared_and_every_parameter_is_used()
    {
        var text = File.ReadAllText(DeploymentFiles.ArmTemplatePath);
        var template = DeploymentFiles.ArmTemplate();
        var declared = DeploymentFiles.Parameters(template).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var variables = template["variables"]!.AsObject().Select(v => v.Key).ToHashSet(StringComparer.Ordinal);

        var used = DeploymentFiles.Referenced(text, "parameters");

        Assert.Empty(used.Except(declared));
        Assert.Empty(declared.Except(used));
        Assert.Empty(DeploymentFiles.Referenced(text, "variables").Except(variables));
    }

    [Fact]
    public void Secrets_are_secure_parameters_with_no_default()
    {
        var parameters = DeploymentFiles.Parameters(DeploymentFiles.ArmTemplate());

        foreach (var secret in new[] { "microsoftAppPassword", "staffApiKey", "ticketWebhookUrl" })
        {
            Assert.Equal("securestring", (string?)parameters[secret]!["type"]);
        }

        Assert.All(
            parameters.Where(p => (string?)p.Value!["type"] == "securestring"),
            p => Assert.False(p.Value!.AsObject().ContainsKey("defaultValue"), $"{p.Key} has a default value"));
    }

    [Fact]
    public void The_web_app_is_linux_dotnet_10_over_https_only_and_the_bot_points_at_its_messages_endpoint()
    {
        var resources = DeploymentFiles.ArmTemplate()["resources"]!.AsArray();
        var site = resources.Single(r => (string?)r!["type"] == "Microsoft.Web/sites")!;
        var bot = resources.Single(r => (string?)r!["type"] == "Microsoft.BotService/botServices")!;
        var channel = resources.Single(r => (string?)r!["type"] == "Microsoft.BotService/botServices/channels")!;

        Assert.Equal("DOTNETCORE|10.0", (string?)site["properties"]!["siteConfig"]!["linuxFxVersion"]);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        Assert.Contains("https://{0}/api/messages", (string?)bot["properties"]!["endpoint"], StringComparison.Ordinal);
        Assert.Equal("MsTeamsChannel", (string?)channel["properties"]!["channelName"]);
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void A_parameter_file_sets_only_declared_parameters_with_allowed_values_and_every_required_non_secret(string fileName)
    {
        var declared = DeploymentFiles.Parameters(DeploymentFiles.ArmTemplate());
        var file = DeploymentFiles.ParseObject(Path.Combine(DeploymentFiles.Folder, fileName));
        var values = file["parameters"]!.AsObject();

        Assert.Contains("deploymentParameters.json", (string?)file["$schema"], StringComparison.Ordinal);
        foreach (var (name, entry) in values)
        {
            Assert.True(declared.ContainsKey(name), $"{fileName} sets '{name}', which the template does not declare");
            if (declared[name]!["allowedValues"] is JsonArray allowed)
            {
                Assert.Contains(entry!["value"]!.ToString(), allowed.Select(a => a!.ToString()));
            }
        }

        // Secrets come from the command line (README), so a file may leave them out; everything else must be there.
        var required = declared.Where(p => !p.Value!.AsObject().ContainsKey("defaultValue") && (string?)p.Value!["type"] != "securestring");
        Assert.All(required, p => Assert.True(values.ContainsKey(p.Key), $"{fileName} lacks the required '{p.Key}'"));
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void No_parameter_file_holds_a_secret(string fileName)
    {
        var declared = DeploymentFiles.Parameters(DeploymentFiles.ArmTemplate());
        var values = DeploymentFiles.ParseObject(Path.Combine(DeploymentFiles.Folder, fileName))["parameters"]!.AsObject();

        var secretsWithValues = values
            .Where(v => (string?)declared[v.Key]?["type"] == "securestring" && v.Value!["value"]?.ToString() is { Length: > 0 })
            .Select(v => v.Key);

        Assert.Empty(secretsWithValues);
    }

    [Fact]
    public void The_app_id_must_be_given_so_a_deployment_cannot_forget_channel_authentication()
    {
        var parameters = DeploymentFiles.Parameters(DeploymentFiles.ArmTemplate());
        var settings = DeploymentFiles.AppSettings(DeploymentFiles.ArmTemplate());

        Assert.False(parameters["microsoftAppId"]!.AsObject().ContainsKey("defaultValue"));
        Assert.Equal("false", settings["BotKit__AllowAnonymous"]);
    }

    [Fact]
    public void Only_the_web_apps_own_host_name_is_allowed()
    {
        var allowed = DeploymentFiles.AppSettings(DeploymentFiles.ArmTemplate())["AllowedHosts"];

        Assert.DoesNotContain("*", allowed, StringComparison.Ordinal);
        Assert.Contains(".azurewebsites.net", allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void There_are_parameter_files_for_each_kind_of_bot_identity()
    {
        var appTypes = DeploymentFiles.ParameterFilePaths()
            .Select(path => (string?)DeploymentFiles.ParseObject(path)["parameters"]!["microsoftAppType"]?["value"])
            .ToHashSet();

        Assert.Equal(new HashSet<string?> { "MultiTenant", "SingleTenant", "UserAssignedMSI" }, appTypes);
    }
}
