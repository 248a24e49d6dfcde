using BotKit.Schema;
using LearningPartnerBot.Knowledge.Chat;

namespace LearningPartnerBot.Conversation;

/// <summary>
/// The card submits the bot acts on, by their key in the submit data: <c>faq</c> (an FAQ card's button) and
/// <c>journey</c> (a journey chosen on a card). A channel that turns another kind of button into a submit (Teams'
/// Action.Execute) asks here, so it accepts only what the conversation will act on without knowing the features.
/// </summary>
public static class CardSubmits
{
    public const string Faq = "faq";
    public const string Journey = "journey";

    /// <summary>Whether <paramref name="submit"/>'s value under <paramref name="key"/> is one the conversation acts on.</summary>
    public static bool Understands(string key, Activity submit)
    {
        ArgumentNullException.ThrowIfNull(submit);
        return key switch
        {
            Faq => FaqCardAction.From(submit) is not null,
            Journey => Journeys.FromCardSubmit(submit) is not null,
            _ => false,
        };
    }
}
