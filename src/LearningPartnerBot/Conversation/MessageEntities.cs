using LearningPartnerBot.Eligibility.Data;

namespace LearningPartnerBot.Conversation;

/// <summary>The values a message names: an enrollment level, a month and a year (each null when not named).</summary>
public sealed record MessageEntities(EnrollmentLevel? Level, int? Month, int? Year)
{
    public static MessageEntities None { get; } = new(null, null, null);
}
