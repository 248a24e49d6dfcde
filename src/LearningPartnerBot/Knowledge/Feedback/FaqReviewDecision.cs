namespace LearningPartnerBot.Knowledge.Feedback;

/// <summary>
/// What a content owner decided about one group in the review queue, with the KB change it produced (if any). The
/// questions and votes it covers point at it, which is how they leave the queue.
/// </summary>
public sealed class FaqReviewDecision
{
    public long Id { get; set; }

    /// <summary>One of <see cref="ReviewActions"/>.</summary>
    public required string Action { get; set; }

    /// <summary>What was decided about: a question's text, or for a stale topic its id and the hash it was reviewed at.</summary>
    public required string Subject { get; set; }

    public required string Language { get; set; }

    /// <summary>The topic a phrasing was added to, or the topic that was stale or voted down.</summary>
    public string? TopicId { get; set; }

    /// <summary>How many questions or votes the decision took out of the queue.</summary>
    public int Count { get; set; }

    /// <summary>The file the change is for, relative to the repository (e.g. kb/topics/gold.yaml); null when there is none.</summary>
    public string? ChangePath { get; set; }

    /// <summary>The change as a unified diff, ready for <c>git apply</c>; null when the decision changes no file.</summary>
    public string? Patch { get; set; }

    public required string DecidedBy { get; set; }

    public DateTimeOffset DecidedAt { get; set; }
}

/// <summary>The decisions a reviewer can take on a group in the review queue.</summary>
public static class ReviewActions
{
    /// <summary>The questions are another way to ask an existing topic: they become its alternates.</summary>
    public const string AddPhrasing = "add-phrasing";

    /// <summary>The bot was right not to answer (or the vote needs no change): the group is dismissed.</summary>
    public const string OutOfScope = "out-of-scope";

    /// <summary>Nothing in the KB answers it yet: a draft topic to complete and review.</summary>
    public const string NewTopic = "new-topic";

    /// <summary>A stale topic was checked against the article: its source hash is brought up to date.</summary>
    public const string Reviewed = "reviewed";

    public static readonly IReadOnlyList<string> All = [AddPhrasing, OutOfScope, NewTopic, Reviewed];
}
