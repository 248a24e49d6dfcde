using BotKit.Schema;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Cards;

/// <summary>The greeting card with the three journeys, in the partner's language.</summary>
public static class WelcomeCard
{
    public const string CardName = "welcome";

    public static Attachment Create(CardLibrary cards, BotStrings strings)
    {
        ArgumentNullException.ThrowIfNull(cards);
        ArgumentNullException.ThrowIfNull(strings);
        var card = cards.Get(CardName).Render(new
        {
            title = strings.WelcomeTitle,
            subtitle = strings.WelcomeSubtitle,
            intro = strings.WelcomeIntro,
            prompt = strings.MenuPrompt,
            faq = new { title = strings.FaqTitle, description = strings.FaqDescription },
            eligibility = new { title = strings.EligibilityTitle, description = strings.EligibilityDescription },
            requests = new { title = strings.RequestsTitle, description = strings.RequestsDescription },
        });
        return card.ToAttachment();
    }
}
