using System.Net;
using LearningPartnerBot.Tests.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartnerBot.Tests.Channels;

/// <summary>Who may read and write a Direct Line conversation: only the holder of its own, unexpired token.</summary>
public sealed class DirectLineTokenTests(BotApplicationFactory factory) : IClassFixture<BotApplicationFactory>
{
    [Theory]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJjb252IjoiYWJjIiwiZXhwIjo5OTk5OTk5OTk5fQ.")]
    public async Task A_bad_token_gets_403(string token)
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient());
        client.Token = token;

        using var get = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities");
        using var post = await client.PostMessageAsync("hello");

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task A_token_whose_claims_were_edited_gets_403()
    {
        var client = await DirectLineTestClient.StartAsync(factory.CreateClient());
        var parts = client.Token.Split('.');
        var other = await DirectLineTestClient.StartAsync(factory.CreateClient());
        client.Token = string.Join('.', parts[0], other.Token.Split('.')[1], parts[2]);

        using var get = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{other.ConversationId}/activities");

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
    }

    [Fact]
    public async Task A_token_for_another_conversation_gets_403()
    {
        var mine = await DirectLineTestClient.StartAsync(factory.CreateClient());
        var theirs = await DirectLineTestClient.StartAsync(factory.CreateClient());
        (await theirs.PostMessageAsync("my private question")).Dispose();

        using var read = await mine.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}/activities");
        using var reconnect = await mine.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}");

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
    }

    [Fact]
    public async Task No_token_at_all_gets_401()
    {
        var http = factory.CreateClient();

        using var response = await http.PostAsync(new Uri("/v3/directline/conversations", UriKind.Relative), content: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_gets_403_and_cannot_be_refreshed()
    {
        var clock = new MovableClock();
        using var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var client = await DirectLineTestClient.StartAsync(host.CreateClient());
        using var fresh = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities");

        clock.Advance(TimeSpan.FromMinutes(31));
        using var get = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities");
        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }
}
