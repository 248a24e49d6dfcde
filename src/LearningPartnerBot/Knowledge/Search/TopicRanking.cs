namespace LearningPartnerBot.Knowledge.Search;

/// <summary>
/// What a search found for one question: the candidate topics, most confident first, and how much of the question
/// lies outside everything the bot answers.
/// </summary>
/// <param name="UnexplainedShare">
/// The share of the question's weight carried by its heaviest word that no answerable topic explains, 0 to 1. Rare
/// words weigh most, so a question about something the article never mentions ("exam vouchers", "instalments") has
/// a high share even when its other words (learning partner, competency) match a topic well.
/// </param>
/// <param name="OutOfScopeKey">The out-of-scope entry's key word or ending the question used, if any: it is not answered.</param>
public sealed record TopicRanking(IReadOnlyList<ScoredTopic> Topics, double UnexplainedShare, OutOfScopeKey? OutOfScopeKey = null)
{
    public static TopicRanking Empty { get; } = new([], 0);

    /// <summary>How many distinct search terms the question has: a long question's best topic explains less of it.</summary>
    public int TermCount { get; init; }
}
