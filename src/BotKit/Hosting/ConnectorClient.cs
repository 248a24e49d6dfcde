using BotKit.Auth;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BotKit.Schema;
using Polly;

namespace BotKit.Hosting;

/// <summary>
/// Calls one channel's Connector API. The bot's token goes only to a serviceUrl <see cref="TrustedServiceUrls"/>
/// allows: to any other the call is refused before anything is sent.
/// </summary>
public sealed class ConnectorClient(HttpClient http, Uri serviceUrl, IConnectorCredentials credentials, ConnectorRetryPolicy retryPolicy, TrustedServiceUrls trustedServiceUrls) : IConnectorClient
{
    public ConnectorClient(HttpClient http, Uri serviceUrl, IConnectorCredentials credentials, ConnectorRetryPolicy retryPolicy)
        : this(http, serviceUrl, credentials, retryPolicy, new TrustedServiceUrls())
    {
    }

    public ConnectorClient(HttpClient http, Uri serviceUrl, IConnectorCredentials credentials)
        : this(http, serviceUrl, credentials, ConnectorRetryPolicy.None)
    {
    }

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default) =>
        CallAsync<ResourceResponse>(HttpMethod.Post, $"v3/conversations/{Escape(ConversationIdOf(activity))}/activities", activity, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        CallAsync<ResourceResponse>(HttpMethod.Post, $"v3/conversations/{Escape(ConversationIdOf(activity))}/activities/{Escape(activity.ReplyToId!)}", activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        CallAsync<ResourceResponse>(HttpMethod.Put, $"v3/conversations/{Escape(ConversationIdOf(activity))}/activities/{Escape(activity.Id!)}", activity, cancellationToken);

    // The channel's answer to a delete carries no resource, so its body is not read.
    public Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        CallAsync<ResourceResponse>(HttpMethod.Delete, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", null, cancellationToken, readBody: false);

    public Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken = default) =>
        CallAsync<ConversationResourceResponse>(HttpMethod.Post, "v3/conversations", parameters, cancellationToken);

    private async Task<TResult> CallAsync<TResult>(HttpMethod method, string path, object? body, CancellationToken cancellationToken, bool readBody = true)
        where TResult : new()
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ConnectorRetryPolicy.MethodKey, method);
        context.Properties.Set(ConnectorRetryPolicy.OperationKey, $"{method} {path}");
        try
        {
            using var response = await retryPolicy.Pipeline.ExecuteAsync(
                static (ctx, state) => state.Client.SendOnceAsync(state.Method, state.Path, state.Body, ctx.CancellationToken),
                context,
                (Client: this, Method: method, Path: path, Body: body));
            await EnsureSuccessAsync(response, cancellationToken);
            if (!readBody || response.Content.Headers.ContentLength == 0)
            {
                return new TResult();
            }

            return await response.Content.ReadFromJsonAsync<TResult>(BotJson.Options, cancellationToken) ?? new TResult();
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    // A new request per attempt: a retry after a long Retry-After gets a fresh token, and a sent request can't be resent.
    private async ValueTask<HttpResponseMessage> SendOnceAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(serviceUrl, path));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: BotJson.Options);
        }

        if (await credentials.GetTokenAsync(cancellationToken) is { } token)
        {
            if (!trustedServiceUrls.MayReceiveToken(serviceUrl))
            {
                throw new ConnectorException(0, "The bot does not send its token to this serviceUrl: no Bot Connector token vouched for it and it is not https on a configured connector host.");
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request, cancellationToken);
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        // Only the channel's error code is kept, and only when it looks like one: the rest of the body is whatever the
        // far side chose to write, and this message reaches logs and staff pages.
        var code = ErrorCode(await response.Content.ReadAsByteArrayAsync(cancellationToken));
        throw new ConnectorException((int)response.StatusCode, $"The channel answered {(int)response.StatusCode}{(code is null ? string.Empty : " " + code)}.");
    }

    private static string? ErrorCode(byte[] body)
    {
        try
        {
            var error = JsonSerializer.Deserialize<ErrorResponse>(body, BotJson.Options)?.Error?.Code;
            return error is { Length: > 0 and <= 64 } && error.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.') ? error : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string ConversationIdOf(Activity activity) =>
        activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation.id.");

    // Teams conversation ids contain ':' and ';', which must not be read as path syntax.
    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
