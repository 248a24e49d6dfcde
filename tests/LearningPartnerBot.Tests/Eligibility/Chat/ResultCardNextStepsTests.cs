using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Eligibility.Advice;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Rules;
using LearningPartnerBot.Tests.Eligibility.Advice;

namespace LearningPartnerBot.Tests.Eligibility.Chat;

/// <summary>The result card numbers the actions only: what the notes say is on the card already, once.</summary>
public sealed class ResultCardNextStepsTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    [InlineData("tr")]
    public void Pending_invoices_covid_and_the_discount_are_not_repeated_as_numbered_steps(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var verdict = Verdicts.GoldForSilverPartner();
        var steps = NextStepsWriter.Write(verdict, new PartnerIdentity(verdict.MpnId, "Contoso Learning", "Kim", PartnerRole.MpnPartnerAdmin, []), culture);
        var strings = EligibilityChatStrings.Get(culture);

        var card = new EligibilityResultCard(new CardLibrary()).Create(verdict, "Contoso Learning", steps, strings);

        var texts = ResultCards.Texts(JsonNode.Parse(JsonSerializer.Serialize(card.Content)));
        Assert.Equal(steps.Actions.Select((text, i) => $"{i + 1}. {text}"), texts.Where(t => t.Length > 2 && char.IsDigit(t[0]) && t[1] == '.'));
        Assert.All(steps.Notes, note => Assert.DoesNotContain(texts, t => t.Contains(note, StringComparison.Ordinal)));
        Assert.Contains(texts, t => t.Contains(strings.CovidNote, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains(strings.UpgradeDiscountNote, StringComparison.Ordinal));
    }
}
