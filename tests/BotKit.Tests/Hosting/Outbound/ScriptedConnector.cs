using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace BotKit.Tests.Hosting.Outbound;

/// <summary>A channel's Connector API that answers from a script (then 200 {"id"}), recording every attempt.</summary>
internal sealed class ScriptedConnector : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpResponseMessage>> _script = new();

    public ConcurrentQueue<(HttpMethod Method, string Path, string? Authorization, HttpStatusCode Answer)> Attempts { get; } = new();

    public int Delivered => Attempts.Count(a => a.Answer == HttpStatusCode.OK);

    public ScriptedConnector Then(HttpStatusCode status, Action<HttpResponseMessage>? configure = null)
    {
        _script.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status)
            {
                Content = new StringContent("""{"error":{"code":"Scripted","message":"scripted failure"}}""", Encoding.UTF8, "application/json"),
            };
            configure?.Invoke(response);
            return response;
        });
        return this;
    }

    public ScriptedConnector Always(HttpStatusCode status, int times)
    {
        for (var i = 0; i < times; i++)
        {
            Then(status);
        }

        return this;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = _script.TryDequeue(out var next)
            ? next()
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"id":"delivered-1"}""", Encoding.UTF8, "application/json") };
        Attempts.Enqueue((request.Method, request.RequestUri!.AbsolutePath, request.Headers.Authorization?.ToString(), response.StatusCode));
        return Task.FromResult(response);
    }
}
