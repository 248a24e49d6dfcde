using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Schema;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Knowledge.Search;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Knowledge.Chat;

/// <summary>
/// Binds the FAQ card templates (cards/faq-answer.json, cards/faq-not-sure.json) to a topic or a set of suggestions.
/// An answer card differs from the last answer of the same topic only in its answer id and the question asked, so
/// each topic's card is bound once per language with markers in their place and copied per answer: binding the
/// template was a tenth of a FAQ turn.
/// </summary>
public sealed class FaqCards(CardLibrary cards, KnowledgeBase knowledge)
{
    // Characters no answer id, question or translation contains, so a marker can only be one we put there.
    private const string AnswerIdMarker = "\uFDD0answerId\uFDD1";
    private const string AskedMarker = "\uFDD0asked\uFDD1";

    // Bounded: topics x languages x string sets, all fixed once the knowledge base is loaded.
    private readonly ConcurrentDictionary<(string Topic, string Language, BotStrings Strings), JsonObject> _answerCards = new();

    public const string AnswerCardName = "faq-answer";
    public const string NotSureCardName = "faq-not-sure";

    /// <summary>Longest question text a vote carries back for reviewers; the card stays small for Teams.</summary>
    internal const int MaxAskedLength = 200;

    public Attachment Answer(KnowledgeTopic topic, string language, string answerId, string? asked, BotStrings strings)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(strings);
        var bound = _answerCards.GetOrAdd((topic.Id, language, strings), key => Bind(topic, key.Language, key.Strings));
        var card = (JsonObject)bound.DeepClone();
        Fill(card, answerId, asked is { Length: > MaxAskedLength } ? asked[..MaxAskedLength] : asked ?? string.Empty);
        return card.ToAttachment();
    }

    private JsonObject Bind(KnowledgeTopic topic, string language, BotStrings strings)
    {
        var text = topic.Text(language);
        var related = topic.Related.Select(knowledge.Find).OfType<KnowledgeTopic>()
            .Select(r => new { topic = r.Id, language, question = r.Text(language).Question })
            .ToList();
        return cards.Get(AnswerCardName).Expand(new
        {
            topic = topic.Id,
            language,
            answerId = AnswerIdMarker,
            asked = AskedMarker,
            question = text.Question,
            answer = text.Answer.Trim(),
            sourceUrl = knowledge.SourceLink(topic, language).AbsoluteUri,
            source = strings.FaqSource,
            hasRelated = related.Count > 0,
            related,
            relatedHeading = strings.FaqRelatedHeading,
            helpfulQuestion = strings.FaqHelpfulQuestion,
            helpfulYes = strings.FaqHelpfulYes,
            helpfulNo = strings.FaqHelpfulNo,
            request = topic.Actions.Count > 0 ? topic.Actions[0] : string.Empty,
            fileRequest = strings.FaqFileRequest,
        });
    }

    /// <summary>Puts this answer's id and question where the markers are, wherever the template binds them.</summary>
    private static void Fill(JsonNode? node, string answerId, string asked)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (Filled(obj[name], answerId, asked) is { } text)
                    {
                        obj[name] = text;
                    }
                    else
                    {
                        Fill(obj[name], answerId, asked);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Filled(array[i], answerId, asked) is { } text)
                    {
                        array[i] = text;
                    }
                    else
                    {
                        Fill(array[i], answerId, asked);
                    }
                }

                break;
        }
    }

    private static string? Filled(JsonNode? node, string answerId, string asked) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { } text
            && text.Contains('\uFDD0', StringComparison.Ordinal)
            ? text.Replace(AnswerIdMarker, answerId, StringComparison.Ordinal).Replace(AskedMarker, asked, StringComparison.Ordinal)
            : null;

    public Attachment NotSure(IReadOnlyList<ScoredTopic> suggestions, string language, BotStrings strings)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        ArgumentNullException.ThrowIfNull(strings);
        return cards.Get(NotSureCardName).Expand(new
        {
            notSure = strings.FaqNotSure,
            didYouMean = strings.FaqDidYouMean,
            noSuggestions = strings.FaqNoSuggestions,
            hasSuggestions = suggestions.Count > 0,
            suggestions = suggestions.Select(s => new { topic = s.Topic.Id, language, question = s.Topic.Text(language).Question }).ToList(),
            contactSupport = strings.FaqContactSupport,
        }).ToAttachment();
    }
}
