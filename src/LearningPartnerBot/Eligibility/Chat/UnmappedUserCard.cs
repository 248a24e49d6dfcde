using BotKit.Schema;
using LearningPartnerBot.Cards;

namespace LearningPartnerBot.Eligibility.Chat;

/// <summary>
/// Binds cards/eligibility-unmapped.json: why the bot cannot check eligibility for this user, and a support button.
/// The button posts the FAQ's "support" action, so the one place that knows how to reach support answers it.
/// </summary>
public sealed class UnmappedUserCard(CardLibrary cards)
{
    public const string CardName = "eligibility-unmapped";

    public Attachment Create(EligibilityChatStrings strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        return cards.Get(CardName).Render(new
        {
            title = strings.UnmappedTitle,
            explanation = strings.UnmappedExplanation,
            supportOffer = strings.UnmappedSupportOffer,
            contactSupport = strings.ContactSupport,
            language = strings.Culture.TwoLetterISOLanguageName,
        }).ToAttachment();
    }
}
