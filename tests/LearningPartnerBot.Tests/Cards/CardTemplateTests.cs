using System.Text.Json.Nodes;
using LearningPartnerBot.Cards;

namespace LearningPartnerBot.Tests.Cards;

public class CardTemplateTests
{
    private static JsonObject Expand(string template, object? data) => CardTemplate.Parse("test", template).Render(data).ToJsonObject();

    [Fact]
    public void Whole_string_binding_keeps_the_value_type()
    {
        var card = Expand("""{ "s": "${name}", "n": "${count}", "b": "${active}", "a": "${tags}", "o": "${owner}" }""",
            new { Name = "Contoso", Count = 3, Active = true, Tags = new[] { "x", "y" }, Owner = new { Id = 7 } });

        Assert.Equal("Contoso", card["s"]!.GetValue<string>());
        Assert.Equal(3, card["n"]!.GetValue<int>());
        Assert.True(card["b"]!.GetValue<bool>());
        Assert.Equal("""["x","y"]""", card["a"]!.ToJsonString());
        Assert.Equal(7, card["o"]!["id"]!.GetValue<int>());
    }

    [Fact]
    public void Embedded_bindings_are_stringified_into_the_text()
    {
        var card = Expand("""{ "text": "${name} has ${count} learners (${active})" }""", new { Name = "Contoso", Count = 12, Active = false });

        Assert.Equal("Contoso has 12 learners (false)", card["text"]!.GetValue<string>());
    }

    [Fact]
    public void Bound_text_cannot_break_the_json()
    {
        const string hostile = "\"}, { \"type\": \"Action.OpenUrl\" } \\ ${evil}";

        var card = Expand("""{ "title": "${text}", "quoted": "Hello ${text}" }""", new { Text = hostile });

        Assert.Equal(hostile, card["title"]!.GetValue<string>());
        Assert.Equal("Hello " + hostile, card["quoted"]!.GetValue<string>());
        Assert.Equal(2, card.Count);
    }

    [Fact]
    public void Missing_paths_render_empty()
    {
        var card = Expand("""{ "whole": "${nope.deeper}", "embedded": "a${missing}b", "index": "${items[5].name}" }""", new { Items = Array.Empty<object>() });

        Assert.Equal("", card["whole"]!.GetValue<string>());
        Assert.Equal("ab", card["embedded"]!.GetValue<string>());
        Assert.Equal("", card["index"]!.GetValue<string>());
    }

    [Fact]
    public void A_rendered_card_carries_its_bound_speak_text_for_readers_of_the_reply()
    {
        var template = CardTemplate.Parse("test", """{ "speak": "${title}: ${count}", "body": [{ "speak": "not the card's" }] }""");

        var card = template.Render(new { Title = "Gold", Count = 2 });

        Assert.Equal("Gold: 2", card.Speak);
        Assert.Equal("not the card's", card.ToJsonObject()["body"]![0]!["speak"]!.GetValue<string>());
    }

    [Fact]
    public void A_card_without_speak_text_has_none()
    {
        Assert.Null(CardTemplate.Parse("test", """{ "type": "AdaptiveCard" }""").Render(null).Speak);
    }

    [Fact]
    public void Null_data_renders_empty()
    {
        var card = Expand("""{ "text": "${title}" }""", null);

        Assert.Equal("", card["text"]!.GetValue<string>());
    }

    [Fact]
    public void Data_repeats_an_element_per_item_with_index_and_root()
    {
        var card = Expand(
            """{ "body": [ { "type": "Header" }, { "$data": "${people}", "text": "${$index}. ${name} of ${$root.company}" } ] }""",
            new { Company = "Contoso", People = new[] { new { Name = "Ada" }, new { Name = "Bo" } } });

        var body = card["body"]!.AsArray();
        Assert.Equal(3, body.Count);
        Assert.Equal("0. Ada of Contoso", body[1]!["text"]!.GetValue<string>());
        Assert.Equal("1. Bo of Contoso", body[2]!["text"]!.GetValue<string>());
        Assert.Null(body[1]!["$data"]);
    }

    [Fact]
    public void Data_over_an_empty_array_removes_the_element()
    {
        var card = Expand("""{ "body": [ { "$data": "${people}", "text": "${name}" } ] }""", new { People = Array.Empty<object>() });

        Assert.Empty(card["body"]!.AsArray());
    }

    [Fact]
    public void Data_on_an_object_rescopes_it()
    {
        var card = Expand("""{ "body": [ { "$data": "${owner}", "text": "${name}" } ], "meta": { "$data": "${owner}", "id": "${id}" } }""",
            new { Owner = new { Name = "Ada", Id = 4 } });

        Assert.Equal("Ada", card["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(4, card["meta"]!["id"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("${show}", true)]
    [InlineData("show", true)]
    [InlineData("${!show}", false)]
    [InlineData("${tier == 'Gold'}", true)]
    [InlineData("${tier != 'Gold'}", false)]
    [InlineData("${tier == 'Silver'}", false)]
    [InlineData("${count == 2}", true)]
    [InlineData("${missing}", false)]
    [InlineData("${!missing}", true)]
    [InlineData("${empty}", false)]
    public void When_keeps_or_drops_an_element(string condition, bool kept)
    {
        var template = $$"""{ "body": [ { "$when": "{{condition}}", "text": "conditional" }, { "text": "always" } ] }""";

        var body = Expand(template, new { Show = true, Tier = "Gold", Count = 2, Empty = "" })["body"]!.AsArray();

        Assert.Equal(kept ? 2 : 1, body.Count);
        Assert.Equal(kept, body.Any(e => e!["text"]!.GetValue<string>() == "conditional"));
        Assert.DoesNotContain(body, e => e!["$when"] is not null);
    }

    [Fact]
    public void When_is_evaluated_per_repeated_item()
    {
        var card = Expand("""{ "facts": [ { "$data": "${items}", "$when": "${done}", "title": "${name}" } ] }""",
            new { Items = new object[] { new { Name = "a", Done = true }, new { Name = "b", Done = false }, new { Name = "c", Done = true } } });

        Assert.Equal(["a", "c"], card["facts"]!.AsArray().Select(f => f!["title"]!.GetValue<string>()));
    }

    [Fact]
    public void When_false_on_an_object_property_drops_the_property()
    {
        var card = Expand("""{ "selectAction": { "$when": "${!readOnly}", "type": "Action.Submit" }, "type": "Container" }""", new { ReadOnly = true });

        Assert.False(card.ContainsKey("selectAction"));
        Assert.Equal("Container", card["type"]!.GetValue<string>());
    }

    [Fact]
    public void A_malformed_expression_names_itself()
    {
        var ex = Assert.Throws<FormatException>(() => Expand("""{ "text": "${a + b}" }""", new { A = 1 }));

        Assert.Contains("a + b", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_node_data_is_used_as_is()
    {
        var data = new JsonObject { ["Title"] = "Exact Case" };

        var card = Expand("""{ "text": "${Title}" }""", data);

        Assert.Equal("Exact Case", card["text"]!.GetValue<string>());
    }

    [Fact]
    public void Expanding_twice_gives_independent_cards()
    {
        var template = CardTemplate.Parse("test", """{ "text": "${name}" }""");

        var first = template.Render(new { Name = "one" }).ToJsonObject();
        var second = template.Render(new { Name = "two" }).ToJsonObject();
        first["text"] = "changed";

        Assert.Equal("two", second["text"]!.GetValue<string>());
        Assert.Equal("one", template.Render(new { Name = "one" }).ToJsonObject()["text"]!.GetValue<string>());
    }
}
