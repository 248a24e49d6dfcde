namespace LearningPartnerBot.Knowledge.Loading;

/// <summary>Turns one topic file into a <see cref="KnowledgeTopic"/>, enforcing the rules in kb/README.md.</summary>
internal static class TopicReader
{
    private const int MaxRelated = 3;
    private const string AnswerKind = "answer";
    private const string OutOfScopeKind = "out-of-scope";

    public static KnowledgeTopic Read(YamlMap map, string fileName)
    {
        var id = map.RequiredString("id");
        if (!KnowledgeBaseLoader.TopicIdPattern().IsMatch(id) || id != fileName)
        {
            throw new KnowledgeFileException(map.File, map.LineOf("id"),
                $"id '{id}' must be lower-case kebab-case and equal to the file name '{fileName}'");
        }

        var kind = map.OptionalString("kind") ?? AnswerKind;
        if (kind is not (AnswerKind or OutOfScopeKind))
        {
            throw new KnowledgeFileException(map.File, map.LineOf("kind"), $"kind must be '{AnswerKind}' (the default) or '{OutOfScopeKind}'");
        }

        var outOfScope = kind == OutOfScopeKind;
        var related = map.StringList("related");
        if (related.Count > MaxRelated || related.Distinct(StringComparer.Ordinal).Count() != related.Count)
        {
            throw new KnowledgeFileException(map.File, map.LineOf("related"), $"'related' lists at most {MaxRelated} distinct topic ids");
        }

        var actions = map.StringList("actions");
        foreach (var action in actions.Where(a => !TopicActions.All.Contains(a)))
        {
            throw new KnowledgeFileException(map.File, map.LineOf("actions"),
                $"unknown action '{action}'; known actions: {string.Join(", ", TopicActions.All)}");
        }

        if (outOfScope && (related.Count > 0 || actions.Count > 0))
        {
            throw new KnowledgeFileException(map.File, map.LineOf("kind"), "an out-of-scope entry has no answer, so it has no related topics or actions");
        }

        var texts = KnowledgeLanguages.All.ToDictionary(language => language, language => ReadText(map, language, outOfScope), StringComparer.Ordinal);
        var source = outOfScope ? null : map.RequiredMap("source");
        return new KnowledgeTopic(
            id,
            source is null
                ? new TopicSource(string.Empty, [], null)
                : new TopicSource(source.RequiredString("anchor"), source.StringList("sentences"), source.OptionalString("hash")),
            related,
            actions,
            texts)
        {
            IsOutOfScope = outOfScope,
        };
    }

    private static TopicText ReadText(YamlMap topic, string language, bool outOfScope)
    {
        var map = topic.RequiredMap(language);
        var question = map.RequiredString("question");
        var alternates = map.StringList("alternates");
        var distinct = alternates.Append(question).Select(a => a.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count() - 1;
        if (distinct < KnowledgeBaseLoader.MinimumAlternates)
        {
            throw new KnowledgeFileException(map.File, topic.LineOf(language),
                $"'{language}' needs at least {KnowledgeBaseLoader.MinimumAlternates} distinct alternates besides the question (has {distinct})");
        }

        var keyWords = map.StringList("key-words");
        var keyEndings = map.StringList("key-endings");
        if (!outOfScope && (keyWords.Count > 0 || keyEndings.Count > 0))
        {
            throw new KnowledgeFileException(map.File, topic.LineOf(language),
                "'key-words' and 'key-endings' belong to out-of-scope entries: they make the bot abstain");
        }

        return new TopicText(question, alternates, outOfScope ? string.Empty : map.RequiredString("answer"))
        {
            KeyWords = keyWords,
            KeyEndings = keyEndings,
        };
    }
}
