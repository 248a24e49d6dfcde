using System.Net;
using System.Net.Http.Json;

namespace LearningPartnerBot.Tests.Hosting;

public sealed class AuthenticationConfigurationTests
{
    [Fact]
    public async Task With_a_MicrosoftAppId_configured_an_unauthenticated_request_gets_401()
    {
        using var factory = new BotApplicationFactory { MicrosoftAppId = "11111111-2222-3333-4444-555555555555" };

        var response = await factory.CreateClient().PostAsJsonAsync("/api/messages", WebChatActivities.Message("conv-auth", "hi"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
