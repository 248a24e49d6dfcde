using System.Text.Json.Nodes;
using TestSupport;

namespace BotKit.Tests.Schema;

/// <summary>The validator against the real Adaptive Card 1.5 and Teams manifest 1.29 schemas the bot's tests will use.</summary>
public class OfficialSchemaValidationTests
{
    private const string ValidCard = """
        {
          "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
          "type": "AdaptiveCard",
          "version": "1.5",
          "body": [
            { "type": "TextBlock", "text": "Kies je leertraject", "weight": "bolder", "size": "Medium", "wrap": true },
            { "type": "Input.Text", "id": "email", "label": "E-mail", "style": "Email", "isRequired": true, "errorMessage": "Vul je e-mailadres in" },
            { "type": "Input.ChoiceSet", "id": "track", "style": "expanded",
              "choices": [ { "title": "Azure", "value": "azure" }, { "title": "Security", "value": "security" } ] },
            { "type": "FactSet", "facts": [ { "title": "Partner", "value": "Contoso" } ] }
          ],
          "actions": [
            { "type": "Action.Execute", "title": "Inschrijven", "verb": "enroll", "data": { "step": 1 } },
            { "type": "Action.OpenUrl", "title": "Meer info", "url": "https://learn.microsoft.com" }
          ]
        }
        """;

    private static List<string> CardErrors(Action<JsonObject> breakCard)
    {
        var card = JsonNode.Parse(ValidCard)!.AsObject();
        breakCard(card);
        return [.. Schemas.Load("adaptive-card-1.5.json").Validate(card).Errors];
    }

    [Fact]
    public void A_realistic_card_with_case_insensitive_enum_values_is_valid()
    {
        var result = Schemas.Load("adaptive-card-1.5.json").Validate(JsonNode.Parse(ValidCard));

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void A_Teams_only_msteams_property_on_the_card_is_rejected_because_the_schema_is_closed()
    {
        var errors = CardErrors(card => card["msteams"] = new JsonObject { ["width"] = "Full" });

        Assert.StartsWith("/msteams: ", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void A_TextBlock_without_text_names_the_missing_property_in_the_closest_branch()
    {
        var errors = CardErrors(card => card["body"]![0]!.AsObject().Remove("text"));

        var error = Assert.Single(errors);
        Assert.StartsWith("/body/0: required", error, StringComparison.Ordinal);
        Assert.Contains("\"text\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_color_and_a_numeric_verb_are_both_reported()
    {
        var errors = CardErrors(card =>
        {
            card["body"]![0]!["color"] = "purple";
            card["actions"]![0]!["verb"] = 5;
        });

        Assert.Contains(errors, e => e.StartsWith("/body/0/color: enum", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("/actions/0/verb: type", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Matches("^/(body/0/color|actions/0/verb): ", e));
    }

    private const string MinimalManifest = """
        {
          "$schema": "https://developer.microsoft.com/en-us/json-schemas/teams/v1.29/MicrosoftTeams.schema.json",
          "manifestVersion": "1.29",
          "version": "1.0.0",
          "id": "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
          "developer": { "name": "Contoso", "websiteUrl": "https://contoso.example", "privacyUrl": "https://contoso.example/privacy", "termsOfUseUrl": "https://contoso.example/terms" },
          "name": { "short": "Learning Partner", "full": "Learning Partner enrollment helper" },
          "description": { "short": "Enroll in partner learning tracks", "full": "Helps Microsoft partners enroll in learning tracks." },
          "icons": { "outline": "outline.png", "color": "color.png" },
          "accentColor": "#FFFFFF",
          "bots": [ { "botId": "8e7a1c52-1d6b-4a4e-9a55-1c2d3e4f5a6b", "scopes": [ "personal" ] } ]
        }
        """;

    [Fact]
    public void A_minimal_manifest_is_valid_and_a_wrong_version_or_bot_id_is_not()
    {
        var validator = Schemas.Load("teams-manifest-1.29.schema.json");
        var manifest = JsonNode.Parse(MinimalManifest)!;
        var valid = validator.Validate(manifest);

        manifest["manifestVersion"] = "1.28";
        manifest["bots"]![0]!["botId"] = "not-a-guid";
        var invalid = validator.Validate(manifest);

        Assert.True(valid.IsValid, valid.ToString());
        Assert.Contains(invalid.Errors, e => e.StartsWith("/manifestVersion: const", StringComparison.Ordinal));
        Assert.Contains(invalid.Errors, e => e.StartsWith("/bots/0/botId: pattern", StringComparison.Ordinal));
    }
}
