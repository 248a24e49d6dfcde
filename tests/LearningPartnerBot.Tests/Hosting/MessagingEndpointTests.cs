using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BotKit.Schema;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Tests.Hosting;

public sealed class MessagingEndpointTests(BotApplicationFactory factory) : IClassFixture<BotApplicationFactory>
{
    private static async Task<List<Activity>> RepliesOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await response.Content.ReadFromJsonAsync<ExpectedReplies>(BotJson.Options);
        return replies!.Activities;
    }

    [Fact]
    public async Task A_web_chat_user_joining_gets_the_welcome_card_in_the_http_body()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/messages", WebChatActivities.ConversationUpdate("conv-welcome"));

        var reply = Assert.Single(await RepliesOf(response));
        var card = Assert.Single(reply.Attachments!);
        Assert.Equal(ContentTypes.AdaptiveCard, card.ContentType);
        Assert.Contains("Learning Partner", card.Content!.ToString(), StringComparison.Ordinal);
        Assert.Equal("dl_user-42", reply.Recipient?.Id);
        Assert.Equal("conv-welcome", reply.Conversation?.Id);
    }

    [Fact]
    public async Task A_message_gets_the_menu_with_the_three_journeys_in_the_partners_language()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/messages", WebChatActivities.Message("conv-menu-nl", "hallo", "nl-NL"));

        var dutch = BotStrings.Get(new CultureInfo("nl"));
        var replies = await RepliesOf(response);
        Assert.Equal(2, replies.Count);
        Assert.Equal(dutch.SmallTalkGreeting, replies[0].Text);
        var reply = replies[1];
        Assert.Equal("nl-NL", reply.Locale);
        Assert.Equal(3, reply.SuggestedActions?.Actions.Count);
        Assert.NotEqual(BotStrings.Get(new CultureInfo("en")).FaqTitle, dutch.FaqTitle);
        Assert.Equal([dutch.FaqTitle, dutch.EligibilityTitle, dutch.RequestsTitle], reply.SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task A_welcome_card_button_starts_its_journey()
    {
        var client = factory.CreateClient();
        var click = WebChatActivities.Message("conv-click", string.Empty, "tr-TR", new JsonObject { ["journey"] = "requests" });

        var replies = await RepliesOf(await client.PostAsJsonAsync("/api/messages", click));

        // The requests journey: its menu of forms, "my requests" and "talk to a person", in Turkish.
        var reply = Assert.Single(replies);
        Assert.Equal(LearningPartnerBot.Requests.RequestStrings.Get(new CultureInfo("tr")).MenuPrompt, reply.Text);
        Assert.Equal(4, reply.SuggestedActions?.Actions.Count);
    }

    [Fact]
    public async Task The_dialog_continues_across_requests_of_one_conversation()
    {
        var client = factory.CreateClient();
        await client.PostAsJsonAsync("/api/messages", WebChatActivities.Message("conv-two-turns", "hi"));

        var replies = await RepliesOf(await client.PostAsJsonAsync("/api/messages", WebChatActivities.Message("conv-two-turns", "3")));

        Assert.Contains("request", replies[0].Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("this is not json")]
    [InlineData("{\"type\":\"message\",\"from\":\"not an account\"}")]
    public async Task A_malformed_body_gets_400(string body)
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_on_the_messaging_endpoint_is_405()
    {
        var response = await factory.CreateClient().GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_reports_healthy_when_the_database_answers()
    {
        var response = await factory.CreateClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
