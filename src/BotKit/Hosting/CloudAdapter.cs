using System.Security.Claims;
using System.Text.Json;
using BotKit.Auth;
using BotKit.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotKit.Hosting;

/// <summary>
/// The HTTP adapter behind POST /api/messages: validates the request, authenticates the channel, runs the turn,
/// and answers as the Bot Framework protocol says (buffered replies for expectReplies, the invoke response for
/// invokes, otherwise 200 and replies sent to the channel's serviceUrl).
/// </summary>
public class CloudAdapter(
    IChannelAuthenticator authenticator,
    IConnectorClientFactory connectorClientFactory,
    IOptions<BotKitOptions> options,
    ILogger<CloudAdapter> logger) : BotAdapter, IBotFrameworkHttpAdapter
{
    /// <summary>TurnState key of the caller's validated identity.</summary>
    public const string BotIdentityKey = "BotIdentity";

    private readonly ThrottledLog _rejectionLog = new(TimeSpan.FromSeconds(10));

    public async Task ProcessAsync(HttpRequest httpRequest, HttpResponse httpResponse, IBot bot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(httpRequest);
        ArgumentNullException.ThrowIfNull(httpResponse);
        ArgumentNullException.ThrowIfNull(bot);

        var read = await InboundActivityReader.ReadAsync(httpRequest, options.Value.MaxRequestBodyBytes, cancellationToken);
        if (read.Activity is not { } activity)
        {
            logger.LogInformation("Rejected a request to the messaging endpoint with {Status}: {Reason}", read.ErrorStatus, read.Error);
            if (read.ErrorStatus == StatusCodes.Status405MethodNotAllowed)
            {
                httpResponse.Headers.Allow = HttpMethods.Post;
            }

            await WriteProblemAsync(httpResponse, read.ErrorStatus, read.Error!, cancellationToken);
            return;
        }

        ClaimsIdentity identity;
        try
        {
            identity = await authenticator.AuthenticateAsync(activity, httpRequest.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null, cancellationToken);
        }
        catch (UnauthorizedAccessException ex)
        {
            // One line, and not for every request: a flood of forged requests must not become a flood of log entries.
            if (_rejectionLog.ShouldLog(out var suppressed))
            {
                logger.LogWarning("Rejected an unauthenticated {ActivityType} activity from channel {ChannelId}: {Reason} ({Suppressed} more rejections since the last one logged)", activity.Type, activity.ChannelId, ex.Message, suppressed);
            }

            httpResponse.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        catch (ChannelAuthenticationUnavailableException ex)
        {
            // Not 401: the token may be fine, and 401 tells the channel it is not. Not 500: nothing is broken in the bot.
            // 503 with Retry-After makes the channel redeliver later, when the keys can be fetched again.
            logger.LogWarning(ex, "Could not authenticate a {ActivityType} activity from channel {ChannelId}; answered 503: {Reason}", activity.Type, activity.ChannelId, ex.Message);
            httpResponse.Headers.RetryAfter = ((int)ex.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await WriteProblemAsync(httpResponse, StatusCodes.Status503ServiceUnavailable, "The bot cannot check the channel's token right now; try again later.", cancellationToken);
            return;
        }

        if (string.IsNullOrEmpty(activity.Conversation?.Id) || string.IsNullOrEmpty(activity.ChannelId))
        {
            await WriteProblemAsync(httpResponse, StatusCodes.Status400BadRequest, "The activity has no channelId or conversation.id.", cancellationToken);
            return;
        }

        // After authentication, so no one can spend another conversation's permits. Looked up per request, so a host
        // opts in by registering a limiter, and adapters derived from this one need no new constructor argument.
        if (httpRequest.HttpContext.RequestServices?.GetService<IActivityRateLimiter>() is { } limiter
            && await limiter.AdmitAsync(activity, cancellationToken) is { IsAdmitted: false } refused)
        {
            httpResponse.Headers.RetryAfter = refused.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await WriteProblemAsync(httpResponse, StatusCodes.Status429TooManyRequests, "Too many activities for this conversation or user; retry later.", cancellationToken);
            return;
        }

        using var context = new TurnContext(this, activity);
        context.TurnState[BotIdentityKey] = identity;
        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
        await WriteTurnResultAsync(context, httpResponse, cancellationToken);
    }

    private static async Task WriteTurnResultAsync(TurnContext context, HttpResponse httpResponse, CancellationToken cancellationToken)
    {
        var activity = context.Activity;

        // As in the SDK, expectReplies wins over invoke: the caller asked for everything the turn produced.
        if (activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            // Traces are for the developer's Emulator; on any other channel they would hand internals to the caller.
            var traces = activity.ChannelId == Channels.Emulator;
            var replies = context.BufferedReplyActivities
                .Where(a => !a.IsType(ActivityTypes.InvokeResponse) && (traces || !a.IsType(ActivityTypes.Trace)))
                .ToList();
            try
            {
                if (SerializedReplies.TryGetAll(context, replies, out var serialized))
                {
                    await WriteExpectedRepliesAsync(httpResponse, serialized, cancellationToken);
                    return;
                }

                await WriteJsonAsync(httpResponse, StatusCodes.Status200OK, new ExpectedReplies(replies), cancellationToken);
                return;
            }
            finally
            {
                SerializedReplies.Release(context);
            }
        }

        if (activity.IsType(ActivityTypes.Invoke))
        {
            var invokeResponse = context.TurnState.Get<Activity>(TurnContext.InvokeResponseKey)?.Value as InvokeResponse;
            if (invokeResponse is null)
            {
                httpResponse.StatusCode = StatusCodes.Status501NotImplemented;
                return;
            }

            await WriteJsonAsync(httpResponse, invokeResponse.Status, invokeResponse.Body, cancellationToken);
            return;
        }

        httpResponse.StatusCode = StatusCodes.Status200OK;
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new List<ResourceResponse>(activities.Length);

        // Sequential on purpose: channels keep the order in which they receive messages.
        foreach (var activity in activities)
        {
            if (activity.IsType(ActivityTypes.Trace) && activity.ChannelId != Channels.Emulator)
            {
                responses.Add(new ResourceResponse());
                continue;
            }

            var client = connectorClientFactory.Create(activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl."));

            // The channel assigns activity ids; one sent by the bot is ignored at best and rejected at worst.
            activity.Id = null;
            var response = string.IsNullOrEmpty(activity.ReplyToId)
                ? await client.SendToConversationAsync(activity, cancellationToken)
                : await client.ReplyToActivityAsync(activity, cancellationToken);
            responses.Add(response);
        }

        return [.. responses];
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return connectorClientFactory.Create(activity.ServiceUrl!).UpdateActivityAsync(activity, cancellationToken);
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return connectorClientFactory.Create(reference.ServiceUrl!).DeleteActivityAsync(reference.Conversation!.Id!, reference.ActivityId!, cancellationToken);
    }

    /// <summary>The same JSON as serializing <see cref="ExpectedReplies"/>, from replies serialized earlier in the turn.</summary>
    private static async Task WriteExpectedRepliesAsync(HttpResponse response, ReadOnlyMemory<byte>[] replies, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(response.BodyWriter, new JsonWriterOptions { Encoder = BotJson.Options.Encoder, Indented = BotJson.Options.WriteIndented });
        writer.WriteStartObject();
        writer.WriteStartArray(ActivitiesProperty);
        foreach (var reply in replies)
        {
            writer.WriteRawValue(reply.Span, skipInputValidation: true);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
        await response.BodyWriter.FlushAsync(cancellationToken);
    }

    private static readonly string ActivitiesProperty =
        BotJson.Options.PropertyNamingPolicy?.ConvertName(nameof(ExpectedReplies.Activities)) ?? nameof(ExpectedReplies.Activities);

    private static Task WriteProblemAsync(HttpResponse response, int status, string detail, CancellationToken cancellationToken) =>
        WriteJsonAsync(response, status, new ErrorResponse { Error = new Error { Code = status.ToString(System.Globalization.CultureInfo.InvariantCulture), Message = detail } }, cancellationToken);

    private static async Task WriteJsonAsync(HttpResponse response, int status, object? body, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        if (body is null)
        {
            return;
        }

        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, body, body.GetType(), BotJson.Options, cancellationToken);
    }
}
