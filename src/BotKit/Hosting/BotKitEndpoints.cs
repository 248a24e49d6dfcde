using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BotKit.Hosting;

public static class BotKitEndpoints
{
    /// <summary>
    /// Maps the messaging endpoint for every verb, so that anything but POST gets the protocol's 405 rather than a 404.
    /// Throws when the endpoint would be anonymous where that is not allowed (see <see cref="AnonymousEndpointGuard"/>).
    /// </summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        AnonymousEndpointGuard.Check(endpoints.ServiceProvider, pattern);

        return endpoints.Map(pattern, (HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted));
    }
}
