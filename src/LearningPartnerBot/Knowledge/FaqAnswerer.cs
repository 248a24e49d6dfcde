using LearningPartnerBot.Knowledge.Search;
using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Knowledge;

/// <summary>
/// Answers a question from the knowledge base, or abstains. The question's own language wins over the chat's
/// locale when the detector is sure of it; when the first language finds nothing sure and the words name no language
/// (product names, keywords), the others are tried, so "action pack mct" is answered whatever the chat's locale.
/// </summary>
public sealed class FaqAnswerer(FaqIndex index, KnowledgeOptions options)
{
    /// <summary>How sure the detector must be before the question's language overrides the chat's locale.</summary>
    private const double LanguageOverrideConfidence = 0.6;

    private readonly double _strictestMinScore = KnowledgeLanguages.All.Max(l => options.AbstentionFor(l).MinScore);

    public FaqIndex Index { get; } = index ?? throw new ArgumentNullException(nameof(index));

    public FaqAnswer Answer(string question, string chatLanguage)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(chatLanguage);
        var guess = LanguageDetector.Detect(question);
        var first = FirstLanguage(guess, chatLanguage);
        var primary = Decide(question, first);
        if (primary.IsAnswered || primary.IsOutOfScope)
        {
            // An out-of-scope match is a sure "no": no other language may answer a neighbour instead.
            return primary;
        }

        if (guess.Language is not null)
        {
            // Partners write program terms in English inside Dutch or Turkish ("learning option asset collection
            // nerede"). Those English words can find the topic in the English phrasings, at the strictest bar; the
            // answer is still given in the question's language.
            return first != KnowledgeLanguages.Default
                && Decide(question, KnowledgeLanguages.Default, fallback: true) is { IsAnswered: true } english
                ? english with { Language = first }
                : primary;
        }

        // Nothing in the question says which language it is in ("MCT?", "KPI dashboard"): another language's
        // phrasings may find the topic, the chat's language first, but the answer is given in the chat's language.
        if (chatLanguage != first && KnowledgeLanguages.All.Contains(chatLanguage)
            && Decide(question, chatLanguage, fallback: true) is { IsAnswered: true } inChat)
        {
            return inChat with { Language = first };
        }

        for (var i = 0; i < KnowledgeLanguages.All.Count; i++)
        {
            var language = KnowledgeLanguages.All[i];
            if (language != first && language != chatLanguage && Decide(question, language, fallback: true) is { IsAnswered: true } other)
            {
                return other with { Language = first };
            }
        }

        return primary;
    }

    /// <summary>The language the question is searched (and answered) in first.</summary>
    private static string FirstLanguage(LanguageGuess guess, string chatLanguage)
    {
        var chat = KnowledgeLanguages.All.Contains(chatLanguage) ? chatLanguage : KnowledgeLanguages.Default;
        return guess.Language is { } detected && detected != chat && guess.Confidence >= LanguageOverrideConfidence
            ? detected
            : chat;
    }

    /// <param name="fallback">
    /// A language the question was not detected in: its words may match by accident, so the strictest language's
    /// score bar applies.
    /// </param>
    private FaqAnswer Decide(string question, string language, bool fallback = false)
    {
        var search = Index.Search(question, language);
        var all = search.Topics;
        var policy = options.AbstentionFor(language);
        var minScore = policy.MinScoreFor(search.TermCount, fallback ? _strictestMinScore : policy.MinScore);
        var ranked = Answerable(all);
        if (search.OutOfScopeKey is not null || (all.Count > 0 && all[0].Topic.IsOutOfScope && all[0].Score >= policy.MinSuggestionScore))
        {
            return new FaqAnswer(language, null, Suggestions(ranked, policy), ranked)
            {
                IsOutOfScope = true,
                UnexplainedShare = search.UnexplainedShare,
                OutOfScopeKey = search.OutOfScopeKey,
            };
        }

        // However well the rest of the question matches, an answer that says nothing about what the question is
        // mostly about ("can we pay the fee in instalments") would answer another question.
        if (all.Count > 0 && all[0] is var best && !best.Topic.IsOutOfScope
            && best.Score >= minScore && search.UnexplainedShare < policy.MaxUnexplainedShare
            && IsClearlyAhead(best, all.Count > 1 ? all[1] : null, policy))
        {
            return new FaqAnswer(language, best, [], ranked) { UnexplainedShare = search.UnexplainedShare };
        }

        return new FaqAnswer(language, null, Suggestions(ranked, policy), ranked) { UnexplainedShare = search.UnexplainedShare };
    }

    /// <summary>The ranking without its out-of-scope entries: the ranking itself when it has none, as it mostly does.</summary>
    private static IReadOnlyList<ScoredTopic> Answerable(IReadOnlyList<ScoredTopic> all)
    {
        var outOfScope = 0;
        for (var i = 0; i < all.Count; i++)
        {
            outOfScope += all[i].Topic.IsOutOfScope ? 1 : 0;
        }

        if (outOfScope == 0)
        {
            return all;
        }

        var answerable = new ScoredTopic[all.Count - outOfScope];
        var kept = 0;
        for (var i = 0; i < all.Count; i++)
        {
            if (!all[i].Topic.IsOutOfScope)
            {
                answerable[kept++] = all[i];
            }
        }

        return answerable;
    }

    /// <summary>The first few topics that score high enough to suggest, in their order; a list only when there are any.</summary>
    private static IReadOnlyList<ScoredTopic> Suggestions(IReadOnlyList<ScoredTopic> ranked, AbstentionPolicy policy)
    {
        List<ScoredTopic>? suggestions = null;
        for (var i = 0; i < ranked.Count && (suggestions?.Count ?? 0) < policy.MaxSuggestions; i++)
        {
            if (ranked[i].Score >= policy.MinSuggestionScore)
            {
                (suggestions ??= new List<ScoredTopic>(policy.MaxSuggestions)).Add(ranked[i]);
            }
        }

        return suggestions is null ? Array.Empty<ScoredTopic>() : suggestions;
    }

    private static bool IsClearlyAhead(ScoredTopic best, ScoredTopic? runnerUp, AbstentionPolicy policy) =>
        runnerUp is not { } next
        || best.Score - next.Score >= policy.MinMargin
        || (best.Score >= policy.SureScore && !next.Topic.IsOutOfScope);
}
