namespace LearningPartnerBot.Knowledge.Feedback;

/// <summary>A question the bot did not answer with confidence, kept so content owners can add what partners miss.</summary>
public sealed class UnansweredQuestion
{
    public long Id { get; set; }

    public required string Question { get; set; }

    public required string Language { get; set; }

    public string? BestTopicId { get; set; }

    public double BestScore { get; set; }

    /// <summary>The "did you mean" topic ids offered, comma-separated.</summary>
    public string Suggestions { get; set; } = string.Empty;

    public required string ChannelId { get; set; }

    /// <summary>With <see cref="ChannelId"/>, makes a redelivered activity record its question once.</summary>
    public string? ActivityId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The UTC day it was asked, for retention (null only on questions from before it was kept).</summary>
    public DateOnly? Day { get; set; }

    /// <summary>Set when a reviewer has dealt with the question; it then leaves the review queue.</summary>
    public long? ReviewDecisionId { get; set; }
}
