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
    private readonly ConcurrentDictionary<(string Topic, string Language, BotStrings Strings), BoundCard> _answerCards = new();

    public const string AnswerCardName = "faq-answer";
    public const string NotSureCardName = "faq-not-sure";

    /// <summary>Longest question text a vote carries back for reviewers; the card stays small for Teams.</summary>
    internal const int MaxAskedLength = 200;

    public Attachment Answer(KnowledgeTopic topic, string language, string answerId, string? asked, BotStrings strings)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(strings);
        var bound = _answerCards.GetOrAdd((topic.Id, language, strings), key => BoundCard.Of(Bind(topic, key.Language, key.Strings)));
        return bound.Fill(answerId, asked is { Length: > MaxAskedLength } ? asked[..MaxAskedLength] : asked ?? string.Empty).ToAttachment();
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

    /// <summary>
    /// A card bound with the markers, and where in it each marker stands (found once): an answer copies the card and
    /// fills just those strings.
    /// </summary>
    private sealed class BoundCard
    {
        private readonly JsonObject _prototype;
        private readonly List<(object[] Path, string Text)> _holes = [];

        private BoundCard(JsonObject prototype)
        {
            _prototype = prototype;
            Find(prototype, []);
        }

        public static BoundCard Of(JsonObject prototype) => new(prototype);

        public JsonObject Fill(string answerId, string asked)
        {
            var card = (JsonObject)_prototype.DeepClone();
            foreach (var (path, text) in _holes)
            {
                JsonNode parent = card;
                for (var i = 0; i < path.Length - 1; i++)
                {
                    parent = path[i] is string name ? parent[name]! : parent[(int)path[i]]!;
                }

                var filled = text.Replace(AnswerIdMarker, answerId, StringComparison.Ordinal).Replace(AskedMarker, asked, StringComparison.Ordinal);
                if (path[^1] is string last)
                {
                    parent[last] = filled;
                }
                else
                {
                    parent[(int)path[^1]] = filled;
                }
            }

            return card;
        }

        private void Find(JsonNode? node, List<object> path)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (name, child) in obj)
                    {
                        Visit(child, path, name);
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        Visit(array[i], path, i);
                    }

                    break;
            }
        }

        private void Visit(JsonNode? child, List<object> path, object step)
        {
            path.Add(step);
            if (child is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { } text
                && text.Contains('\uFDD0', StringComparison.Ordinal))
            {
                _holes.Add(([.. path], text));
            }
            else
            {
                Find(child, path);
            }

            path.RemoveAt(path.Count - 1);
        }
    }
}
