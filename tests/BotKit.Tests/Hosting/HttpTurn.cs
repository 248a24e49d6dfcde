using System.Text;
using System.Text.Json.Nodes;
using BotKit.Auth;
using BotKit.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BotKit.Tests.Hosting;

/// <summary>Runs one request through a CloudAdapter without a server and captures the HTTP answer.</summary>
internal sealed class HttpTurn
{
    public HttpTurn(string? appId = null, int maxBodyBytes = 256 * 1024)
    {
        var auth = new ConfigurationChannelAuthenticator(
            Options.Create(new BotFrameworkAuthenticationOptions { MicrosoftAppId = appId }),
            NullLogger<ConfigurationChannelAuthenticator>.Instance);
        Adapter = new CloudAdapter(auth, Connector, Options.Create(new BotKitOptions { MaxRequestBodyBytes = maxBodyBytes }), NullLogger<CloudAdapter>.Instance);
    }

    public FakeConnector Connector { get; } = new();

    public CloudAdapter Adapter { get; }

    /// <summary>The request's services, as the host would provide them (e.g. an <see cref="IActivityRateLimiter"/>).</summary>
    public IServiceProvider? RequestServices { get; set; }

    public async Task<(int Status, string Body, IHeaderDictionary Headers)> PostAsync(
        IBot bot, string body, string method = "POST", string? contentType = "application/json", string? authorization = null, bool sendLength = true)
    {
        var context = new DefaultHttpContext { RequestServices = RequestServices! };
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Request.Method = method;
        context.Request.ContentType = contentType;
        context.Request.Body = new MemoryStream(bytes);
        if (sendLength)
        {
            context.Request.ContentLength = bytes.Length;
        }

        if (authorization is not null)
        {
            context.Request.Headers.Authorization = authorization;
        }

        var responseBody = new MemoryStream();
        context.Response.Body = responseBody;
        await Adapter.ProcessAsync(context.Request, context.Response, bot);
        return (context.Response.StatusCode, Encoding.UTF8.GetString(responseBody.ToArray()), context.Response.Headers);
    }

    public static string Message(string text, string? deliveryMode = null, string type = "message", string? name = null, string channelId = "webchat", string serviceUrl = "https://channel.example/")
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "act-1",
            ["channelId"] = channelId,
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Ayşe" },
            ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "LearningPartnerBot" },
            ["conversation"] = new JsonObject { ["id"] = "conv-1" },
            ["locale"] = "tr-TR",
            ["text"] = text,
        };
        if (deliveryMode is not null)
        {
            activity["deliveryMode"] = deliveryMode;
        }

        if (name is not null)
        {
            activity["name"] = name;
        }

        return activity.ToJsonString();
    }
}
