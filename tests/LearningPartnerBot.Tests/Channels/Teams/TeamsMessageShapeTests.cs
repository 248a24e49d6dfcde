using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Schema;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Tests.Hosting;

namespace LearningPartnerBot.Tests.Channels.Teams;

/// <summary>Card buttons and languages as Teams delivers them to /api/messages.</summary>
public sealed class TeamsMessageShapeTests(BotApplicationFactory factory) : IClassFixture<BotApplicationFactory>
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly HttpClient _client = factory.CreateClient();

    private async Task<List<Activity>> PostAsync(JsonObject activity)
    {
        using var response = await _client.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ExpectedReplies>(BotJson.Options))!.Activities;
    }

    private static string AllText(IEnumerable<Activity> replies) => JsonSerializer.Serialize(replies, Readable);

    [Fact]
    public async Task A_message_back_from_the_welcome_card_carries_text_and_value_and_opens_that_journey()
    {
        // The welcome card's button: data {journey, msteams:{type:"messageBack", displayText, text}}; Teams posts the
        // action's text as the message text and the data as its value.
        var value = new JsonObject
        {
            ["journey"] = "eligibility",
            ["msteams"] = new JsonObject { ["type"] = "messageBack", ["displayText"] = "Uygunluk", ["text"] = "eligibility" },
        };

        var replies = await PostAsync(TeamsActivities.Message("a:message-back-welcome", "eligibility", value, "tr-TR"));

        Assert.Contains(EligibilityChatStrings.Get(CultureInfo.GetCultureInfo("tr")).UnmappedTitle, AllText(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_backs_value_decides_what_happens_not_its_text()
    {
        // messageBack {text, displayText, value}: the text is not a question to answer, the value is what was clicked.
        var vote = new JsonObject
        {
            ["faq"] = new JsonObject { ["action"] = "vote", ["topic"] = "kpi-requirements-change", ["answerId"] = "answer-mb", ["language"] = "nl", ["helpful"] = true },
        };

        var replies = await PostAsync(TeamsActivities.Message("a:message-back-vote", "Ja, dit hielp", vote, "nl-NL"));

        var reply = Assert.Single(replies);
        Assert.Equal(BotStrings.Get(CultureInfo.GetCultureInfo("nl")).FaqThanksHelpful, reply.Text);
    }

    [Fact]
    public async Task An_im_back_arrives_as_plain_text_and_is_understood_like_the_button()
    {
        // msteams {type:"imBack", value:"eligibility"}: the value is posted as the user's visible message, with no value.
        var replies = await PostAsync(TeamsActivities.Message("a:im-back", "eligibility", value: null, "nl-NL"));

        Assert.Contains(EligibilityChatStrings.Get(CultureInfo.GetCultureInfo("nl")).UnmappedTitle, AllText(replies), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-NL", "tr-TR", "nl")]
    [InlineData(null, "tr-TR", "tr")]
    [InlineData("de-DE", "nl-BE", "nl")]
    [InlineData(null, null, "en")]
    [InlineData("fr-FR", "de-DE", "en")]
    public async Task The_answer_language_is_the_activitys_locale_then_the_client_infos_then_english(string? locale, string? clientInfoLocale, string expected)
    {
        var journey = new JsonObject { ["journey"] = "eligibility" };

        var replies = await PostAsync(TeamsActivities.Message("a:locale-" + Guid.NewGuid().ToString("N"), null, journey, locale, clientInfoLocale));

        Assert.Contains(EligibilityChatStrings.Get(CultureInfo.GetCultureInfo(expected)).UnmappedTitle, AllText(replies), StringComparison.Ordinal);
    }
}
