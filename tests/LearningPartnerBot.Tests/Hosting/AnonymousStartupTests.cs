using System.Net;
using System.Net.Http.Json;
using LearningPartnerBot.Channels.DirectLine;

namespace LearningPartnerBot.Tests.Hosting;

/// <summary>
/// A deployment that forgets MicrosoftAppId must not become an open bot: outside Development it refuses to start
/// unless BotKit:AllowAnonymous says the anonymous endpoint is meant, and even then the Direct Line endpoint (which
/// hands tokens to anyone) stays off unless it is switched on explicitly.
/// </summary>
public sealed class AnonymousStartupTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Without_an_app_id_outside_development_the_bot_refuses_to_start(string environment)
    {
        using var factory = new BotApplicationFactory { Environment = environment };

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("BotKit:AllowAnonymous", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allowing_anonymous_access_explicitly_starts_the_bot_and_answers_without_a_token()
    {
        using var factory = new BotApplicationFactory { Environment = "Production", AllowAnonymous = true };

        var response = await factory.CreateClient().PostAsJsonAsync("/api/messages", WebChatActivities.Message("conv-anon", "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Outside_development_direct_line_is_off_unless_switched_on()
    {
        using var factory = new BotApplicationFactory { Environment = "Production", AllowAnonymous = true };

        var response = await factory.CreateClient().PostAsync(DirectLineEndpoints.BasePath + "/tokens/generate", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task In_development_without_an_app_id_direct_line_is_on_for_the_playground()
    {
        using var factory = new BotApplicationFactory();

        var response = await factory.CreateClient().PostAsync(DirectLineEndpoints.BasePath + "/tokens/generate", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Flatten(Exception error) =>
        string.Join(" | ", Enumerable.Repeat(error, 1).Concat(error is AggregateException a ? a.Flatten().InnerExceptions : []).Select(e => e.ToString()));
}
