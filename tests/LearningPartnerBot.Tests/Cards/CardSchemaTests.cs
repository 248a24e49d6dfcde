using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Localization;
using TestSupport.JsonSchema;
using TestSupport;

namespace LearningPartnerBot.Tests.Cards;

/// <summary>Every card the bot can send must be a valid Adaptive Card 1.5, the newest version Teams renders.</summary>
public sealed class CardSchemaTests
{
    private static readonly JsonSchemaValidator AdaptiveCard = Schemas.Load("adaptive-card-1.5.json");

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    [InlineData("tr")]
    public void The_bound_welcome_card_is_a_valid_adaptive_card_1_5(string language)
    {
        var attachment = WelcomeCard.Create(new CardLibrary(), BotStrings.Get(new CultureInfo(language)));
        var card = JsonNode.Parse(JsonSerializer.Serialize(attachment.Content))!;

        var result = AdaptiveCard.Validate(card);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
    }

    [Fact]
    public void Schema_validation_catches_a_card_teams_could_not_render()
    {
        var card = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","size":"Enormous"}]}""")!;

        Assert.False(AdaptiveCard.Validate(card).IsValid);
    }
}
