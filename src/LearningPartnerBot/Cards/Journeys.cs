namespace LearningPartnerBot.Cards;

/// <summary>
/// The three things a partner can do. The welcome card's buttons post these ids as <c>value.journey</c>
/// (and, in Teams, as the message text), so routing never depends on the button's localized title.
/// </summary>
public static class Journeys
{
    public const string Faq = "faq";
    public const string Eligibility = "eligibility";
    public const string Requests = "requests";
}
