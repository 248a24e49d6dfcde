using BotKit.Schema;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Knowledge.Search;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Knowledge.Chat;

/// <summary>Binds the FAQ card templates (cards/faq-answer.json, cards/faq-not-sure.json) to a topic or a set of suggestions.</summary>
public sealed class FaqCards(CardLibrary cards, KnowledgeBase knowledge)
{
    public const string AnswerCardName = "faq-answer";
    public const string NotSureCardName = "faq-not-sure";

    /// <summary>Longest question text a vote carries back for reviewers; the card stays small for Teams.</summary>
    internal const int MaxAskedLength = 200;

    public Attachment Answer(KnowledgeTopic topic, string language, string answerId, string? asked, BotStrings strings)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(strings);
        var text = topic.Text(language);
        var related = topic.Related.Select(knowledge.Find).OfType<KnowledgeTopic>()
            .Select(r => new { topic = r.Id, language, question = r.Text(language).Question })
            .ToList();
        return cards.Get(AnswerCardName).Expand(new
        {
            topic = topic.Id,
            language,
            answerId,
            asked = asked is { Length: > MaxAskedLength } ? asked[..MaxAskedLength] : asked ?? string.Empty,
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
        }).ToAttachment();
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
}
