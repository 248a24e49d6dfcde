namespace LearningPartnerBot.Knowledge.Feedback;

/// <summary>
/// A partner's 👍 or 👎 on one answer card. One row per (answer, user): voting again changes the vote, and a
/// redelivered or double-clicked submit doesn't count twice.
/// </summary>
public sealed class FaqVote
{
    public long Id { get; set; }

    /// <summary>Generated when the answer card was sent, carried back by its buttons.</summary>
    public required string AnswerId { get; set; }

    public required string UserKey { get; set; }

    public required string TopicId { get; set; }

    public required string Language { get; set; }

    public bool Helpful { get; set; }

    /// <summary>What the partner asked, so a reviewer can see why the answer missed.</summary>
    public string? Question { get; set; }

    public required string ChannelId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The UTC day the vote was first cast: what the dashboard counts by (null only on votes from before it was kept).</summary>
    public DateOnly? Day { get; set; }

    /// <summary>Set when a reviewer has dealt with this 👎; the vote then leaves the review queue.</summary>
    public long? ReviewDecisionId { get; set; }
}
