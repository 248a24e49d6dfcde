using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LearningPartnerBot.EndToEnd;

/// <summary>
/// The M365 Agents Playground (npm @microsoft/m365agentsplayground) as a child process, headless
/// (TEAMSAPPTESTER_BROWSER=none), acting as the connector of the bot at <c>botMessagesUrl</c>. A test talks to it
/// the way its own web UI does: messages in through <c>/_conversation/v1</c>, the bot's answers out of the
/// <c>/_ws_conversation/v1</c> WebSocket.
/// </summary>
internal sealed partial class AgentsPlayground : IAsyncDisposable
{
    /// <summary>Only guards against a hang when something never comes; no test asserts how fast anything is.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly string _workDirectory;
    private readonly HttpClient _http;
    private readonly ClientWebSocket _stream = new();

    private AgentsPlayground(Process process, string workDirectory, Uri address)
    {
        _process = process;
        _workDirectory = workDirectory;
        _http = new HttpClient { BaseAddress = address, Timeout = Limit };
    }

    public static async Task<AgentsPlayground> StartAsync(Uri botMessagesUrl, string channelId, string deliveryMode)
    {
        var cli = CliPath();
        var workDirectory = Directory.CreateTempSubdirectory("lpb-agents-playground-").FullName;
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { cli, "-e", botMessagesUrl.ToString(), "-p", "0", "-c", channelId, "--delivery-mode", deliveryMode, "--disable-telemetry" },
        };
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var port = await ListeningPortAsync(process);
        var playground = new AgentsPlayground(process, workDirectory, new Uri($"http://127.0.0.1:{port}/"));
        await playground._stream.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/_ws_conversation/v1/conversations/stream"), CancellationToken.None);
        return playground;
    }

    /// <summary>Sends <paramref name="text"/> from the playground's signed-in user in its personal chat with the bot.</summary>
    public async Task SayAsync(string text)
    {
        var config = (await _http.GetFromJsonAsync<JsonObject>("_internal/v1/config"))!["config"]!;
        var chat = (string)config["personalChat"]!["id"]!;
        var body = new JsonObject { ["from"] = new JsonObject { ["id"] = (string)config["currentUser"]!["id"]! }, ["text"] = text, ["textFormat"] = "plain" };
        using var response = await _http.PostAsJsonAsync($"_conversation/v1/conversations/{chat}/messages", body);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Sends <paramref name="text"/> from the signed-in user in the playground's group chat, @mentioning the bot the way
    /// the playground's compose box does (a "mentions" list); the playground passes only such messages to the bot, as
    /// <c>&lt;at&gt;name&lt;/at&gt;</c> in the text with a mention entity, as Teams does.
    /// </summary>
    public async Task SayInGroupChatAsync(string text)
    {
        var config = (await _http.GetFromJsonAsync<JsonObject>("_internal/v1/config"))!["config"]!;
        var chat = (string)config["groupChats"]![0]!["id"]!;
        var bot = config["bot"]!;
        var mention = $"<at>{(string)bot["name"]!}</at>";
        var body = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = (string)config["currentUser"]!["id"]! },
            ["text"] = mention + " " + text,
            ["textFormat"] = "plain",
            ["mentions"] = new JsonArray(new JsonObject
            {
                ["text"] = mention,
                ["mentioned"] = new JsonObject { ["id"] = (string)bot["id"]!, ["name"] = (string)bot["name"]! },
            }),
        };
        using var response = await _http.PostAsJsonAsync($"_conversation/v1/conversations/{chat}/messages", body);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// The messages the playground shows (text and attachments, as its web UI gets them), until one satisfies
    /// <paramref name="last"/>.
    /// </summary>
    public async Task<List<JsonNode>> ReadBotMessagesUntilAsync(Func<JsonNode, bool> last)
    {
        var messages = new List<JsonNode>();
        using var limit = new CancellationTokenSource(Limit);
        while (!messages.Any(last))
        {
            var frame = JsonNode.Parse(await ReceiveAsync(limit.Token))!;
            if ((string?)frame["action"] == "createMessage" && frame["message"] is { } message)
            {
                messages.Add(message.DeepClone());
            }
        }

        return messages;
    }

    private async Task<string> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        var text = new StringBuilder();
        WebSocketReceiveResult received;
        do
        {
            received = await _stream.ReceiveAsync(buffer, cancellationToken);
            text.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
        }
        while (!received.EndOfMessage);
        return text.ToString();
    }

    private static string CliPath()
    {
        var metadata = typeof(AgentsPlayground).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value);
        var cli = metadata["AgentsPlaygroundCli"]!;
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException(
                $"The M365 Agents Playground is not installed at {cli}. The build installs @microsoft/m365agentsplayground@"
                + $"{metadata["AgentsPlaygroundVersion"]} there with npm; that failed (no Node.js/npm, or no registry). "
                + "Install Node.js with npm and build tests/LearningPartnerBot.EndToEnd again.");
        }

        return cli;
    }

    /// <summary>Port 0 makes it choose a free port, which it prints; it may take the default port's fallback too.</summary>
    private static async Task<int> ListeningPortAsync(Process process)
    {
        using var limit = new CancellationTokenSource(Limit);
        var seen = new StringBuilder();
        while (await process.StandardOutput.ReadLineAsync(limit.Token) is { } line)
        {
            seen.AppendLine(line);
            if (ListeningOn().Match(line) is { Success: true } match)
            {
                // Keep reading its output, so a full pipe never blocks it.
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
                return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"The Agents Playground exited before listening: {seen}{await process.StandardError.ReadToEndAsync(CancellationToken.None)}");
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningOn();

    public async ValueTask DisposeAsync()
    {
        _stream.Abort();
        _stream.Dispose();
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_workDirectory, recursive: true);
    }
}
