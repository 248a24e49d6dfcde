using System.Globalization;
using System.Net;
using System.Text.Json;
using BotKit.Schema;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Tests.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace LearningPartnerBot.Tests.Channels;

/// <summary>What Web Chat sees when it talks to the bot's own Direct Line endpoint by polling.</summary>
public sealed class DirectLineConversationTests(BotApplicationFactory factory) : IClassFixture<BotApplicationFactory>
{
    private static readonly BotStrings Dutch = BotStrings.Get(CultureInfo.GetCultureInfo("nl"));
    private static readonly BotStrings English = BotStrings.Get(CultureInfo.GetCultureInfo("en"));

    [Fact]
    public async Task The_users_message_is_echoed_with_its_client_activity_id_and_the_bot_answers_in_dutch()
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient(), "nl-NL");

        using var posted = await client.PostMessageAsync("hallo", "nl-NL", clientActivityId: "wc-42");
        var (activities, _) = await client.GetActivitiesAsync();

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var postedId = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        var echo = Assert.Single(activities, a => a.Id == postedId);
        Assert.Equal("hallo", echo.Text);
        Assert.Equal(RoleTypes.User, echo.From?.Role);
        Assert.Equal("wc-42", ClientActivityId(echo));
        var replies = activities.SkipWhile(a => a.Id != postedId).Skip(1).ToList();
        Assert.Equal(Dutch.SmallTalkGreeting, replies[0].Text);
        Assert.All(replies, r => Assert.Equal(RoleTypes.Bot, r.From?.Role));
        Assert.Equal([Dutch.FaqTitle, Dutch.EligibilityTitle, Dutch.RequestsTitle], replies[1].SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task Starting_the_conversation_shows_the_welcome_card_but_not_the_conversation_update()
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient());

        var (activities, _) = await client.GetActivitiesAsync();

        var welcome = Assert.Single(activities);
        Assert.Equal(ActivityTypes.Message, welcome.Type);
        Assert.Equal(ContentTypes.AdaptiveCard, Assert.Single(welcome.Attachments!).ContentType);
    }

    [Fact]
    public async Task A_watermark_returns_only_what_came_after_it()
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient(), "nl-NL");
        (await client.PostMessageAsync("hallo", "nl-NL", clientActivityId: "first")).Dispose();
        var (_, watermark) = await client.GetActivitiesAsync();

        (await client.PostMessageAsync("hoi", "nl-NL", clientActivityId: "second")).Dispose();
        var (newer, newWatermark) = await client.GetActivitiesAsync(watermark);
        var (none, sameWatermark) = await client.GetActivitiesAsync(newWatermark);

        Assert.Equal("second", ClientActivityId(newer[0]));
        Assert.DoesNotContain(newer, a => ClientActivityId(a) == "first");
        Assert.True(long.Parse(newWatermark, CultureInfo.InvariantCulture) > long.Parse(watermark, CultureInfo.InvariantCulture));
        Assert.Empty(none);
        Assert.Equal(newWatermark, sameWatermark);
    }

    [Fact]
    public async Task Starting_again_with_the_same_token_returns_the_same_conversation_instead_of_a_new_one()
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient());

        using var again = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var conversation = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(client.ConversationId, conversation.GetProperty("conversationId").GetString());
        var (activities, _) = await client.GetActivitiesAsync();
        Assert.Single(activities);
    }

    [Fact]
    public async Task Reconnecting_and_refreshing_give_tokens_that_keep_working_for_the_conversation()
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient());

        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}");
        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        var reconnectToken = JsonDocument.Parse(await reconnect.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString()!;
        var refreshedToken = JsonDocument.Parse(await refresh.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString()!;
        client.Token = refreshedToken;
        using var posted = await client.PostMessageAsync("hello");
        client.Token = reconnectToken;
        var (activities, _) = await client.GetActivitiesAsync();

        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        // Both tokens reach this conversation: the message sent with the refreshed one is in what the reconnected
        // one reads, answered by the bot.
        var postedId = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        Assert.Equal("hello", Assert.Single(activities, a => a.Id == postedId).Text);
        Assert.Contains(activities.SkipWhile(a => a.Id != postedId), a => a.From?.Role == RoleTypes.Bot && a.Text == English.SmallTalkGreeting);
    }

    [Fact]
    public async Task A_message_before_the_conversation_is_started_is_refused_and_reaches_no_bot()
    {
        var turns = new BotTurnRecorder();
        using var host = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(turns.WrapBot));
        var client = new DirectLineTestClient(host.CreateClient());
        await client.GenerateAsync();

        using var posted = await client.PostMessageAsync("hello");

        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.DoesNotContain(turns.Turns, t => t.ConversationId == client.ConversationId);

        // The same check sees a message that does reach the bot, once the conversation is started.
        using var started = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations");
        using var afterStart = await client.PostMessageAsync("hello");
        Assert.Equal(HttpStatusCode.OK, afterStart.StatusCode);
        Assert.Contains(turns.Turns, t => t.ConversationId == client.ConversationId && t.Text == "hello");
    }

    [Fact]
    public async Task A_body_that_is_not_an_activity_is_a_bad_request()
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient());

        using var posted = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities",
            new System.Text.Json.Nodes.JsonObject { ["text"] = "no type" });

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_activity_over_the_size_limit_is_refused_whether_or_not_its_length_is_announced(bool announceLength)
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient());
        var json = $$"""{"type":"message","text":"{{new string('a', 300 * 1024)}}"}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities")
        {
            Content = announceLength ? new StringContent(json, System.Text.Encoding.UTF8, "application/json") : new UnsizedJsonContent(json),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", client.Token);

        using var posted = await client.Http.SendAsync(request);
        var (activities, _) = await client.GetActivitiesAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, posted.StatusCode);
        Assert.Equal("MessageSizeTooBig", JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.DoesNotContain(activities, a => a.From?.Role == RoleTypes.User);
    }

    private static string? ClientActivityId(Activity activity) =>
        activity.ChannelData is JsonElement { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("clientActivityID", out var id) ? id.GetString() : null;
}

/// <summary>A body sent chunked: no Content-Length, so only reading it can tell how large it is.</summary>
internal sealed class UnsizedJsonContent : HttpContent
{
    private readonly byte[] _bytes;

    public UnsizedJsonContent(string json)
    {
        _bytes = System.Text.Encoding.UTF8.GetBytes(json);
        Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
    }

    protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
