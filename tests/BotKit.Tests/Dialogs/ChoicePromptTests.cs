using System.Text.Json;
using BotKit.Dialogs;
using BotKit.Dialogs.Choices;
using BotKit.Schema;
using BotKit.Testing;

namespace BotKit.Tests.Dialogs;

public sealed class ChoicePromptTests
{
    private static readonly List<Choice> Levels =
    [
        new("Silver competency"),
        new("Gold competency") { Synonyms = ["premium"] },
        new("Solutions Partner"),
    ];

    [Theory]
    [InlineData("2", "Gold competency", 1)]
    [InlineData("Gold competency", "Gold competency", 1)]
    [InlineData("  GOLD COMPETENCY! ", "Gold competency", 1)]
    [InlineData("premium", "Gold competency", 1)]
    [InlineData("3", "Solutions Partner", 2)]
    public async Task Number_exact_title_and_synonym_match_with_full_score(string input, string value, int index)
    {
        var found = await AnswerAsync(input);

        Assert.Equal(value, found.Value);
        Assert.Equal(index, found.Index);
        Assert.Equal(1.0, found.Score);
    }

    [Theory]
    [InlineData("gold", "Gold competency")]
    [InlineData("I'd like silver please", "Silver competency")]
    [InlineData("solutions", "Solutions Partner")]
    public async Task Partial_text_matches_the_choice_that_contains_it(string input, string value)
    {
        var found = await AnswerAsync(input);

        Assert.Equal(value, found.Value);
        Assert.InRange(found.Score, 0.01, 0.99);
    }

    [Theory]
    [InlineData("competency")]
    [InlineData("bronze")]
    [InlineData("4")]
    public async Task Ambiguous_unknown_or_out_of_range_answers_get_the_localized_retry_with_the_choices_again(string input)
    {
        var client = Client(Levels);
        await client.SendActivityAsync<Activity>("hi");

        var retry = await client.SendActivityAsync<Activity>(input);

        Assert.Equal("Please choose one of the options.", retry!.Text);
        Assert.Equal(Levels.Select(c => c.Value), retry.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Theory]
    [InlineData("altin")]
    [InlineData("ALTIN")]
    [InlineData("Altın")]
    [InlineData("altını")]
    [InlineData("ALTIN YETKİNLİK")]
    public async Task Turkish_choices_match_without_Turkish_characters_or_case(string input)
    {
        var client = Client(Choice.FromValues("Gümüş yetkinlik", "Altın yetkinlik"));
        client.Locale = "tr-TR";
        await client.SendActivityAsync<Activity>("merhaba");

        await client.SendActivityAsync<Activity>(input);

        Assert.Equal("Altın yetkinlik", Assert.IsType<FoundChoice>(client.DialogTurnResult!.Result).Value);
    }

    [Fact]
    public async Task Card_button_submit_without_text_is_matched_by_its_choice_value()
    {
        var client = Client(Levels, ListStyle.HeroCard);
        await client.SendActivityAsync<Activity>("hi");

        await client.SendActivityAsync<Activity>(new Activity { Type = ActivityTypes.Message, Value = new { choice = "Solutions Partner" } });

        Assert.Equal(2, Assert.IsType<FoundChoice>(client.DialogTurnResult!.Result).Index);
    }

    [Theory]
    [InlineData("en-US", "Pick one (1) Silver competency, (2) Gold competency, or (3) Solutions Partner")]
    [InlineData("nl-NL", "Pick one (1) Silver competency, (2) Gold competency of (3) Solutions Partner")]
    [InlineData("tr-TR", "Pick one (1) Silver competency, (2) Gold competency veya (3) Solutions Partner")]
    public async Task Inline_style_joins_the_choices_with_the_languages_or(string locale, string expected)
    {
        var client = Client(Levels, ListStyle.Inline);
        client.Locale = locale;

        var prompt = await client.SendActivityAsync<Activity>("hi");

        Assert.Equal(expected, prompt!.Text);
        Assert.Null(prompt.SuggestedActions);
    }

    [Fact]
    public async Task Inline_style_with_two_choices_uses_or_without_a_comma()
    {
        var client = Client(Choice.FromValues("Red", "Blue"), ListStyle.Inline);

        Assert.Equal("Pick one (1) Red or (2) Blue", (await client.SendActivityAsync<Activity>("hi"))!.Text);
    }

    [Fact]
    public async Task List_style_numbers_the_choices_under_the_question()
    {
        var client = Client(Levels, ListStyle.List);

        var prompt = await client.SendActivityAsync<Activity>("hi");

        Assert.Equal("Pick one\n\n1. Silver competency\n2. Gold competency\n3. Solutions Partner", prompt!.Text);
    }

    [Fact]
    public async Task Hero_card_style_sends_an_adaptive_card_with_one_submit_button_per_choice()
    {
        var client = Client(Levels, ListStyle.HeroCard);

        var prompt = await client.SendActivityAsync<Activity>("hi");

        var attachment = Assert.Single(prompt!.Attachments!);
        Assert.Equal(ContentTypes.AdaptiveCard, attachment.ContentType);
        var card = JsonSerializer.SerializeToElement(attachment.Content, BotJson.Options);
        Assert.Equal("Pick one", card.GetProperty("body")[0].GetProperty("text").GetString());
        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        Assert.All(actions, a => Assert.Equal("Action.Submit", a.GetProperty("type").GetString()));
        Assert.Equal(Levels.Select(c => c.Value), actions.Select(a => a.GetProperty("title").GetString()));
        Assert.Equal("imBack", actions[0].GetProperty("data").GetProperty("msteams").GetProperty("type").GetString());
    }

    [Fact]
    public async Task None_style_sends_only_the_question()
    {
        var client = Client(Levels, ListStyle.None);

        var prompt = await client.SendActivityAsync<Activity>("hi");

        Assert.Equal("Pick one", prompt!.Text);
        Assert.Null(prompt.SuggestedActions);
        Assert.Empty(prompt.Attachments ?? []);
    }

    [Fact]
    public async Task Suggested_action_buttons_post_the_choice_value_back_as_text()
    {
        var client = Client([new Choice("gold") { Action = new CardAction(ActionTypes.ImBack, "Gold ★", "gold") }]);

        var prompt = await client.SendActivityAsync<Activity>("hi");

        var button = Assert.Single(prompt!.SuggestedActions!.Actions);
        Assert.Equal(("Gold ★", "gold"), (button.Title, button.Value as string));
    }

    private static DialogTestClient Client(List<Choice> choices, ListStyle? style = null) =>
        new(Channels.Test, new ChoicePrompt("choice"), new PromptOptions { Prompt = MessageFactory.Text("Pick one"), Choices = choices, Style = style });

    private static async Task<FoundChoice> AnswerAsync(string input)
    {
        var client = Client(Levels);
        await client.SendActivityAsync<Activity>("hi");
        await client.SendActivityAsync<Activity>(input);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        return Assert.IsType<FoundChoice>(client.DialogTurnResult.Result);
    }
}
