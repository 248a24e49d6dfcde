using BotKit.Dialogs;
using BotKit.Schema;
using BotKit.Testing;

namespace BotKit.Tests.Dialogs;

public sealed class NumberPromptTests
{
    [Theory]
    [InlineData("en-US", "1,234.5", 1234.5)]
    [InlineData("en-GB", "1234.5", 1234.5)]
    [InlineData("en-US", "12", 12)]
    [InlineData("en-US", "about 42 people.", 42)]
    [InlineData("en-US", "-3", -3)]
    [InlineData("en-US", "1,000,000", 1000000)]
    [InlineData("nl-NL", "1.234,5", 1234.5)]
    [InlineData("nl-BE", "1.234,5", 1234.5)]
    [InlineData("nl-NL", "12", 12)]
    [InlineData("nl-NL", "2,75", 2.75)]
    [InlineData("nl-NL", "1.5", 1.5)]
    [InlineData("tr-TR", "1.234,5", 1234.5)]
    [InlineData("tr-TR", "12", 12)]
    [InlineData("tr-TR", "3,5 saat", 3.5)]
    public async Task Numbers_are_read_with_the_separators_of_the_users_language(string locale, string input, double expected)
    {
        var client = Client(new NumberPrompt<decimal>("n"), locale);
        await client.SendActivityAsync<Activity>("hi");

        await client.SendActivityAsync<Activity>(input);

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal((decimal)expected, client.DialogTurnResult.Result);
    }

    [Theory]
    [InlineData("en-US", "1.234,5", "Please enter a number.")]
    [InlineData("nl-NL", "1,234.5", "Voer een getal in.")]
    [InlineData("tr-TR", "bir", "Lütfen bir sayı girin.")]
    public async Task Numbers_written_the_other_languages_way_are_not_guessed(string locale, string input, string retry)
    {
        var client = Client(new NumberPrompt<decimal>("n"), locale);
        await client.SendActivityAsync<Activity>("hi");

        var reply = await client.SendActivityAsync<Activity>(input);

        Assert.Equal(retry, reply!.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("99999999999")]
    public async Task Int_prompt_rejects_fractions_and_numbers_out_of_range(string input)
    {
        var client = Client(new NumberPrompt<int>("n"), "en-US");
        await client.SendActivityAsync<Activity>("hi");

        await client.SendActivityAsync<Activity>(input);

        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task Long_and_double_prompts_return_their_own_type()
    {
        var longClient = Client(new NumberPrompt<long>("n"), "nl-NL");
        await longClient.SendActivityAsync<Activity>("hoi");
        await longClient.SendActivityAsync<Activity>("99.999.999.999");
        var doubleClient = Client(new NumberPrompt<double>("n"), "tr-TR");
        await doubleClient.SendActivityAsync<Activity>("selam");
        await doubleClient.SendActivityAsync<Activity>("0,25");

        Assert.Equal(99_999_999_999L, longClient.DialogTurnResult!.Result);
        Assert.Equal(0.25, doubleClient.DialogTurnResult!.Result);
    }

    [Fact]
    public async Task Default_locale_decides_when_the_activity_locale_is_unsupported()
    {
        var client = Client(new NumberPrompt<decimal>("n", defaultLocale: "tr"), "fr-FR");
        await client.SendActivityAsync<Activity>("salut");

        await client.SendActivityAsync<Activity>("1.234,5");

        Assert.Equal(1234.5m, client.DialogTurnResult!.Result);
    }

    [Fact]
    public void Unsupported_number_types_are_refused_when_the_prompt_is_built() =>
        Assert.Throws<NotSupportedException>(() => new NumberPrompt<float>("n"));

    [Fact]
    public async Task A_language_given_only_in_the_clientInfo_entity_is_used_for_parsing_and_retries()
    {
        // Teams can leave activity.locale empty and state the user's language in clientInfo instead.
        var client = Client(new NumberPrompt<decimal>("n"), locale: null);
        await client.SendActivityAsync<Activity>(FromDutchTeamsClient("hoi"));

        var retry = await client.SendActivityAsync<Activity>(FromDutchTeamsClient("veel"));
        await client.SendActivityAsync<Activity>(FromDutchTeamsClient("1.234,5"));

        Assert.Equal("Voer een getal in.", retry!.Text);
        Assert.Equal(1234.5m, client.DialogTurnResult!.Result);
    }

    private static Activity FromDutchTeamsClient(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Entities = [new Entity("clientInfo") { Properties = new() { ["locale"] = System.Text.Json.JsonSerializer.SerializeToElement("nl-NL") } }],
    };

    private static DialogTestClient Client(Dialog prompt, string? locale) =>
        new(Channels.Test, prompt, new PromptOptions { Prompt = MessageFactory.Text("How many?") }) { Locale = locale };
}
