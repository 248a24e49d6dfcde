using System.Globalization;
using BotKit.Hosting;
using BotKit.Schema;
using LearningPartnerBot.Diagnostics;
using LearningPartnerBot.Knowledge.Feedback;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Knowledge.Chat;

/// <summary>
/// The FAQ in a conversation: answers a question with the answer card, or says it is not sure and offers the
/// close topics; records what it could not answer; and carries out the FAQ cards' buttons.
/// </summary>
public sealed class FaqResponder(FaqAnswerer answerer, FaqCards cards, FaqFeedbackStore feedback, BotMetrics? metrics = null)
{
    public Task<FaqAnswer> AnswerAsync(ITurnContext turnContext, string question, CancellationToken cancellationToken) =>
        AnswerAsync(turnContext, question, contextTopic: null, cancellationToken);

    /// <summary>
    /// Answers <paramref name="question"/>; with <paramref name="contextTopic"/> (a follow-up such as "how long does that
    /// take?") the question is read together with that topic's own question, so "that" means what was just answered.
    /// </summary>
    public async Task<FaqAnswer> AnswerAsync(ITurnContext turnContext, string question, string? contextTopic, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var chatLanguage = LocaleResolver.Resolve(activity).TwoLetterISOLanguageName;
        var language = KnowledgeLanguages.All.Contains(chatLanguage) ? chatLanguage : KnowledgeLanguages.Default;
        var inContext = contextTopic is not null && answerer.Index.Knowledge.Find(contextTopic) is { } topic
            ? answerer.Answer(question + " " + topic.Text(language).Question, chatLanguage)
            : null;
        var result = inContext is { IsAnswered: true } ? inContext : answerer.Answer(question, chatLanguage);

        var strings = BotStrings.Get(CultureInfo.GetCultureInfo(result.Language));
        metrics?.FaqAnswered(result.Language, result.IsAnswered);
        BotTracing.FaqDecided(
            turnContext, result.IsAnswered ? "answered" : result.IsOutOfScope ? "out-of-scope" : "not-sure", result.Answer?.Topic.Id, result.TopScore, result.Language);
        feedback.CountAnswer(result.Language, result.Answer?.Topic.Id, result.IsAnswered);
        if (result.Answer is { } answer)
        {
            await SendTopicAsync(turnContext, answer.Topic, result.Language, question, strings, cancellationToken);
            return result;
        }

        // Kept before replying, so a question goes to review even if the reply fails to send.
        feedback.KeepUnanswered(new UnansweredQuestion
        {
            Question = question,
            Language = result.Language,
            BestTopicId = result.Ranked.Count > 0 ? result.Ranked[0].Topic.Id : null,
            BestScore = result.TopScore,
            Suggestions = string.Join(',', result.Suggestions.Select(s => s.Topic.Id)),
            ChannelId = activity.ChannelId ?? string.Empty,
            ActivityId = activity.Id,
        });
        var reply = MessageFactory.Attachment(cards.NotSure(result.Suggestions, result.Language, strings));
        reply.Locale = result.Language;
        await turnContext.SendActivityAsync(reply, cancellationToken);
        return result;
    }

    /// <summary>Sends a topic's answer card as if its own question had been asked; false when the topic is not in the knowledge base.</summary>
    public async Task<bool> ShowTopicAsync(ITurnContext turnContext, string topicId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (answerer.Index.Knowledge.Find(topicId) is not { } topic)
        {
            return false;
        }

        var language = LocaleResolver.Resolve(turnContext.Activity).TwoLetterISOLanguageName;
        language = KnowledgeLanguages.All.Contains(language) ? language : KnowledgeLanguages.Default;
        await SendTopicAsync(turnContext, topic, language, asked: topic.Text(language).Question, BotStrings.Get(CultureInfo.GetCultureInfo(language)), cancellationToken);
        return true;
    }

    public async Task HandleCardActionAsync(ITurnContext turnContext, FaqCardAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(action);
        var language = action.Language is { } l && KnowledgeLanguages.All.Contains(l)
            ? l
            : LocaleResolver.Resolve(turnContext.Activity).TwoLetterISOLanguageName;
        var strings = BotStrings.Get(CultureInfo.GetCultureInfo(language));
        var topic = answerer.Index.Knowledge.Find(action.Topic);
        switch (action.Action)
        {
            case FaqCardAction.Show when topic is not null:
                await SendTopicAsync(turnContext, topic, language, asked: topic.Text(language).Question, strings, cancellationToken);
                break;
            case FaqCardAction.Vote when topic is not null && action.AnswerId is not null && action.Helpful is { } helpful:
                await feedback.RecordVoteAsync(new FaqVote
                {
                    AnswerId = action.AnswerId,
                    UserKey = UserKey(turnContext.Activity),
                    TopicId = topic.Id,
                    Language = language,
                    Helpful = helpful,
                    Question = action.Question,
                    ChannelId = turnContext.Activity.ChannelId ?? string.Empty,
                }, cancellationToken);
                await SendTextAsync(turnContext, helpful ? strings.FaqThanksHelpful : strings.FaqThanksNotHelpful, language, cancellationToken);
                break;
            default:
                // A stale card (its topic was removed from the knowledge base) or a forged submit.
                await SendTextAsync(turnContext, strings.FaqNoSuggestions, language, cancellationToken);
                break;
        }
    }

    private async Task SendTopicAsync(ITurnContext turnContext, KnowledgeTopic topic, string language, string? asked, BotStrings strings, CancellationToken cancellationToken)
    {
        var reply = MessageFactory.Attachment(cards.Answer(topic, language, Guid.NewGuid().ToString("N"), asked, strings));
        reply.Locale = language;
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    private static async Task SendTextAsync(ITurnContext turnContext, string text, string language, CancellationToken cancellationToken)
    {
        var reply = MessageFactory.Text(text);
        reply.Locale = language;
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    /// <summary>One partner across their turns: Teams gives a stable AAD object id, other channels the from.id.</summary>
    private static string UserKey(Activity activity) =>
        (activity.ChannelId ?? string.Empty) + ":" + (activity.From?.AadObjectId ?? activity.From?.Id ?? "anonymous");
}
