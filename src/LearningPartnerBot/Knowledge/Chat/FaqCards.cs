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
/// each topic's card is bound once per language with markers in their place and copied per answer, rather than
/// binding the template again for every answer.
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
        return bound.Fill(answerId, Shortened(asked ?? string.Empty)).ToAttachment();
    }

    /// <summary>
    /// At most <see cref="MaxAskedLength"/> characters, never cut inside a surrogate pair (an emoji), and with any
    /// lone surrogate replaced: JSON cannot carry half a character, and the card would fail to serialize.
    /// </summary>
    internal static string Shortened(string asked)
    {
        var text = asked.Length <= MaxAskedLength ? asked
            : char.IsHighSurrogate(asked[MaxAskedLength - 1]) ? asked[..(MaxAskedLength - 1)]
            : asked[..MaxAskedLength];
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
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
            sourceLine = knowledge.Article.Date is { } date ? strings.FaqSourceLine(knowledge.Article.TitleIn(language), date) : string.Empty,
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
    /// A card bound with the markers and serialized once, cut at each marker: an answer is the pieces with its
    /// answer id and question (JSON-escaped the same way) in between, sent without a JSON tree in between.
    /// </summary>
    private sealed class BoundCard
    {
        private static readonly byte[] EncodedAnswerIdMarker = Encoded(AnswerIdMarker);
        private static readonly byte[] EncodedAskedMarker = Encoded(AskedMarker);

        private readonly List<byte[]> _pieces = [];
        private readonly List<bool> _holeIsAsked = [];
        private readonly string? _speak;

        private BoundCard(JsonObject prototype)
        {
            _speak = prototype["speak"] is JsonValue speak && speak.TryGetValue<string>(out var text) ? text : null;
            ReadOnlySpan<byte> rest = JsonSerializer.SerializeToUtf8Bytes(prototype, BotJson.Options);
            while (true)
            {
                var atId = rest.IndexOf(EncodedAnswerIdMarker);
                var atAsked = rest.IndexOf(EncodedAskedMarker);
                if (atId < 0 && atAsked < 0)
                {
                    _pieces.Add(rest.ToArray());
                    break;
                }

                var isAsked = atId < 0 || (atAsked >= 0 && atAsked < atId);
                var at = isAsked ? atAsked : atId;
                _pieces.Add(rest[..at].ToArray());
                _holeIsAsked.Add(isAsked);
                rest = rest[(at + (isAsked ? EncodedAskedMarker : EncodedAnswerIdMarker).Length)..];
            }

            if (!_holeIsAsked.Contains(false))
            {
                // The card's votes could not tell one answer from another: the template lost its answer id.
                throw new InvalidOperationException($"The '{AnswerCardName}' card has no answer id to fill in.");
            }
        }

        public static BoundCard Of(JsonObject prototype) => new(prototype);

        public RenderedCard Fill(string answerId, string asked)
        {
            var id = Encoded(answerId);
            var question = Encoded(asked);
            var length = 0;
            foreach (var piece in _pieces)
            {
                length += piece.Length;
            }

            foreach (var isAsked in _holeIsAsked)
            {
                length += isAsked ? question.Length : id.Length;
            }

            var json = new byte[length];
            var at = 0;
            for (var i = 0; i < _pieces.Count; i++)
            {
                _pieces[i].CopyTo(json, at);
                at += _pieces[i].Length;
                if (i < _holeIsAsked.Count)
                {
                    var value = _holeIsAsked[i] ? question : id;
                    value.CopyTo(json, at);
                    at += value.Length;
                }
            }

            var speak = _speak?.Replace(AnswerIdMarker, answerId, StringComparison.Ordinal).Replace(AskedMarker, asked, StringComparison.Ordinal);
            return new RenderedCard(json, speak);
        }

        /// <summary>As the serializer writes <paramref name="text"/> inside a JSON string, with the same encoder.</summary>
        private static byte[] Encoded(string text) => JsonEncodedText.Encode(text, BotJson.Options.Encoder).EncodedUtf8Bytes.ToArray();
    }
}
