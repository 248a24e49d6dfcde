namespace LearningPartnerBot.Knowledge;

/// <summary>One FAQ topic in every language the bot speaks: what a partner asks, and what the article answers.</summary>
public sealed record KnowledgeTopic(
    string Id,
    TopicSource Source,
    IReadOnlyList<string> Related,
    IReadOnlyList<string> Actions,
    IReadOnlyDictionary<string, TopicText> Texts)
{
    /// <summary>
    /// A question partners ask that the article does not answer (prices, becoming an MCT, passwords…). It is searched
    /// like any topic, so a question resembling it makes the bot abstain instead of answering a neighbouring topic.
    /// </summary>
    public bool IsOutOfScope { get; init; }

    public TopicText Text(string language) =>
        Texts.TryGetValue(language, out var text) ? text : Texts[KnowledgeLanguages.Default];
}

/// <summary>Where in the article a topic's answer comes from; <see cref="Hash"/> pins the English text last reviewed.</summary>
public sealed record TopicSource(string Anchor, IReadOnlyList<string> Sentences, string? Hash);

/// <summary>A topic in one language: the main question, the other ways partners ask it, and the markdown answer.</summary>
public sealed record TopicText(string Question, IReadOnlyList<string> Alternates, string Answer)
{
    /// <summary>
    /// Out-of-scope entries only: words that decide a question is this entry's whatever else it says ("refund",
    /// "voucher"). A question about a refund for courseware shares more words with the courseware answer than with
    /// any phrasing about refunds, so similarity alone would answer it.
    /// </summary>
    public IReadOnlyList<string> KeyWords { get; init; } = [];

    /// <summary>
    /// Out-of-scope entries only: word sequences that decide the same when a question ends with them, for a question
    /// made of function words ("Learning Action Pack ne kadar?" asks a price; "ne kadar sürer" does not end so).
    /// </summary>
    public IReadOnlyList<string> KeyEndings { get; init; } = [];

    /// <summary>The main question first, then the alternates: every phrasing a partner's question is compared with.</summary>
    public IEnumerable<string> Phrasings => Alternates.Prepend(Question);
}
