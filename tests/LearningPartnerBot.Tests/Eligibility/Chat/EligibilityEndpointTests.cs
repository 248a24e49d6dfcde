using System.Net;
using System.Net.Http.Json;
using BotKit.Schema;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Tests.Hosting;

namespace LearningPartnerBot.Tests.Eligibility.Chat;

/// <summary>The local playground end to end: the real web host seeds the demo partners on first run and offers them.</summary>
public sealed class EligibilityEndpointTests : IDisposable
{
    private readonly BotApplicationFactory _factory = new() { DemoData = true };

    [Fact]
    public async Task A_web_chat_user_picks_a_demo_user_and_gets_the_result_card()
    {
        var client = _factory.CreateClient();
        var strings = EligibilityChatStrings.Get(SupportedLocales.Default);

        var picker = await Send(client, "Am I eligible for gold?");
        var picked = await Send(client, "Anna");
        var card = await Send(client, "Cloud Platform");

        Assert.Contains(strings.DemoPickerPrompt, ResultCards.Texts(Assert.Single(picker)));
        Assert.Equal([strings.DemoCheckingAs("Anna", "Contoso Learning"), strings.CompetencyPrompt], picked.Select(r => r.Text));
        Assert.Contains(strings.Recommended(strings.LevelGold), ResultCards.Texts(card[0]));
        Assert.Equal(strings.LevelAllMet(strings.LevelGold, "Cloud Platform"), Assert.Single(card.Skip(1)).Text);
    }

    public void Dispose() => _factory.Dispose();

    private static async Task<List<Activity>> Send(HttpClient client, string text)
    {
        var response = await client.PostAsJsonAsync("/api/messages", WebChatActivities.Message("conv-eligibility-demo", text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ExpectedReplies>(BotJson.Options))!.Activities;
    }
}
