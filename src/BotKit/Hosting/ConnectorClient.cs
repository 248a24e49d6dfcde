using System.Net.Http.Headers;
using System.Net.Http.Json;
using BotKit.Schema;

namespace BotKit.Hosting;

/// <summary>The channel's Connector REST API (v3) as the bot uses it: send, reply, update, delete.</summary>
public interface IConnectorClient
{
    Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken = default);
}

public interface IConnectorClientFactory
{
    IConnectorClient Create(string serviceUrl);
}

/// <summary>Supplies the bearer token for calls to the channel; null means no Authorization header (anonymous bot).</summary>
public interface IConnectorCredentials
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken = default);
}

public sealed class AnonymousConnectorCredentials : IConnectorCredentials
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
}

public sealed class ConnectorClientFactory(IHttpClientFactory httpClientFactory, IConnectorCredentials credentials) : IConnectorClientFactory
{
    public const string HttpClientName = "BotKit.Connector";

    public IConnectorClient Create(string serviceUrl) =>
        new ConnectorClient(httpClientFactory.CreateClient(HttpClientName), new Uri(serviceUrl.TrimEnd('/') + "/"), credentials);
}

public sealed class ConnectorClient(HttpClient http, Uri serviceUrl, IConnectorCredentials credentials) : IConnectorClient
{
    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"v3/conversations/{Escape(ConversationIdOf(activity))}/activities", activity, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"v3/conversations/{Escape(ConversationIdOf(activity))}/activities/{Escape(activity.ReplyToId!)}", activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, $"v3/conversations/{Escape(ConversationIdOf(activity))}/activities/{Escape(activity.Id!)}", activity, cancellationToken);

    public async Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        using var request = await CreateRequestAsync(HttpMethod.Delete, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", null, cancellationToken);
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    private async Task<ResourceResponse> SendAsync(HttpMethod method, string path, Activity activity, CancellationToken cancellationToken)
    {
        using var request = await CreateRequestAsync(method, path, activity, cancellationToken);
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        if (response.Content.Headers.ContentLength == 0)
        {
            return new ResourceResponse();
        }

        return await response.Content.ReadFromJsonAsync<ResourceResponse>(BotJson.Options, cancellationToken) ?? new ResourceResponse();
    }

    private async Task<HttpRequestMessage> CreateRequestAsync(HttpMethod method, string path, Activity? body, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, new Uri(serviceUrl, path));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: BotJson.Options);
        }

        if (await credentials.GetTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var error = await response.Content.ReadAsStringAsync(cancellationToken);
        throw new ConnectorException((int)response.StatusCode, $"The channel answered {(int)response.StatusCode} {response.ReasonPhrase}: {error}");
    }

    private static string ConversationIdOf(Activity activity) =>
        activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation.id.");

    // Teams conversation ids contain ':' and ';', which must not be read as path syntax.
    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}

public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(int statusCode, string message)
        : base(message) => StatusCode = statusCode;

    public int StatusCode { get; }
}
