using System.Globalization;
using BotKit.Hosting;
using BotKit.Schema;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Knowledge.Chat;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Requests;

namespace LearningPartnerBot.Conversation;

/// <summary>
/// What the bot does within one turn, with no journey to open: answer a question, a follow-up or an invoice date, reply
/// to small talk, list the partner's requests, pass the chat to a person. Each answer is remembered as the context of
/// the next follow-up.
/// </summary>
public sealed class TurnActions(
    FaqResponder faq,
    RequestShortcuts requests,
    InvoiceDateAnswer invoiceDates,
    LevelGapsAnswer levelGaps,
    ConversationContextStore context,
    IPersonalChatRedirect personalChat)
{
    /// <summary>Does what <paramref name="understanding"/> asks; true when the menu should be offered after it.</summary>
    public async Task<bool> RespondAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        switch (understanding.Intent)
        {
            case Intent.Greeting:
                await SmallTalkAsync(turnContext, understanding, s => s.SmallTalkGreeting, cancellationToken);
                return true;
            case Intent.Help or Intent.Capabilities:
                await SmallTalkAsync(turnContext, understanding, s => s.Help, cancellationToken);
                return true;
            case Intent.Thanks:
                await SmallTalkAsync(turnContext, understanding, s => s.SmallTalkThanks, cancellationToken);
                return false;
            case Intent.Goodbye:
                await SmallTalkAsync(turnContext, understanding, s => s.SmallTalkGoodbye, cancellationToken);
                return false;
            case Intent.MyRequests:
                if (!await MovedToPersonalChatAsync(turnContext, understanding, cancellationToken))
                {
                    await requests.ShowMyRequestsAsync(turnContext, cancellationToken);
                }

                return false;
            case Intent.TalkToPerson:
                if (!await MovedToPersonalChatAsync(turnContext, understanding, cancellationToken))
                {
                    await requests.TalkToPersonAsync(turnContext, cancellationToken);
                }

                return false;
            case Intent.InvoiceDate when await invoiceDates.TryAnswerAsync(turnContext, understanding.Text, cancellationToken) is { } month:
                await RememberInvoiceAsync(turnContext, month, cancellationToken);
                return false;
            case Intent.FollowUp:
                await FollowUpAsync(turnContext, understanding, cancellationToken);
                return false;
            default:
                await AnswerAsync(turnContext, understanding.Text, contextTopic: null, cancellationToken);
                return false;
        }
    }

    /// <summary>A journey with the partner's own data, asked in a shared conversation, continues in the personal chat.</summary>
    public Task<bool> MovedToPersonalChatAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(understanding);
        var journey = understanding.Intent switch
        {
            Intent.CheckEligibility => Journeys.Eligibility,
            Intent.FileRequest or Intent.FileDiscrepancy or Intent.RequestDirectory => Journeys.Requests,
            Intent.MyRequests => Journeys.MyRequests,
            Intent.TalkToPerson => Journeys.Person,
            _ => null,
        };
        return journey is null ? Task.FromResult(false) : personalChat.TryMoveToPersonalChatAsync(turnContext, journey, cancellationToken);
    }

    public async Task FaqCardAsync(ITurnContext turnContext, FaqCardAction action, CancellationToken cancellationToken)
    {
        await faq.HandleCardActionAsync(turnContext, action, cancellationToken);
        if (action is { Action: FaqCardAction.Show, Topic: { } topic })
        {
            await context.RememberAsync(turnContext, c => (c.TopicId, c.Last) = (topic, ContextKind.Topic), cancellationToken);
        }
    }

    /// <summary>A Send clicked again on a form that was already filed: the reference again, nothing filed twice.</summary>
    public Task<bool> AlreadySentAsync(ITurnContext turnContext, FormSubmit form, CancellationToken cancellationToken) =>
        requests.TryRepeatSentAsync(turnContext, form, cancellationToken);

    public Task RememberCheckAsync(ITurnContext turnContext, EligibilityChecked check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(check);
        return context.RememberAsync(turnContext, c => (c.CheckedMpnId, c.CheckedCompetency, c.Last) = (check.MpnId, check.Competency, ContextKind.Check), cancellationToken);
    }

    public async Task SayAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
    }

    /// <summary>
    /// "and for silver?" after a check shows that level's gaps for the same partner, otherwise that level's topic; "and for
    /// march?" after an invoice date gives that month's date; anything else is asked again with the topic just answered.
    /// </summary>
    private async Task FollowUpAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        var last = await context.GetAsync(turnContext, cancellationToken);
        var entities = understanding.Entities;
        if (entities.Level is { } level)
        {
            if (last is { CheckedMpnId: { } mpnId, CheckedCompetency: { } competency }
                && await levelGaps.TryAnswerAsync(turnContext, mpnId, competency, level, cancellationToken))
            {
                await context.RememberAsync(turnContext, c => c.Last = ContextKind.Check, cancellationToken);
                return;
            }

            await AnswerTopicAsync(turnContext, LevelTopic(level), cancellationToken);
            return;
        }

        if (entities.Month is { } month && last?.Last == ContextKind.InvoiceDate)
        {
            var answered = await invoiceDates.AnswerAsync(turnContext, month, entities.Year, language: null, cancellationToken);
            await RememberInvoiceAsync(turnContext, answered, cancellationToken);
            return;
        }

        await AnswerAsync(turnContext, understanding.Text, last?.Last == ContextKind.Topic ? last.TopicId : null, cancellationToken);
    }

    private async Task AnswerAsync(ITurnContext turnContext, string question, string? contextTopic, CancellationToken cancellationToken)
    {
        var answer = await faq.AnswerAsync(turnContext, question, contextTopic, cancellationToken);
        if (answer.Answer?.Topic.Id is { } topic)
        {
            await context.RememberAsync(turnContext, c => (c.TopicId, c.Last) = (topic, ContextKind.Topic), cancellationToken);
        }
    }

    private async Task AnswerTopicAsync(ITurnContext turnContext, string topic, CancellationToken cancellationToken)
    {
        await faq.ShowTopicAsync(turnContext, topic, cancellationToken);
        await context.RememberAsync(turnContext, c => (c.TopicId, c.Last) = (topic, ContextKind.Topic), cancellationToken);
    }

    private Task RememberInvoiceAsync(ITurnContext turnContext, DateOnly month, CancellationToken cancellationToken) =>
        context.RememberAsync(turnContext, c => (c.InvoiceMonth, c.InvoiceYear, c.Last) = (month.Month, month.Year, ContextKind.InvoiceDate), cancellationToken);

    private static string LevelTopic(EnrollmentLevel level) => level switch
    {
        EnrollmentLevel.ActionPack => "action-pack",
        EnrollmentLevel.Silver => "silver",
        _ => "gold",
    };

    /// <summary>"hello" and "thanks" are said in every language; only a Dutch or Turkish phrasing says which language to answer in.</summary>
    private static async Task SmallTalkAsync(ITurnContext turnContext, Understanding understanding, Func<BotStrings, string> reply, CancellationToken cancellationToken)
    {
        var chatCulture = LocaleResolver.Resolve(turnContext.Activity);
        var culture = understanding.Language is { } language && language != KnowledgeLanguages.Default && language != chatCulture.TwoLetterISOLanguageName
            ? CultureInfo.GetCultureInfo(language)
            : chatCulture;
        var message = MessageFactory.Text(reply(BotStrings.Get(culture)));
        if (culture.TwoLetterISOLanguageName != chatCulture.TwoLetterISOLanguageName)
        {
            message.Locale = culture.Name;
        }

        await turnContext.SendActivityAsync(message, cancellationToken);
    }
}
