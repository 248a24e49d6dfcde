using System.Globalization;
using System.Text.Json.Nodes;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Tests.Hosting;

namespace LearningPartnerBot.Tests.Channels;

/// <summary>
/// The demo-identity picker signs the playground in as a sample user; a browser must not be able to claim any other
/// account by writing an AAD object id into its activities.
/// </summary>
public sealed class DirectLineIdentityTests : IDisposable
{
    private static readonly EligibilityChatStrings English = EligibilityChatStrings.Get(CultureInfo.GetCultureInfo("en"));
    private readonly BotApplicationFactory _demo = new() { DemoData = true };

    public void Dispose() => _demo.Dispose();

    [Fact]
    public async Task A_sample_users_token_makes_the_bot_recognise_the_partner_without_asking()
    {
        var client = await DirectLineTestClient.StartAsync(_demo.CreateClient(), userId: "demo-anna-contoso");

        (await client.PostMessageAsync("2")).Dispose();
        var (activities, _) = await client.GetActivitiesAsync();

        var echo = activities.Single(a => a.Text == "2");
        Assert.Equal("demo-anna-contoso", echo.From?.AadObjectId);
        Assert.Contains(activities, a => Shows(a, English.CompetencyPrompt));
        Assert.DoesNotContain(activities, a => Shows(a, English.DemoPickerPrompt));
    }

    [Fact]
    public async Task An_aad_object_id_written_by_the_client_is_ignored()
    {
        var client = await DirectLineTestClient.StartAsync(_demo.CreateClient());

        (await client.PostMessageAsync("2", from: new JsonObject { ["id"] = "someone", ["aadObjectId"] = "demo-anna-contoso" })).Dispose();
        var (activities, _) = await client.GetActivitiesAsync();

        var echo = activities.Single(a => a.Text == "2");
        Assert.Null(echo.From?.AadObjectId);
        Assert.Contains(activities, a => Shows(a, English.DemoPickerPrompt));
        Assert.DoesNotContain(activities, a => Shows(a, English.CompetencyPrompt));
    }

    [Fact]
    public async Task Without_demo_identities_a_sample_users_id_is_only_a_name()
    {
        using var plain = new BotApplicationFactory();
        var client = await DirectLineTestClient.StartAsync(plain.CreateClient(), userId: "demo-anna-contoso");

        (await client.PostMessageAsync("2")).Dispose();
        var (activities, _) = await client.GetActivitiesAsync();

        Assert.Null(activities.Single(a => a.Text == "2").From?.AadObjectId);
    }

    /// <summary>In the text, or in a card (the sample-user picker is a hero card).</summary>
    private static bool Shows(BotKit.Schema.Activity activity, string text) =>
        activity.Text == text || activity.Attachments?.Any(a => a.Content?.ToString()?.Contains(text, StringComparison.Ordinal) == true) == true;
}
