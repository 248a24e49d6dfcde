namespace LearningPartnerBot.Knowledge.Feedback;

/// <summary>
/// How many FAQ questions in one language got one outcome on one UTC day: answered with a topic, or abstained
/// (<see cref="TopicId"/> empty). Counts only, never what was asked, so they may be kept longer than partner text.
/// </summary>
public sealed class FaqAnswerCount
{
    /// <summary>The <see cref="TopicId"/> of an abstention: the key columns stay non-null so the unique index holds.</summary>
    public const string NoTopic = "";

    public long Id { get; set; }

    public DateOnly Day { get; set; }

    public required string Language { get; set; }

    public required string TopicId { get; set; }

    public bool Answered { get; set; }

    public long Count { get; set; }
}
