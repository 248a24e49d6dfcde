using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LearningPartnerBot.Tests.Tickets.Notifications;

/// <summary>A webhook on loopback that answers 503 to its first requests (an outage), then accepts.</summary>
internal sealed class FlakyWebhookServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private FlakyWebhookServer(WebApplication app) => _app = app;

    public int FailFirst { get; set; }

    public int Requests => _requests;

    /// <summary>Every body the webhook accepted (answered 2xx), in order.</summary>
    public ConcurrentQueue<JsonNode> Accepted { get; } = new();

    public Uri Url => new(_app.Urls.First() + "/hook");

    public static async Task<FlakyWebhookServer> StartAsync(int failFirst)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FlakyWebhookServer(app) { FailFirst = failFirst };
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            if (Interlocked.Increment(ref server._requests) <= server.FailFirst)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            server.Accepted.Enqueue(JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync())!);
            return Results.Accepted();
        });
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
