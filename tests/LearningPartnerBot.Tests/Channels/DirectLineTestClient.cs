using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Schema;

namespace LearningPartnerBot.Tests.Channels;

/// <summary>Calls /v3/directline as directlinejs does: a token from tokens/generate, then Bearer on every call.</summary>
internal sealed class DirectLineTestClient(HttpClient http)
{
    public string Token { get; set; } = string.Empty;

    public string ConversationId { get; private set; } = string.Empty;

    /// <summary>The streamUrl the conversation's start returned.</summary>
    public string? StreamUrl { get; private set; }

    public HttpClient Http => http;

    public static async Task<DirectLineTestClient> StartAsync(HttpClient http, string locale = "en-US", string? userId = null)
    {
        var client = new DirectLineTestClient(http);
        await client.GenerateAsync(userId);
        using var start = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", new JsonObject { ["locale"] = locale });
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        client.StreamUrl = (string?)(await start.Content.ReadFromJsonAsync<JsonObject>())!["streamUrl"];
        return client;
    }

    public async Task GenerateAsync(string? userId = null)
    {
        var body = userId is null ? new JsonObject() : new JsonObject { ["user"] = new JsonObject { ["id"] = userId } };
        using var response = await http.PostAsJsonAsync("/v3/directline/tokens/generate", body);
        response.EnsureSuccessStatusCode();
        var conversation = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Token = (string)conversation["token"]!;
        ConversationId = (string)conversation["conversationId"]!;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonNode? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostMessageAsync(string text, string locale = "en-US", string clientActivityId = "client-1", JsonObject? from = null) =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["locale"] = locale,
            ["textFormat"] = "plain",
            ["from"] = from ?? new JsonObject { ["id"] = "r_webchat-user", ["role"] = "user" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
        });

    public async Task<(List<Activity> Activities, string Watermark)> GetActivitiesAsync(string? watermark = null)
    {
        var query = watermark is null ? string.Empty : "?watermark=" + watermark;
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var set = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var activities = set["activities"]!.AsArray().Select(a => a.Deserialize<Activity>(BotJson.Options)!).ToList();
        return (activities, (string)set["watermark"]!);
    }
}
