using System.Text.Json.Nodes;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Knowledge;
using TestSupport;

namespace LearningPartnerBot.Tests.Cards;

/// <summary>
/// Every file in cards/, bound by the bot's own builder in every language, must be a valid Adaptive Card 1.5 (the
/// newest version Teams renders) using no extension but Teams' "msteams".
/// </summary>
public sealed class CardSchemaTests
{
    private static readonly SchemaValidator AdaptiveCard = Schemas.Load("adaptive-card-1.5.json");

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

    /// <summary>A card the bot really sends, valid as bound, fails once one of its elements is broken, and the error names that element.</summary>
    [Fact]
    public void A_bound_bot_card_with_a_misspelled_element_size_is_rejected_at_that_element()
    {
        var (name, bind) = CardSamples.ByCardName.OrderBy(c => c.Key, StringComparer.Ordinal).First();
        var card = TeamsCardExtension.WithoutTeamsExtension(bind("nl").First().Card);
        Assert.True(AdaptiveCard.Validate(card).IsValid, $"cards/{name}.json should be valid before it is broken.");
        var body = card["body"]!.AsArray();
        var index = body.Select((element, i) => (element, i)).First(e => (string?)e.element!["type"] == "TextBlock").i;

        body[index]!["size"] = "Enormous";
        var result = AdaptiveCard.Validate(card);

        Assert.False(result.IsValid);
        Assert.All(result.Errors, e => Assert.StartsWith($"/body/{index}/size: ", e, StringComparison.Ordinal));
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
