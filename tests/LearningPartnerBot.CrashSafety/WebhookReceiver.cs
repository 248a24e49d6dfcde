using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace LearningPartnerBot.CrashSafety;

/// <summary>
/// Stands in for the staff's Teams webhook. A ticket announced here proves its outbox row was written with it; it
/// outlives the bot's restarts, so announcements sent by any of the bot's lives are counted.
/// </summary>
internal sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, int> _announced = new(StringComparer.Ordinal);

    private WebhookReceiver(int port)
    {
        Url = new Uri($"http://127.0.0.1:{port}/staff-webhook/");
        _listener.Prefixes.Add(Url.ToString());
    }

    public Uri Url { get; }

    /// <summary>How many times each ticket reference was announced.</summary>
    public IReadOnlyDictionary<string, int> Announced => _announced;

    public static WebhookReceiver Start()
    {
        var receiver = new WebhookReceiver(FreePort.Next());
        receiver._listener.Start();
        _ = Task.Run(receiver.ServeAsync);
        return receiver;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using (var reader = new StreamReader(context.Request.InputStream))
            {
                var body = await reader.ReadToEndAsync();
                foreach (var reference in ReplyReader.References(body).Distinct(StringComparer.Ordinal))
                {
                    _announced.AddOrUpdate(reference, 1, (_, count) => count + 1);
                }
            }

            context.Response.StatusCode = (int)HttpStatusCode.OK;
            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}

/// <summary>A loopback port nobody listens on right now.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
