using Microsoft.AspNetCore.Http;

namespace BotKit.Hosting;

/// <summary>Turns one HTTP request to the messaging endpoint into one bot turn and writes the HTTP answer.</summary>
public interface IBotFrameworkHttpAdapter
{
    Task ProcessAsync(HttpRequest httpRequest, HttpResponse httpResponse, IBot bot, CancellationToken cancellationToken = default);
}
