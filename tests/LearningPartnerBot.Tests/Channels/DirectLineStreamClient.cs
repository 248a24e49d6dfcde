using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Schema;
using Microsoft.AspNetCore.TestHost;

namespace LearningPartnerBot.Tests.Channels;

/// <summary>A conversation's streamUrl opened as directlinejs opens it: a WebSocket, no Authorization header.</summary>
internal sealed class DirectLineStreamClient : IAsyncDisposable
{
    // Only guards against a hang when a frame never comes; no test asserts how fast frames arrive.
    private static readonly TimeSpan ReceiveLimit = TimeSpan.FromSeconds(30);

    private readonly WebSocket _socket;

    private DirectLineStreamClient(WebSocket socket) => _socket = socket;

    public static async Task<DirectLineStreamClient> ConnectAsync(TestServer server, string streamUrl) =>
        new(await server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), CancellationToken.None));

    /// <summary>The next message's text: an ActivitySet's JSON, or empty for a keep-alive.</summary>
    public async Task<string> ReceiveTextAsync()
    {
        using var limit = new CancellationTokenSource(ReceiveLimit);
        var buffer = new byte[16 * 1024];
        var text = new StringBuilder();
        WebSocketReceiveResult received;
        do
        {
            received = await _socket.ReceiveAsync(buffer, limit.Token);
            Assert.Equal(WebSocketMessageType.Text, received.MessageType);
            text.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
        }
        while (!received.EndOfMessage);
        return text.ToString();
    }

    /// <summary>The next ActivitySet, skipping keep-alives.</summary>
    public async Task<(List<Activity> Activities, string Watermark)> ReceiveSetAsync()
    {
        string text;
        do
        {
            text = await ReceiveTextAsync();
        }
        while (text.Length == 0);

        var set = JsonNode.Parse(text)!.AsObject();
        var activities = set["activities"]!.AsArray().Select(a => a.Deserialize<Activity>(BotJson.Options)!).ToList();
        return (activities, (string)set["watermark"]!);
    }

    /// <summary>Activities from the stream until one matches, with everything that came before it.</summary>
    public async Task<List<Activity>> ReceiveUntilAsync(Func<Activity, bool> last)
    {
        var seen = new List<Activity>();
        while (!seen.Any(last))
        {
            seen.AddRange((await ReceiveSetAsync()).Activities);
        }

        return seen;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var limit = new CancellationTokenSource(ReceiveLimit);
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, limit.Token);
        }

        _socket.Dispose();
    }
}
