using System.Globalization;
using BotKit.Hosting;
using BotKit.Schema;
using LearningPartnerBot.Knowledge.SmallTalk;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Knowledge.Chat;

/// <summary>
/// A typed message outside any form: small talk gets a friendly word, anything else is a question for the FAQ.
/// </summary>
public sealed class ConversationalTurn(FaqResponder faq)
{
    public enum Next
    {
        /// <summary>Wait for the partner; the reply carries its own next steps.</summary>
        Wait,

        /// <summary>Offer the menu: the partner asked what the bot can do, or greeted it.</summary>
        ShowMenu,
    }

    public async Task<Next> RespondAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var (intent, language) = SmallTalkRecognizer.Recognize(text);
        if (intent == SmallTalkIntent.None)
        {
            await faq.AnswerAsync(turnContext, text, cancellationToken);
            return Next.Wait;
        }

        // "hello" and "thanks" are used in every language; only a Dutch or Turkish word says which language to answer in.
        var chatCulture = LocaleResolver.Resolve(turnContext.Activity);
        var culture = language is not null and not KnowledgeLanguages.Default ? CultureInfo.GetCultureInfo(language) : chatCulture;
        var strings = BotStrings.Get(culture);
        var (reply, next) = intent switch
        {
            SmallTalkIntent.Greeting => (strings.SmallTalkGreeting, Next.ShowMenu),
            SmallTalkIntent.Thanks => (strings.SmallTalkThanks, Next.Wait),
            SmallTalkIntent.Goodbye => (strings.SmallTalkGoodbye, Next.Wait),
            _ => (strings.Help, Next.ShowMenu),
        };
        var message = MessageFactory.Text(reply);
        if (culture.TwoLetterISOLanguageName != chatCulture.TwoLetterISOLanguageName)
        {
            message.Locale = culture.Name;
        }

        await turnContext.SendActivityAsync(message, cancellationToken);
        return next;
    }
}
