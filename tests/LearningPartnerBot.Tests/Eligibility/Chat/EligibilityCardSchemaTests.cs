using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Eligibility.Advice;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Eligibility.Demo;
using LearningPartnerBot.Tests.Eligibility.Data;
using TestSupport;

namespace LearningPartnerBot.Tests.Eligibility.Chat;

/// <summary>The eligibility cards, bound for every demo partner in every language, are valid Adaptive Cards 1.5.</summary>
public sealed class EligibilityCardSchemaTests
{
    private static readonly SchemaValidator AdaptiveCard = Schemas.Load("adaptive-card-1.5.json");

    [Theory]
    [InlineData("en", "2026-03-10")]
    [InlineData("nl", "2026-03-10")]
    [InlineData("tr", "2026-03-10")]
    [InlineData("en", "2021-02-10")]
    public async Task The_result_card_of_every_demo_partner_is_a_valid_adaptive_card_1_5(string language, string day)
    {
        var today = DateOnly.Parse(day, CultureInfo.InvariantCulture);
        var strings = EligibilityChatStrings.Get(CultureInfo.GetCultureInfo(language));
        using var database = new TempEligibilityDatabase();
        await using (var db = database.Open())
        {
            await DemoDataSeeder.SeedAsync(db, today);
        }

        var service = database.Service(today);
        var cards = new EligibilityResultCard(new CardLibrary());
        foreach (var user in DemoPartners.Users)
        {
            var identity = (await service.FindUserAsync(user.AadObjectId, null))!;
            foreach (var competency in await service.LearningCompetenciesAsync())
            {
                var verdict = await service.CheckAsync(identity.MpnId, competency.Name);
                var card = Json(cards.Create(verdict, identity.PartnerName, NextStepsWriter.Write(verdict, identity, strings.Culture), strings).Content);

                var result = AdaptiveCard.Validate(card);

                Assert.True(result.IsValid, $"{user.Name}, {competency.Name}: " + string.Join(Environment.NewLine, result.Errors));
            }
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    [InlineData("tr")]
    public void The_unlinked_user_card_is_a_valid_adaptive_card_1_5(string language)
    {
        var card = Json(new UnmappedUserCard(new CardLibrary()).Create(EligibilityChatStrings.Get(CultureInfo.GetCultureInfo(language))).Content);

        var result = AdaptiveCard.Validate(card);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
    }

    private static JsonNode Json(object? content) => JsonNode.Parse(JsonSerializer.Serialize(content))!;
}
