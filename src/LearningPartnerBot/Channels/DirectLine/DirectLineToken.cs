namespace LearningPartnerBot.Channels.DirectLine;

/// <summary>What a valid token grants: one conversation, until it expires.</summary>
public sealed record DirectLineToken(string ConversationId, DateTimeOffset ExpiresAt);
