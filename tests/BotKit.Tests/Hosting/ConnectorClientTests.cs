using System.Net;
using System.Text.Json;
using BotKit.Hosting;
using BotKit.Schema;
using BotKit.Testing;

namespace BotKit.Tests.Hosting;

public sealed class ConnectorClientTests
{
    private sealed class RecordingHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        public List<(HttpMethod Method, string Url, string? Authorization, string? Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            Requests.Add((request.Method, request.RequestUri!.AbsoluteUri, request.Headers.Authorization?.ToString(), content));
            return new HttpResponseMessage(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        }
    }

    private sealed class FixedToken(string? token) : IConnectorCredentials
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult(token);
    }

    private static (ConnectorClient Client, RecordingHandler Handler) Create(string? token = null, HttpStatusCode status = HttpStatusCode.OK, string body = "{\"id\":\"1:abc\"}")
    {
        var handler = new RecordingHandler(status, body);
        return (new ConnectorClient(new HttpClient(handler), new Uri("https://smba.trafficmanager.net/emea/"), new FixedToken(token)), handler);
    }

    private static Activity TeamsReply() => new()
    {
        Type = ActivityTypes.Message,
        Text = "Hallo",
        ReplyToId = "1732269000000",
        Conversation = new ConversationAccount("a:1XyZ;messageid=1732269000000"),
    };

    [Fact]
    public async Task A_reply_posts_to_the_activity_with_the_teams_conversation_id_escaped()
    {
        var (client, handler) = Create();

        var response = await client.ReplyToActivityAsync(TeamsReply());

        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://smba.trafficmanager.net/emea/v3/conversations/a%3A1XyZ%3Bmessageid%3D1732269000000/activities/1732269000000", request.Url);
        Assert.Equal("1:abc", response.Id);
        Assert.Equal("Hallo", JsonDocument.Parse(request.Body!).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Sending_without_a_reply_target_posts_to_the_conversation()
    {
        var (client, handler) = Create();
        var activity = TeamsReply();
        activity.ReplyToId = null;

        await client.SendToConversationAsync(activity);

        Assert.EndsWith("/activities", handler.Requests.Single().Url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("eyJ0eXAi", "Bearer eyJ0eXAi")]
    public async Task The_bearer_token_is_sent_only_when_the_bot_has_credentials(string? token, string? expectedHeader)
    {
        var (client, handler) = Create(token);

        await client.ReplyToActivityAsync(TeamsReply());

        Assert.Equal(expectedHeader, handler.Requests.Single().Authorization);
    }

    [Fact]
    public async Task Update_and_delete_use_put_and_delete_on_the_activity()
    {
        var (client, handler) = Create();
        var activity = TeamsReply();
        activity.Id = "42";

        await client.UpdateActivityAsync(activity);
        await client.DeleteActivityAsync("conv", "42");

        Assert.Equal([HttpMethod.Put, HttpMethod.Delete], handler.Requests.Select(r => r.Method));
        Assert.All(handler.Requests, r => Assert.EndsWith("/activities/42", r.Url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Creating_a_conversation_posts_the_parameters_and_returns_where_to_send()
    {
        var (client, handler) = Create(body: "{\"id\":\"a:1NewChat\",\"serviceUrl\":\"https://smba.trafficmanager.net/amer/\",\"activityId\":\"1:first\"}");

        var created = await client.CreateConversationAsync(new ConversationParameters
        {
            Bot = new ChannelAccount("28:app-id"),
            Members = [new ChannelAccount("29:partner-user")],
            TenantId = "tenant-1",
            Activity = MessageFactory.Text("Welkom"),
        });

        var request = Assert.Single(handler.Requests);
        Assert.Equal((HttpMethod.Post, "https://smba.trafficmanager.net/emea/v3/conversations"), (request.Method, request.Url));
        var body = JsonDocument.Parse(request.Body!).RootElement;
        Assert.Equal("29:partner-user", body.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("tenant-1", body.GetProperty("tenantId").GetString());
        Assert.Equal("Welkom", body.GetProperty("activity").GetProperty("text").GetString());
        Assert.Equal(("a:1NewChat", "https://smba.trafficmanager.net/amer/", "1:first"), (created.Id, created.ServiceUrl, created.ActivityId));
    }

    [Fact]
    public async Task A_channel_error_surfaces_with_its_status_code()
    {
        var (client, _) = Create(status: HttpStatusCode.Forbidden, body: "{\"error\":{\"code\":\"BotNotInConversationRoster\",\"message\":\"no\"}}");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.ReplyToActivityAsync(TeamsReply()));

        Assert.Equal(403, error.StatusCode);
        Assert.Contains("BotNotInConversationRoster", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_errors_own_words_are_not_repeated_only_its_code()
    {
        var (client, _) = Create(status: HttpStatusCode.BadRequest, body: "{\"error\":{\"code\":\"[Re-authenticate](https://evil.example)\",\"message\":\"Your ticket needs re-auth: https://evil.example\"}}");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.ReplyToActivityAsync(TeamsReply()));

        Assert.Equal(400, error.StatusCode);
        Assert.DoesNotContain("evil.example", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("re-auth", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://attacker.example/")]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net.attacker.example/")]
    [InlineData("https://botframework.com.attacker.example/")]
    [InlineData("https://user@smba.trafficmanager.net/emea/")]
    public async Task The_bots_token_is_never_sent_to_a_service_url_no_channel_vouched_for(string serviceUrl)
    {
        var handler = new RecordingHandler(HttpStatusCode.OK, "{}");
        var client = new ConnectorClient(new HttpClient(handler), new Uri(serviceUrl), new FixedToken("eyJ0eXAi"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.ReplyToActivityAsync(TeamsReply()));

        Assert.Empty(handler.Requests);
        Assert.Equal(0, error.StatusCode);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://webchat.botframework.com/")]
    [InlineData("https://europe.directline.botframework.com/")]
    public async Task The_bots_token_goes_to_microsofts_connector_hosts_over_https(string serviceUrl)
    {
        var handler = new RecordingHandler(HttpStatusCode.OK, "{}");
        var client = new ConnectorClient(new HttpClient(handler), new Uri(serviceUrl), new FixedToken("eyJ0eXAi"));

        await client.ReplyToActivityAsync(TeamsReply());

        Assert.Equal("Bearer eyJ0eXAi", Assert.Single(handler.Requests).Authorization);
    }

    [Fact]
    public async Task A_service_url_a_bot_connector_token_vouched_for_gets_the_token_and_configured_hosts_replace_the_defaults()
    {
        var trusted = new BotKit.Auth.TrustedServiceUrls(Microsoft.Extensions.Options.Options.Create(new BotKitOptions { TrustedServiceHosts = ["*.connector.example"] }));
        trusted.Remember("https://vouched.example/emea/");
        var handler = new RecordingHandler(HttpStatusCode.OK, "{}");
        ConnectorClient For(string url) => new(new HttpClient(handler), new Uri(url), new FixedToken("eyJ0eXAi"), ConnectorRetryPolicy.None, trusted);

        await For("https://vouched.example/emea/").ReplyToActivityAsync(TeamsReply());
        await For("https://eu.connector.example/").ReplyToActivityAsync(TeamsReply());
        await Assert.ThrowsAsync<ConnectorException>(() => For("https://vouched.example/amer/").ReplyToActivityAsync(TeamsReply()));
        await Assert.ThrowsAsync<ConnectorException>(() => For("https://smba.trafficmanager.net/emea/").ReplyToActivityAsync(TeamsReply()));

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Only_in_development_does_the_token_go_to_an_emulator_on_the_developers_own_machine()
    {
        var handler = new RecordingHandler(HttpStatusCode.OK, "{}");
        var options = Microsoft.Extensions.Options.Options.Create(new BotKitOptions());
        ConnectorClient For(bool development) => new(
            new HttpClient(handler), new Uri("http://localhost:56789/"), new FixedToken("eyJ0eXAi"), ConnectorRetryPolicy.None, new BotKit.Auth.TrustedServiceUrls(options, allowLoopback: development));

        await Assert.ThrowsAsync<ConnectorException>(() => For(development: false).ReplyToActivityAsync(TeamsReply()));
        await For(development: true).ReplyToActivityAsync(TeamsReply());

        Assert.Equal("Bearer eyJ0eXAi", Assert.Single(handler.Requests).Authorization);
    }

    [Fact]
    public async Task An_anonymous_bot_without_a_token_may_answer_a_local_emulator_over_http()
    {
        var handler = new RecordingHandler(HttpStatusCode.OK, "{}");
        var client = new ConnectorClient(new HttpClient(handler), new Uri("http://localhost:56789/"), new FixedToken(null));

        await client.ReplyToActivityAsync(TeamsReply());

        Assert.Null(Assert.Single(handler.Requests).Authorization);
    }

    [Fact]
    public async Task ContinueConversation_runs_a_proactive_turn_addressed_to_the_saved_reference()
    {
        var adapter = new TestAdapter(Channels.Msteams);
        ConversationReference? saved = null;
        await adapter.SendTextToBotAsync("notify me", (ctx, ct) =>
        {
            saved = ctx.Activity.GetConversationReference();
            return Task.CompletedTask;
        });

        await adapter.ContinueConversationAsync(saved!, (ctx, ct) => ctx.SendActivityAsync("Your ticket LP-2026-000123 is resolved.", cancellationToken: ct));

        var message = adapter.GetNextReply()!;
        Assert.Equal("Your ticket LP-2026-000123 is resolved.", message.Text);
        Assert.Equal(saved!.User!.Id, message.Recipient!.Id);
        Assert.Equal(saved.Conversation!.Id, message.Conversation!.Id);
        Assert.Equal(Channels.Msteams, message.ChannelId);
    }
}
