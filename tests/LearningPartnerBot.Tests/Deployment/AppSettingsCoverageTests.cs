using System.Text.RegularExpressions;
using BotKit.Auth;
using LearningPartnerBot.Channels.DirectLine;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Tickets.Notifications;
using Microsoft.Extensions.Configuration;

namespace LearningPartnerBot.Tests.Deployment;

/// <summary>The deployed web app gets every setting the bot reads, with values that are safe in production.</summary>
public sealed partial class AppSettingsCoverageTests
{
    private static readonly IReadOnlyDictionary<string, string> Deployed = DeploymentFiles.AppSettings(DeploymentFiles.ArmTemplate());

    [Fact]
    public void The_web_app_sets_every_setting_the_bot_reads_except_those_deliberately_left_to_code_defaults()
    {
        var missing = ProductionSettings.ReadByTheBot()
            .Where(key => !ProductionSettings.IsLeftToDefaults(key) && !Deployed.ContainsKey(key));

        Assert.Empty(missing);
    }

    [Fact]
    public void The_settings_the_bot_reads_are_found_in_options_classes_root_options_and_appsettings_json()
    {
        var keys = ProductionSettings.ReadByTheBot();

        Assert.Contains("Staff__ApiKeys__0", keys);
        Assert.Contains("Tickets__Webhook__Url", keys);
        Assert.Contains("BotFramework__OpenIdMetadataUrl", keys);
        Assert.Contains("Urls", keys);
    }

    [Fact]
    public void Every_setting_left_to_code_defaults_is_one_the_bot_actually_reads()
    {
        var keys = ProductionSettings.ReadByTheBot();

        var stale = ProductionSettings.LeftToDefaults.Keys
            .Where(exempt => !keys.Any(key => key == exempt || key.StartsWith(exempt + "__", StringComparison.Ordinal)));

        Assert.Empty(stale);
    }

    [Fact]
    public void The_deployed_bot_offers_no_demo_identities_no_demo_data_and_no_anonymous_direct_line()
    {
        var configuration = Bind("microsoftAppId", string.Empty);
        var eligibility = configuration.GetSection(EligibilityChatOptions.SectionName).Get<EligibilityChatOptions>()!;

        Assert.False(eligibility.DemoIdentities);
        Assert.False(eligibility.SeedDemoData);
        Assert.False(configuration.IsDirectLineEnabled(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = "Production" }));
    }

    [Fact]
    public void An_empty_ticket_webhook_parameter_turns_notifications_off()
    {
        var configuration = Bind("ticketWebhookUrl", string.Empty);

        var webhook = configuration.GetSection(TicketWebhookOptions.SectionName).Get<TicketWebhookOptions>() ?? new TicketWebhookOptions();

        Assert.False(webhook.Enabled);
    }

    [Fact]
    public void The_signing_key_locations_default_to_the_ones_the_bot_uses_when_unset()
    {
        var parameters = DeploymentFiles.Parameters(DeploymentFiles.ArmTemplate());

        Assert.Equal(BotFrameworkEndpointOptions.DefaultOpenIdMetadataUrl, (string?)parameters["botFrameworkOpenIdMetadataUrl"]!["defaultValue"]);
        Assert.Equal(BotFrameworkEndpointOptions.DefaultEntraOpenIdMetadataUrl, (string?)parameters["botFrameworkEntraOpenIdMetadataUrl"]!["defaultValue"]);
    }

    [Fact]
    public void The_database_lives_under_home_which_survives_restarts_and_redeployments()
    {
        Assert.StartsWith("/home/", Deployed["Storage__DataDirectory"], StringComparison.Ordinal);
    }

    /// <summary>
    /// The app settings as the bot would see them: literals as written, a reference to <paramref name="parameter"/>
    /// as <paramref name="parameterValue"/>; any other expression is left out (its value exists only in Azure).
    /// </summary>
    private static IConfiguration Bind(string parameter, string parameterValue)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in Deployed)
        {
            var key = name.Replace("__", ":", StringComparison.Ordinal);
            var reference = ParameterReference().Match(value);
            if (reference.Success && reference.Groups["name"].Value == parameter)
            {
                values[key] = parameterValue;
            }
            else if (!value.StartsWith('['))
            {
                values[key] = value;
            }
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    [GeneratedRegex(@"^\[parameters\('(?<name>[^']+)'\)\]$")]
    private static partial Regex ParameterReference();
}
