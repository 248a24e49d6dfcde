using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Schema;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartnerBot.Tests.Channels;

/// <summary>What Web Chat sees over the Direct Line WebSocket stream (webSocket: true, its default).</summary>
public sealed class DirectLineStreamTests(BotApplicationFactory factory) : IClassFixture<BotApplicationFactory>
{
    private static readonly BotStrings Dutch = BotStrings.Get(CultureInfo.GetCultureInfo("nl"));

    [Fact]
    public async Task The_stream_pushes_the_welcome_then_the_users_echo_and_the_bots_answer()
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient(), "nl-NL");
        await using var stream = await DirectLineStreamClient.ConnectAsync(factory.Server, client.StreamUrl!);

        var (welcome, firstWatermark) = await stream.ReceiveSetAsync();
        using var posted = await client.PostMessageAsync("hallo", "nl-NL", clientActivityId: "ws-7");
        var later = await stream.ReceiveUntilAsync(a => a.Text == Dutch.SmallTalkGreeting);

        Assert.Equal(ContentTypes.AdaptiveCard, Assert.Single(Assert.Single(welcome).Attachments!).ContentType);
        var postedId = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        var echo = later[0];
        Assert.Equal(postedId, echo.Id);
        Assert.Equal("ws-7", ClientActivityId(echo));
        Assert.Equal(RoleTypes.User, echo.From?.Role);
        Assert.Equal(RoleTypes.Bot, later[^1].From?.Role);
        Assert.Equal("1", firstWatermark);
    }

    [Fact]
    public async Task Reconnecting_with_a_watermark_resumes_after_it()
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient(), "nl-NL");
        (await client.PostMessageAsync("hallo", "nl-NL", clientActivityId: "before-drop")).Dispose();
        var (_, watermark) = await client.GetActivitiesAsync();
        (await client.PostMessageAsync("hoi", "nl-NL", clientActivityId: "while-away")).Dispose();

        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}?watermark={watermark}");
        var streamUrl = (string)(await reconnect.Content.ReadFromJsonAsync<JsonObject>())!["streamUrl"]!;
        await using var stream = await DirectLineStreamClient.ConnectAsync(factory.Server, streamUrl);
        var (missed, _) = await stream.ReceiveSetAsync();

        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        Assert.Equal("while-away", ClientActivityId(missed[0]));
        Assert.DoesNotContain(missed, a => ClientActivityId(a) == "before-drop");
        Assert.All(missed.Skip(1), a => Assert.Equal(RoleTypes.Bot, a.From?.Role));
    }

    [Fact]
    public async Task An_idle_stream_gets_empty_keep_alive_messages()
    {
        using var host = factory.WithWebHostBuilder(b => b.UseSetting("DirectLine:StreamKeepAliveInterval", "00:00:00.050"));
        var client = await DirectLineTestClient.StartAsync(host.CreateClient());
        await using var stream = await DirectLineStreamClient.ConnectAsync(host.Server, client.StreamUrl!);
        await stream.ReceiveSetAsync();

        var idle = await stream.ReceiveTextAsync();

        Assert.Equal(string.Empty, idle);
    }

    [Fact]
    public async Task A_forged_stream_token_is_refused()
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient());
        var forged = client.StreamUrl!.Replace("?t=", "?t=x", StringComparison.Ordinal);

        await AssertRefusedAsync(factory.Server, forged, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Another_conversations_stream_token_and_a_conversation_token_are_refused()
    {
        var mine = await DirectLineTestClient.StartAsync(factory.CreateClient());
        var theirs = await DirectLineTestClient.StartAsync(factory.CreateClient());
        var mineToken = StreamToken(mine.StreamUrl!);

        await AssertRefusedAsync(factory.Server, theirs.StreamUrl!.Replace(StreamToken(theirs.StreamUrl!), mineToken, StringComparison.Ordinal), HttpStatusCode.Forbidden);
        await AssertRefusedAsync(factory.Server, mine.StreamUrl!.Replace(mineToken, mine.Token, StringComparison.Ordinal), HttpStatusCode.Forbidden);
        await AssertRefusedAsync(factory.Server, mine.StreamUrl![..mine.StreamUrl!.IndexOf('?', StringComparison.Ordinal)], HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_expired_stream_url_is_refused_and_a_reconnect_gives_a_fresh_one()
    {
        var clock = new MovableClock();
        using var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var client = await DirectLineTestClient.StartAsync(host.CreateClient());

        clock.Advance(TimeSpan.FromMinutes(2));
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}");
        var fresh = (string)(await reconnect.Content.ReadFromJsonAsync<JsonObject>())!["streamUrl"]!;

        await AssertRefusedAsync(host.Server, client.StreamUrl!, HttpStatusCode.Forbidden);
        await using var stream = await DirectLineStreamClient.ConnectAsync(host.Server, fresh);
        Assert.NotEmpty((await stream.ReceiveSetAsync()).Activities);
    }

    [Fact]
    public async Task Only_started_conversations_have_a_stream_url()
    {
        var client = new DirectLineTestClient(factory.CreateClient());
        using var generate = await factory.CreateClient().PostAsJsonAsync("/v3/directline/tokens/generate", new JsonObject());

        var generated = (await generate.Content.ReadFromJsonAsync<JsonObject>())!;
        client.Token = (string)generated["token"]!;
        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");

        Assert.False(generated.ContainsKey("streamUrl"));
        Assert.False((await refresh.Content.ReadFromJsonAsync<JsonObject>())!.ContainsKey("streamUrl"));
    }

    private static async Task AssertRefusedAsync(TestServer server, string streamUrl, HttpStatusCode status)
    {
        // The test server's client reports a handshake answered without 101 as an exception naming the status.
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => DirectLineStreamClient.ConnectAsync(server, streamUrl));
        Assert.Contains(((int)status).ToString(CultureInfo.InvariantCulture), refused.Message, StringComparison.Ordinal);
    }

    private static string StreamToken(string streamUrl) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(streamUrl).Query)["t"].ToString();

    private static string? ClientActivityId(Activity activity) =>
        activity.ChannelData is JsonElement { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("clientActivityID", out var id) ? id.GetString() : null;
}
