using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using BotKit.Schema;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Channels.DirectLine;

/// <summary>
/// The WebSocket behind a conversation's <c>streamUrl</c>, as Direct Line 3.0 streams: every activity of the
/// transcript (the user's own echoed ones included) is pushed as an ActivitySet <c>{activities, watermark}</c> as soon
/// as it is appended, an idle socket gets an empty message now and then, and what the client sends is ignored. A
/// streamUrl carries the watermark it resumes from, so a client reconnecting after a drop gets what it missed.
/// </summary>
public static class DirectLineStream
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The conversation's streamUrl: pre-authorized by a stream token in <c>t</c> (clients send no header on a
    /// WebSocket), on the same host and scheme the client used to reach us.
    /// </summary>
    public static string UrlFor(HttpRequest request, DirectLineConversation conversation, DirectLineTokenIssuer tokens, long? watermark)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(tokens);
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}{DirectLineEndpoints.BasePath}/conversations/{Uri.EscapeDataString(conversation.Id)}/stream?t={tokens.IssueStream(conversation.Id)}";
        return watermark is { } mark ? url + "&watermark=" + mark.ToString(CultureInfo.InvariantCulture) : url;
    }

    public static async Task<IResult> HandleAsync(
        HttpContext context, string conversationId, string? t, string? watermark,
        DirectLineTokenIssuer tokens, DirectLineConversationStore store, IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineEndpoints.Error(StatusCodes.Status400BadRequest, "BadArgument", "The stream is a WebSocket: open it with an Upgrade request.");
        }

        if (string.IsNullOrEmpty(t))
        {
            return DirectLineEndpoints.Error(StatusCodes.Status401Unauthorized, "BadArgument", "The stream URL's token (t) is missing.");
        }

        if (tokens.ValidateStream(t) is not { } grant || grant.ConversationId != conversationId)
        {
            return DirectLineEndpoints.Error(StatusCodes.Status403Forbidden, "TokenInvalid", "The stream token is invalid, expired or not for this conversation.");
        }

        if (store.Find(conversationId) is not { Started: true } conversation)
        {
            return DirectLineEndpoints.Error(StatusCodes.Status404NotFound, "BadArgument", "The conversation has ended.");
        }

        if (!DirectLineConversation.TryParseWatermark(watermark, out var resumeAfter))
        {
            return DirectLineEndpoints.Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark is not one this service issued.");
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        var receiving = IgnoreIncomingUntilClosedAsync(socket, closed);
        try
        {
            await PushAsync(socket, conversation, resumeAfter, options.Value.StreamKeepAliveInterval, clock, closed.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client went away; there is nobody left to tell.
        }

        await CloseAsync(socket);
        await closed.CancelAsync();
        await receiving;
        return Results.Empty;
    }

    private static async Task PushAsync(WebSocket socket, DirectLineConversation conversation, long? watermark, TimeSpan keepAlive, TimeProvider clock, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            // Taken before reading, so an activity appended while this set is sent wakes the loop at once.
            var appended = conversation.NextAppend;
            var (activities, last) = conversation.After(watermark);
            if (activities.Count > 0)
            {
                var set = new DirectLineActivitySet(activities, last.ToString(CultureInfo.InvariantCulture));
                await socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(set, BotJson.Options), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                watermark = last;
            }

            var idle = Task.Delay(keepAlive, clock, cancellationToken);
            if (await Task.WhenAny(appended, idle) == idle)
            {
                await idle;
                await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
        }
    }

    /// <summary>Clients send empty messages as pings; reading them is what notices the client closing the socket.</summary>
    private static async Task IgnoreIncomingUntilClosedAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (!closed.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer, closed.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closed or aborted either way.
        }

        await closed.CancelAsync();
    }

    private static async Task CloseAsync(WebSocket socket)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // A client that does not finish the close handshake is dropped.
        }
    }
}
