using System.Net;
using System.Text.Json;
using BotKit.Hosting;
using BotKit.Schema;

namespace BotKit.Tests.Hosting;

public sealed class CloudAdapterTests
{
    private sealed class EchoBot : ActivityHandler
    {
        public int Turns { get; private set; }

        protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Turns++;
            await turnContext.SendActivityAsync($"echo: {turnContext.Activity.Text}", cancellationToken: cancellationToken);
            await turnContext.SendActivityAsync(Activity.CreateTraceActivity("debug", value: "details"), cancellationToken);
        }

        protected override Task<AdaptiveCardInvokeResponse?> OnAdaptiveCardInvokeAsync(AdaptiveCardInvokeValue invokeValue, ITurnContext turnContext, CancellationToken cancellationToken) =>
            Task.FromResult<AdaptiveCardInvokeResponse?>(invokeValue.Action?.Verb == "known" ? AdaptiveCardInvokeResponse.Message("done") : null);
    }

    [Fact]
    public async Task ExpectReplies_returns_the_turns_replies_in_the_http_body_and_sends_nothing_to_the_channel()
    {
        var http = new HttpTurn();
        var (status, body, _) = await http.PostAsync(new EchoBot(), HttpTurn.Message("merhaba", DeliveryModes.ExpectReplies));

        Assert.Equal(200, status);
        var replies = JsonSerializer.Deserialize<ExpectedReplies>(body, BotJson.Options)!;
        var reply = Assert.Single(replies.Activities, a => a.Type == ActivityTypes.Message);
        Assert.Equal("echo: merhaba", reply.Text);
        Assert.Equal("act-1", reply.ReplyToId);
        Assert.Equal("user-1", reply.Recipient?.Id);
        Assert.Equal("bot-1", reply.From?.Id);
        Assert.Equal("tr-TR", reply.Locale);
        Assert.Empty(http.Connector.Calls);
    }

    [Fact]
    public async Task Normal_delivery_answers_200_empty_and_replies_through_the_connector_without_traces()
    {
        var http = new HttpTurn();
        var (status, body, _) = await http.PostAsync(new EchoBot(), HttpTurn.Message("hello"));

        Assert.Equal(200, status);
        Assert.Equal(string.Empty, body);
        var call = Assert.Single(http.Connector.Calls);
        Assert.Equal("reply", call.Operation);
        Assert.Equal("https://channel.example/", call.ServiceUrl);
        Assert.Equal("echo: hello", call.Activity.Text);
        Assert.Null(call.Activity.Id);
    }

    [Theory]
    [InlineData(Channels.Webchat)]
    [InlineData(Channels.Msteams)]
    [InlineData(Channels.Directline)]
    public async Task ExpectReplies_bodies_carry_no_trace_activities_outside_the_emulator(string channelId)
    {
        var http = new HttpTurn();
        var (_, body, _) = await http.PostAsync(new EchoBot(), HttpTurn.Message("merhaba", DeliveryModes.ExpectReplies, channelId: channelId));

        var replies = JsonSerializer.Deserialize<ExpectedReplies>(body, BotJson.Options)!;
        Assert.Contains(replies.Activities, a => a.Type == ActivityTypes.Message);
        Assert.DoesNotContain(replies.Activities, a => a.Type == ActivityTypes.Trace);
    }

    [Fact]
    public async Task ExpectReplies_bodies_keep_trace_activities_for_the_emulator()
    {
        var http = new HttpTurn();
        var (_, body, _) = await http.PostAsync(new EchoBot(), HttpTurn.Message("merhaba", DeliveryModes.ExpectReplies, channelId: Channels.Emulator));

        Assert.Contains(JsonSerializer.Deserialize<ExpectedReplies>(body, BotJson.Options)!.Activities, a => a.Type == ActivityTypes.Trace);
    }

    [Fact]
    public async Task Trace_activities_reach_the_emulator_only()
    {
        var http = new HttpTurn();
        await http.PostAsync(new EchoBot(), HttpTurn.Message("hello", channelId: Channels.Emulator));

        Assert.Contains(http.Connector.Calls, c => c.Activity.Type == ActivityTypes.Trace);
    }

    [Fact]
    public async Task Invoke_answers_with_the_handlers_status_and_body()
    {
        var http = new HttpTurn();
        var invoke = HttpTurn.Message("", type: ActivityTypes.Invoke, name: "adaptiveCard/action")
            .Replace("\"text\":\"\"", "\"value\":{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"known\"}}", StringComparison.Ordinal);

        var (status, body, _) = await http.PostAsync(new EchoBot(), invoke);

        Assert.Equal(200, status);
        using var doc = JsonDocument.Parse(body);
        Assert.Equal("application/vnd.microsoft.activity.message", doc.RootElement.GetProperty("type").GetString());
        Assert.Equal("done", doc.RootElement.GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("adaptiveCard/action", "{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"unknown\"}}")]
    [InlineData("composeExtension/query", "{}")]
    public async Task An_invoke_nobody_handles_answers_501(string name, string value)
    {
        var http = new HttpTurn();
        var invoke = HttpTurn.Message("", type: ActivityTypes.Invoke, name: name)
            .Replace("\"text\":\"\"", $"\"value\":{value}", StringComparison.Ordinal);

        var (status, _, _) = await http.PostAsync(new EchoBot(), invoke);

        Assert.Equal((int)HttpStatusCode.NotImplemented, status);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Other_verbs_get_405_with_an_allow_header(string method)
    {
        var bot = new EchoBot();
        var (status, _, headers) = await new HttpTurn().PostAsync(bot, HttpTurn.Message("hi"), method);

        Assert.Equal(405, status);
        Assert.Equal("POST", headers.Allow.ToString());
        Assert.Equal(0, bot.Turns);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Non_json_content_types_get_415(string? contentType)
    {
        var (status, _, _) = await new HttpTurn().PostAsync(new EchoBot(), HttpTurn.Message("hi"), contentType: contentType);

        Assert.Equal(415, status);
    }

    [Fact]
    public async Task Json_with_a_charset_parameter_is_accepted()
    {
        var (status, _, _) = await new HttpTurn().PostAsync(new EchoBot(), HttpTurn.Message("hi"), contentType: "application/json; charset=utf-8");

        Assert.Equal(200, status);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Bodies_above_the_limit_get_413_whether_or_not_they_declare_a_length(bool sendLength)
    {
        var bot = new EchoBot();
        var (status, _, _) = await new HttpTurn(maxBodyBytes: 1024).PostAsync(bot, HttpTurn.Message(new string('x', 2000)), sendLength: sendLength);

        Assert.Equal(413, status);
        Assert.Equal(0, bot.Turns);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"\"}")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"yesterday\"}")]
    [InlineData("{\"type\":\"message\",\"from\":42}")]
    [InlineData("")]
    public async Task Bodies_that_are_not_activities_get_400(string body)
    {
        var bot = new EchoBot();
        var (status, _, _) = await new HttpTurn().PostAsync(bot, body);

        Assert.Equal(400, status);
        Assert.Equal(0, bot.Turns);
    }

    [Fact]
    public async Task Deeply_nested_json_gets_400_not_a_crash()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 500)) + "1" + new string('}', 500);
        var body = HttpTurn.Message("hi").Replace("\"text\":\"hi\"", "\"value\":" + deep, StringComparison.Ordinal);

        var (status, _, _) = await new HttpTurn().PostAsync(new EchoBot(), body);

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task An_activity_without_a_conversation_gets_400()
    {
        var (status, _, _) = await new HttpTurn().PostAsync(new EchoBot(), "{\"type\":\"message\",\"channelId\":\"webchat\",\"text\":\"hi\"}");

        Assert.Equal(400, status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("bearer abc")]
    [InlineData("Bearer")]
    [InlineData("Bearer a b")]
    public async Task With_an_app_id_configured_a_request_without_a_bearer_token_gets_401_and_runs_no_turn(string? authorization)
    {
        var bot = new EchoBot();
        var (status, _, _) = await new HttpTurn(appId: "00000000-0000-0000-0000-000000000001").PostAsync(bot, HttpTurn.Message("hi"), authorization: authorization);

        Assert.Equal(401, status);
        Assert.Equal(0, bot.Turns);
    }

    [Fact]
    public async Task Without_an_app_id_requests_run_anonymously()
    {
        var bot = new EchoBot();
        var (status, _, _) = await new HttpTurn().PostAsync(bot, HttpTurn.Message("hi"));

        Assert.Equal(200, status);
        Assert.Equal(1, bot.Turns);
    }
}
