using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using BotKit.Schema;

namespace LearningPartnerBot.Load;

/// <summary>
/// The yardstick: a minimal Kestrel API that does the least any bot must do per turn (parse the activity with the
/// bot's JSON options, answer one reply as ExpectedReplies) and nothing else. Its throughput under the same driver
/// is the ceiling this machine allows, so the bot's throughput is reported as a share of it.
/// </summary>
internal static class BareEndpoint
{
    public const string CommandName = "bare-endpoint";

    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.MapGet("/healthz", () => "Healthy");
        app.MapPost("/api/messages", async (HttpContext http) =>
        {
            var activity = await JsonSerializer.DeserializeAsync<Activity>(http.Request.Body, BotJson.Options, http.RequestAborted);
            if (activity is null)
            {
                return Results.BadRequest();
            }

            var reply = activity.CreateReply("You asked: " + activity.Text);
            http.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(http.Response.Body, new ExpectedReplies([reply]), BotJson.Options, http.RequestAborted);
            return Results.Empty;
        });
        await app.RunAsync();
    }
}
