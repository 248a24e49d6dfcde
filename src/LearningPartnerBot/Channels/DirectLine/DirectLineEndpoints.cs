using System.Globalization;
using System.Text.Json;
using BotKit.Hosting;
using BotKit.Schema;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Channels.DirectLine;

/// <summary>
/// /v3/directline: the part of the Direct Line 3.0 API that botframework-directlinejs and Web Chat use, over the
/// WebSocket stream (<see cref="DirectLineStream"/>) or by polling (webSocket: false). A token is bound to one
/// conversation, so a token can open at most that one.
/// </summary>
public static class DirectLineEndpoints
{
    public const string CorsPolicy = "DirectLine";
    public const string BasePath = "/v3/directline";

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(BasePath).RequireCors(CorsPolicy).DisableAntiforgery();
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", Refresh);
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/stream", DirectLineStream.HandleAsync);
        return endpoints;
    }

    /// <summary>
    /// Reserves a conversation and returns its token, as the real service does with a secret. There is no secret: the
    /// endpoint only runs where anonymous access is intended (see <see cref="DirectLineOptions.Enabled"/>).
    /// </summary>
    private static async Task<IResult> GenerateAsync(HttpRequest request, DirectLineConversationStore store, DirectLineTokenIssuer tokens, DirectLineUsers users)
    {
        var body = await ReadStartRequestAsync(request);
        var conversation = store.Create();

        // Embedded in the token, as Direct Line does, so directlinejs uses this id and ignores any other it is given.
        conversation.User = users.Resolve(body?.User?.Id, body?.User?.Name);

        return Results.Json(Describe(conversation, tokens), BotJson.Options);
    }

    // Like the hosted service, a refreshed or generated token comes without a streamUrl: the stream is the started conversation's.
    private static IResult Refresh(HttpRequest request, DirectLineConversationStore store, DirectLineTokenIssuer tokens) =>
        Authorize(request, tokens, store, conversationId: null, out var conversation) ?? Results.Json(Describe(conversation!, tokens), BotJson.Options);

    private static async Task<IResult> StartAsync(HttpRequest request, DirectLineConversationStore store, DirectLineTokenIssuer tokens, DirectLineUsers users, DirectLineAdapter adapter, IBot bot)
    {
        if (Authorize(request, tokens, store, conversationId: null, out var conversation) is { } failure)
        {
            return failure;
        }

        if (conversation!.Started)
        {
            return Results.Json(Describe(conversation, tokens, request, watermark: null), BotJson.Options);
        }

        var body = await ReadStartRequestAsync(request);
        conversation.User ??= users.Resolve(body?.User?.Id, body?.User?.Name);
        conversation.Locale = body?.Locale;
        conversation.Started = true;

        // As Direct Line does when the user is known at the start: one conversationUpdate adding bot and user, so the
        // bot's welcome is waiting before the user types anything.
        var joined = new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [DirectLineAdapter.Bot, conversation.User] };
        await adapter.ProcessAsync(conversation, joined, bot, request.HttpContext.RequestAborted);
        return Results.Json(Describe(conversation, tokens, request, watermark: null), BotJson.Options, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>directlinejs calls this after its socket dropped, with the watermark it has, and opens the new streamUrl.</summary>
    private static IResult Reconnect(string conversationId, string? watermark, HttpRequest request, DirectLineConversationStore store, DirectLineTokenIssuer tokens)
    {
        if (Authorize(request, tokens, store, conversationId, out var conversation) is { } failure)
        {
            return failure;
        }

        if (!DirectLineConversation.TryParseWatermark(watermark, out var resumeAfter))
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark is not one this service issued.");
        }

        return Results.Json(Describe(conversation!, tokens, request, resumeAfter), BotJson.Options);
    }

    private static IResult GetActivities(string conversationId, string? watermark, HttpRequest request, DirectLineConversationStore store, DirectLineTokenIssuer tokens)
    {
        if (Authorize(request, tokens, store, conversationId, out var conversation) is { } failure)
        {
            return failure;
        }

        if (!DirectLineConversation.TryParseWatermark(watermark, out var after))
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark is not one this service issued.");
        }

        var (activities, last) = conversation!.After(after);
        return Results.Json(new DirectLineActivitySet(activities, last.ToString(CultureInfo.InvariantCulture)), BotJson.Options);
    }

    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpRequest request, DirectLineConversationStore store, DirectLineTokenIssuer tokens,
        DirectLineAdapter adapter, IBot bot, IOptions<BotKitOptions> botKit, IActivityRateLimiter limiter)
    {
        if (Authorize(request, tokens, store, conversationId, out var conversation) is { } failure)
        {
            return failure;
        }

        if (!conversation!.Started)
        {
            return Error(StatusCodes.Status404NotFound, "BadArgument", "Start the conversation (POST /conversations) first.");
        }

        // The messaging endpoint's reader: the same size limit (chunked bodies included) and the same idea of an activity.
        var read = await InboundActivityReader.ReadAsync(request, botKit.Value.MaxRequestBodyBytes, request.HttpContext.RequestAborted);
        if (read.Activity is not { } activity)
        {
            var code = read.ErrorStatus == StatusCodes.Status413PayloadTooLarge ? "MessageSizeTooBig" : "BadArgument";
            return Error(read.ErrorStatus, code, read.Error!);
        }

        // Partitioned on the token's conversation and user, which the adapter stamps on the activity.
        var admission = await limiter.AdmitAsync(
            new Activity { Type = activity.Type, ChannelId = BotKit.Schema.Channels.Directline, Conversation = new ConversationAccount(conversation.Id), From = conversation.User },
            request.HttpContext.RequestAborted);
        if (!admission.IsAdmitted)
        {
            request.HttpContext.Response.Headers.RetryAfter = admission.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many activities; retry after the given seconds.");
        }

        var id = await adapter.ProcessAsync(conversation, activity, bot, request.HttpContext.RequestAborted);
        return Results.Json(new ResourceResponse(id), BotJson.Options);
    }

    /// <summary>Null when the bearer token is valid and grants <paramref name="conversationId"/> (or any, when null).</summary>
    private static IResult? Authorize(HttpRequest request, DirectLineTokenIssuer tokens, DirectLineConversationStore store, string? conversationId, out DirectLineConversation? conversation)
    {
        conversation = null;
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Error(StatusCodes.Status401Unauthorized, "BadArgument", "A Bearer token is required.");
        }

        var token = tokens.Validate(header["Bearer ".Length..].Trim());
        if (token is null || (conversationId is not null && token.ConversationId != conversationId))
        {
            return Error(StatusCodes.Status403Forbidden, "TokenInvalid", "The token is invalid, expired or not for this conversation.");
        }

        conversation = store.Find(token.ConversationId);
        return conversation is null
            ? Error(StatusCodes.Status404NotFound, "BadArgument", "The conversation has ended.")
            : null;
    }

    private static async Task<DirectLineStartRequest?> ReadStartRequestAsync(HttpRequest request)
    {
        if (!request.HasJsonContentType() || request.ContentLength == 0)
        {
            return null;
        }

        try
        {
            return await request.ReadFromJsonAsync<DirectLineStartRequest>(BotJson.Options, request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static DirectLineConversationResponse Describe(DirectLineConversation conversation, DirectLineTokenIssuer tokens) =>
        new(conversation.Id, tokens.Issue(conversation.Id, conversation.User?.Id, conversation.User?.Name), (int)tokens.Lifetime.TotalSeconds, StreamUrl: null);

    private static DirectLineConversationResponse Describe(DirectLineConversation conversation, DirectLineTokenIssuer tokens, HttpRequest request, long? watermark) =>
        Describe(conversation, tokens) with { StreamUrl = DirectLineStream.UrlFor(request, conversation, tokens, watermark) };

    internal static IResult Error(int status, string code, string message) =>
        Results.Json(new DirectLineError(new DirectLineErrorDetail(code, message)), BotJson.Options, statusCode: status);
}
