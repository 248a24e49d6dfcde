using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace BotKit.Tests.Hosting.Outbound;

/// <summary>Entra ID's token endpoint as MSAL sees it: hands out "access-token-1", "-2"… valid for an hour.</summary>
internal sealed class FakeTokenEndpoint : HttpMessageHandler
{
    public ConcurrentQueue<(Uri Url, Dictionary<string, string> Form)> Requests { get; } = new();

    /// <summary>When set, the endpoint refuses with this AADSTS error instead of issuing a token.</summary>
    public string? RefuseWith { get; set; }

    public static string TokenNumber(int n) => $"access-token-{n}-eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var form = body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(kv => Uri.UnescapeDataString(kv[0]), kv => Uri.UnescapeDataString(kv.Length > 1 ? kv[1].Replace('+', ' ') : string.Empty));
        foreach (var query in request.RequestUri!.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = query.Split('=', 2);
            form.TryAdd(Uri.UnescapeDataString(kv[0]), Uri.UnescapeDataString(kv.Length > 1 ? kv[1] : string.Empty));
        }

        Requests.Enqueue((request.RequestUri!, form));
        if (RefuseWith is { } error)
        {
            return Json(HttpStatusCode.Unauthorized, $$"""{"error":"invalid_client","error_description":"{{error}}: Invalid client secret provided.","error_codes":[7000215]}""");
        }

        var token = TokenNumber(Requests.Count);
        var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();

        // Managed identity endpoints answer with expires_on; the v2 token endpoint with expires_in.
        return Json(HttpStatusCode.OK, $$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"expires_on":"{{expiresOn}}","resource":"https://api.botframework.com","access_token":"{{token}}"}""");
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
