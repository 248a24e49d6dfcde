using System.Text.Json;
using BotKit.Dialogs;
using BotKit.Dialogs.Choices;
using BotKit.Schema;
using BotKit.Testing;

namespace BotKit.Tests.Dialogs;

public sealed class ConfirmPromptTests
{
    [Theory]
    [InlineData("en-US", "yes", true)]
    [InlineData("en-US", "Y", true)]
    [InlineData("en-US", "sure", true)]
    [InlineData("en-US", "ok", true)]
    [InlineData("en-US", "yes please", true)]
    [InlineData("en-US", "nope", false)]
    [InlineData("en-US", "n", false)]
    [InlineData("en-US", "1", true)]
    [InlineData("en-US", "2", false)]
    [InlineData("nl-NL", "Ja", true)]
    [InlineData("nl-NL", "j", true)]
    [InlineData("nl-BE", "jazeker", true)]
    [InlineData("nl-NL", "nee, dank je", false)]
    [InlineData("nl-NL", "n", false)]
    [InlineData("nl-NL", "yes", true)]
    [InlineData("tr-TR", "evet", true)]
    [InlineData("tr-TR", "e", true)]
    [InlineData("tr-TR", "tamam", true)]
    [InlineData("tr-TR", "hayır", false)]
    [InlineData("tr-TR", "HAYIR", false)]
    [InlineData("tr-TR", "hayir", false)]
    [InlineData("tr-TR", "h", false)]
    [InlineData("tr-TR", "2", false)]
    public async Task Yes_and_no_words_of_the_users_language_are_understood(string locale, string input, bool expected)
    {
        var client = Client(locale);
        await client.SendActivityAsync<Activity>("hi");

        await client.SendActivityAsync<Activity>(input);

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal(expected, client.DialogTurnResult.Result);
    }

    [Theory]
    [InlineData("en-US", "Yes", "No", "Please answer yes or no.")]
    [InlineData("nl-NL", "Ja", "Nee", "Antwoord met ja of nee.")]
    [InlineData("tr-TR", "Evet", "Hayır", "Lütfen evet ya da hayır olarak yanıtlayın.")]
    public async Task Buttons_and_default_retry_are_in_the_users_language(string locale, string yes, string no, string retry)
    {
        var client = Client(locale);

        var prompt = await client.SendActivityAsync<Activity>("hi");
        var again = await client.SendActivityAsync<Activity>("misschien");

        Assert.Equal([yes, no], prompt!.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Equal(retry, again!.Text);
        Assert.Equal([yes, no], again.SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task Single_letters_inside_a_sentence_are_not_taken_as_an_answer()
    {
        var client = Client("tr-TR");
        await client.SendActivityAsync<Activity>("merhaba");

        await client.SendActivityAsync<Activity>("e mi h mi bilmiyorum");

        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task Default_locale_is_used_when_the_channel_sends_an_unsupported_locale()
    {
        var client = new DialogTestClient(Channels.Test, new ConfirmPrompt("confirm", defaultLocale: "nl-NL"), new PromptOptions { Prompt = MessageFactory.Text("?") })
        {
            Locale = "de-DE",
        };

        var prompt = await client.SendActivityAsync<Activity>("hallo");

        Assert.Equal(["Ja", "Nee"], prompt!.SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task A_card_button_that_submits_the_answer_without_text_is_understood()
    {
        var client = new DialogTestClient(Channels.Test, new ConfirmPrompt("confirm"), new PromptOptions { Prompt = MessageFactory.Text("Verzenden?"), Style = ListStyle.HeroCard }) { Locale = "nl-NL" };
        var card = await client.SendActivityAsync<Activity>("hi");
        var noButton = JsonSerializer.SerializeToElement(card!.Attachments![0].Content, BotJson.Options).GetProperty("actions")[1];

        // Channels that don't turn the button into a message post only its data.
        await client.SendActivityAsync<Activity>(new Activity { Type = ActivityTypes.Message, Value = noButton.GetProperty("data") });

        Assert.Equal("Nee", noButton.GetProperty("title").GetString());
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal(false, client.DialogTurnResult.Result);
    }

    private static DialogTestClient Client(string locale) =>
        new(Channels.Test, new ConfirmPrompt("confirm"), new PromptOptions { Prompt = MessageFactory.Text("Sure?") }) { Locale = locale };
}
