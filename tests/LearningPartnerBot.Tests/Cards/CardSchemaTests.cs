using System.Text.Json.Nodes;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Knowledge;
using TestSupport;
using TestSupport.JsonSchema;

namespace LearningPartnerBot.Tests.Cards;

/// <summary>
/// Every file in cards/, bound by the bot's own builder in every language, must be a valid Adaptive Card 1.5 (the
/// newest version Teams renders) using no extension but Teams' "msteams".
/// </summary>
public sealed class CardSchemaTests
{
    private static readonly JsonSchemaValidator AdaptiveCard = Schemas.Load("adaptive-card-1.5.json");

    private static string CardsFolder => Path.Combine(AppContext.BaseDirectory, "RepositoryFiles", "cards");

    public static TheoryData<string> CardFiles =>
        [.. Directory.GetFiles(CardsFolder, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(CardsFolder, path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CardFiles))]
    public void Every_card_file_binds_in_every_language_to_a_valid_adaptive_card_1_5(string file)
    {
        Assert.True(Path.GetDirectoryName(file) is "" && Path.GetExtension(file) == ".json", $"cards/{file}: the bot embeds only cards/*.json, so this file would never be sent.");
        var name = Path.GetFileNameWithoutExtension(file);
        Assert.True(
            CardSamples.ByCardName.TryGetValue(name, out var bind),
            $"cards/{file} is bound by no card builder the tests know: add it to CardSamples through the builder the bot uses.");

        foreach (var language in KnowledgeLanguages.All)
        {
            foreach (var (sample, card) in bind(language))
            {
                var result = AdaptiveCard.Validate(TeamsCardExtension.WithoutTeamsExtension(card));

                var context = $"cards/{file}, {language}, {sample}";
                Assert.True(result.IsValid, context + ":" + Environment.NewLine + string.Join(Environment.NewLine, result.Errors));
                Assert.Equal("1.5", (string?)card["version"]);
                Assert.DoesNotContain("${", card.ToJsonString(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_sample_binding_names_a_card_that_the_bot_embeds()
    {
        Assert.Empty(CardSamples.ByCardName.Keys.Except(new CardLibrary().Names));
    }

    [Fact]
    public void Schema_validation_catches_a_card_teams_could_not_render()
    {
        var card = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","size":"Enormous"}]}""")!.AsObject();

        Assert.False(AdaptiveCard.Validate(TeamsCardExtension.WithoutTeamsExtension(card)).IsValid);
    }

    [Fact]
    public void The_teams_extension_is_allowed_on_a_card_and_any_other_extension_is_not()
    {
        var teams = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[],"msteams":{"width":"Full"}}""")!.AsObject();
        var other = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[],"outlook":{"width":"Full"}}""")!.AsObject();

        Assert.True(AdaptiveCard.Validate(TeamsCardExtension.WithoutTeamsExtension(teams)).IsValid);
        Assert.False(AdaptiveCard.Validate(TeamsCardExtension.WithoutTeamsExtension(other)).IsValid);
    }
}
