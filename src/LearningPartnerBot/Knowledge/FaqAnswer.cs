using LearningPartnerBot.Knowledge.Search;

namespace LearningPartnerBot.Knowledge;

/// <summary>
/// What the FAQ makes of a question: the language it is answered in, the topic when the bot is sure, and otherwise
/// the plausible topics to offer. <see cref="Ranked"/> keeps the full ranking for the evaluation tools.
/// </summary>
public sealed record FaqAnswer(string Language, ScoredTopic? Answer, IReadOnlyList<ScoredTopic> Suggestions, IReadOnlyList<ScoredTopic> Ranked)
{
    public bool IsAnswered => Answer is not null;

    /// <summary>The question matched something the knowledge base knows it does not answer.</summary>
    public bool IsOutOfScope { get; init; }

    /// <summary>The search's <see cref="TopicRanking.UnexplainedShare"/>, for the tools that explain a decision.</summary>
    public double UnexplainedShare { get; init; }

    /// <summary>The out-of-scope key word or ending that decided the abstention, for the tools that explain a decision.</summary>
    public OutOfScopeKey? OutOfScopeKey { get; init; }

    public double TopScore => Ranked.Count > 0 ? Ranked[0].Score : 0;
}
