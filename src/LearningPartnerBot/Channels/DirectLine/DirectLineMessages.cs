using System.Text.Json.Serialization;
using BotKit.Schema;

namespace LearningPartnerBot.Channels.DirectLine;

/// <summary>Body of tokens/generate and POST /conversations: who the user is and, on start, their language.</summary>
public sealed record DirectLineStartRequest(ChannelAccount? User, string? Locale);

/// <summary>The Direct Line 3.0 Conversation object; streamUrl only where a started conversation is described.</summary>
public sealed record DirectLineConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl);

/// <summary>The Direct Line 3.0 ActivitySet; the watermark is a string on the wire.</summary>
public sealed record DirectLineActivitySet(IReadOnlyList<Activity> Activities, string Watermark);

public sealed record DirectLineError(DirectLineErrorDetail Error);

public sealed record DirectLineErrorDetail(string Code, string Message);
