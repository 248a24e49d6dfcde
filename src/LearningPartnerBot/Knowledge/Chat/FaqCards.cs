using System.Collections.Concurrent;
using System.Text.Json;
using BotKit.Schema;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Knowledge.Search;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Knowledge.Chat;

/// <summary>
/// Binds the FAQ card templates (cards/faq-answer.json, cards/faq-not-sure.json) to a topic or a set of suggestions.
/// An answer card differs from the last answer of the same topic only in its answer id and the question asked, so
/// each topic's card is bound once per language with markers in their place and copied per answer, rather than
/// binding the template again for every answer. A "not sure" card differs from another with as many suggestions
/// only in the suggested topics and their questions, so it is bound once per language and number of suggestions.
/// </summary>
public sealed class FaqCards(CardLibrary cards, KnowledgeBase knowledge)
{
    // Characters no answer id, question or translation contains, so a marker can only be one we put there.
    private const string AnswerIdMarker = "\uFDD0answerId\uFDD1";
    private const string AskedMarker = "\uFDD0asked\uFDD1";

    // Bounded: topics x languages x string sets, all fixed once the knowledge base is loaded.
    private readonly ConcurrentDictionary<(string Topic, string Language, BotStrings Strings), BoundCard> _answerCards = new();

    // Bounded: languages x string sets x the answerer's most suggestions (plus none).
    private readonly ConcurrentDictionary<(string Language, BotStrings Strings, int Count), BoundCard> _notSureCards = new();

    public const string AnswerCardName = "faq-answer";
    public const string NotSureCardName = "faq-not-sure";

    /// <summary>Longest question text a vote carries back for reviewers; the card stays small for Teams.</summary>
    internal const int MaxAskedLength = 200;

    public Attachment Answer(KnowledgeTopic topic, string language, string answerId, string? asked, BotStrings strings)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(strings);
        var bound = _answerCards.GetOrAdd((topic.Id, language, strings), key => BoundAnswer(topic, key.Language, key.Strings));
        return bound.Fill([answerId, Shortened(asked ?? string.Empty)]).ToAttachment();
    }

    private BoundCard BoundAnswer(KnowledgeTopic topic, string language, BotStrings strings)
    {
        var bound = new BoundCard(Bind(topic, language, strings), [AnswerIdMarker, AskedMarker]);
        if (!bound.Fills(0))
        {
            // The card's votes could not tell one answer from another: the template lost its answer id.
            throw new InvalidOperationException($"The '{AnswerCardName}' card has no answer id to fill in.");
        }

        return bound;
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

    private RenderedCard Bind(KnowledgeTopic topic, string language, BotStrings strings)
    {
        var text = topic.Text(language);
        var related = topic.Related.Select(knowledge.Find).OfType<KnowledgeTopic>()
            .Select(r => new { topic = r.Id, language, question = r.Text(language).Question })
            .ToList();
        return cards.Get(AnswerCardName).Render(new
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
        var bound = _notSureCards.GetOrAdd((language, strings, suggestions.Count), key => BoundNotSure(key.Language, key.Strings, key.Count));

        // In the markers' order: each suggestion's topic, then its question.
        var values = new string[suggestions.Count * 2];
        for (var i = 0; i < suggestions.Count; i++)
        {
            values[2 * i] = suggestions[i].Topic.Id;
            values[(2 * i) + 1] = suggestions[i].Topic.Text(language).Question;
        }

        return bound.Fill(values).ToAttachment();
    }

    private BoundCard BoundNotSure(string language, BotStrings strings, int count)
    {
        var markers = Enumerable.Range(0, count).SelectMany(i => new[] { Marker($"topic{i}"), Marker($"question{i}") }).ToList();
        var card = cards.Get(NotSureCardName).Render(new
        {
            notSure = strings.FaqNotSure,
            didYouMean = strings.FaqDidYouMean,
            noSuggestions = strings.FaqNoSuggestions,
            hasSuggestions = count > 0,
            suggestions = Enumerable.Range(0, count).Select(i => new { topic = markers[2 * i], language, question = markers[(2 * i) + 1] }).ToList(),
            contactSupport = strings.FaqContactSupport,
        });
        return new BoundCard(card, markers);
    }

    private static string Marker(string name) => $"\uFDD0{name}\uFDD1";

    /// <summary>
    /// A card bound with markers and serialized once, cut at each marker: a card is the pieces with its values
    /// (JSON-escaped the same way) in the holes between them, sent without a JSON tree in between.
    /// </summary>
    private sealed class BoundCard
    {
        private readonly List<byte[]> _pieces = [];
        private readonly List<int> _holes = [];
        private readonly IReadOnlyList<string> _markers;
        private readonly string? _speak;

        /// <param name="prototype">The card bound with <paramref name="markers"/> where its values go.</param>
        /// <param name="markers">Strings no value contains; <see cref="Fill"/> takes their values in this order.</param>
        public BoundCard(RenderedCard prototype, IReadOnlyList<string> markers)
        {
            _markers = markers;
            _speak = prototype.Speak;
            var encoded = markers.Select(Encoded).ToList();
            var rest = prototype.Utf8Json;
            while (true)
            {
                var (at, marker) = (-1, -1);
                for (var m = 0; m < encoded.Count; m++)
                {
                    var found = rest.IndexOf(encoded[m]);
                    if (found >= 0 && (at < 0 || found < at))
                    {
                        (at, marker) = (found, m);
                    }
                }

                if (at < 0)
                {
                    _pieces.Add(rest.ToArray());
                    break;
                }

                _pieces.Add(rest[..at].ToArray());
                _holes.Add(marker);
                rest = rest[(at + encoded[marker].Length)..];
            }
        }

        /// <summary>Whether the card shows the value of marker <paramref name="marker"/> anywhere.</summary>
        public bool Fills(int marker) => _holes.Contains(marker);

        public RenderedCard Fill(string[] values)
        {
            var encoded = new byte[values.Length][];
            for (var i = 0; i < values.Length; i++)
            {
                encoded[i] = Encoded(values[i]);
            }

            var length = 0;
            foreach (var piece in _pieces)
            {
                length += piece.Length;
            }

            foreach (var hole in _holes)
            {
                length += encoded[hole].Length;
            }

            var json = new byte[length];
            var at = 0;
            for (var i = 0; i < _pieces.Count; i++)
            {
                _pieces[i].CopyTo(json, at);
                at += _pieces[i].Length;
                if (i < _holes.Count)
                {
                    var value = encoded[_holes[i]];
                    value.CopyTo(json, at);
                    at += value.Length;
                }
            }

            var speak = _speak;
            for (var m = 0; speak is not null && m < _markers.Count; m++)
            {
                speak = speak.Replace(_markers[m], values[m], StringComparison.Ordinal);
            }

            return new RenderedCard(json, speak);
        }

        /// <summary>As the serializer writes <paramref name="text"/> inside a JSON string, with the same encoder.</summary>
        private static byte[] Encoded(string text) => JsonEncodedText.Encode(text, BotJson.Options.Encoder).EncodedUtf8Bytes.ToArray();
    }
}
