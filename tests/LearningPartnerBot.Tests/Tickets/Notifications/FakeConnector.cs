using System.Collections.Concurrent;
using BotKit.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LearningPartnerBot.Tests.Tickets.Notifications;

/// <summary>
/// A channel's Connector API on loopback: captures the activities posted to a conversation, and answers 403 for
/// conversations whose user blocked the bot.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeConnector(WebApplication app) => _app = app;

    public ConcurrentQueue<(string ConversationId, Activity Activity)> Received { get; } = new();

    public ConcurrentDictionary<string, bool> Blocked { get; } = new();

    /// <summary>Every request that reached the connector, delivered or refused.</summary>
    public int Requests => _requests;

    private int _requests;

    public string ServiceUrl => _app.Urls.First() + "/";

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities", async (string conversationId, HttpRequest request) =>
        {
            Interlocked.Increment(ref connector._requests);
            if (connector.Blocked.ContainsKey(conversationId))
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            var activity = BotJson.Deserialize<Activity>(await new StreamReader(request.Body).ReadToEndAsync())!;
            connector.Received.Enqueue((conversationId, activity));
            return Results.Json(new { id = "sent-" + connector.Received.Count });
        });
        await app.StartAsync();
        return connector;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
