using System.Globalization;
using BotKit.Dialogs;
using BotKit.Dialogs.Choices;
using BotKit.Schema;
using Xunit.Abstractions;

namespace BotKit.Tests.Dialogs;

/// <summary>
/// One waterfall (number → choice → confirm) driven turn by turn in each supported language, with the inputs a user
/// of that language would type. Every turn reloads the stack from storage.
/// </summary>
public sealed class LocalizedWaterfallTests(ITestOutputHelper output)
{
    private static readonly LocaleCase[] Cases =
    [
        new LocaleCase("en-US", "How many?", "Please enter a number.", "1,234.5", ["Silver competency", "Gold competency"], "gold", "Is that right?", "Yes", "No", "yes"),
        new LocaleCase("nl-NL", "Hoeveel?", "Voer een getal in.", "1.234,5", ["Zilveren competentie", "Gouden competentie"], "gouden", "Klopt dat?", "Ja", "Nee", "ja"),
        new LocaleCase("nl-BE", "Hoeveel?", "Voer een getal in.", "1.234,5", ["Zilveren competentie", "Gouden competentie"], "Gouden competentie", "Klopt dat?", "Ja", "Nee", "jazeker"),
        new LocaleCase("tr-TR", "Kaç tane?", "Lütfen bir sayı girin.", "1.234,5", ["Gümüş yetkinlik", "Altın yetkinlik"], "altin", "Doğru mu?", "Evet", "Hayır", "evet"),
    ];

    public static TheoryData<string> Locales => new(Cases.Select(c => c.Locale));

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Waterfall_with_number_choice_and_confirm_prompts_runs_in_the_users_language(string locale)
    {
        var c = Cases.Single(x => x.Locale == locale);
        var harness = new DialogHarness(output, CreateWaterfall(c), c.Locale);

        await harness.Flow
            .Send("hi")
            .AssertReply(c.AskNumber)
            .Send("abc")
            .AssertReply(c.NumberRetry, "a word is not a number: the default retry is in the user's language")
            .Send(c.NumberInput)
            .AssertReply(reply =>
            {
                Assert.Equal("?", reply.Text);
                Assert.Equal(c.Choices, reply.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .Send(c.ChoiceInput)
            .AssertReply(reply =>
            {
                Assert.Equal(c.AskConfirm, reply.Text);
                Assert.Equal([c.Yes, c.No], reply.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .Send(c.YesInput)
            .AssertReply($"1234.5|{c.Choices[1]}|True")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult!.Status);
    }

    [Theory]
    [InlineData("en-US", "no", "1234.5|Gold competency|False")]
    [InlineData("nl-NL", "nee", "1234.5|Gouden competentie|False")]
    [InlineData("tr-TR", "hayir", "1234.5|Altın yetkinlik|False")]
    [InlineData("tr-TR", "Hayır", "1234.5|Altın yetkinlik|False")]
    public async Task Confirm_no_in_each_language_reaches_the_last_step_as_false(string locale, string noInput, string expected)
    {
        var c = Cases.Single(x => x.Locale == locale);
        await new DialogHarness(output, CreateWaterfall(c), locale).Flow
            .Send("hi").AssertReply(c.AskNumber)
            .Send(c.NumberInput).AssertReply("?")
            .Send("2").AssertReply(c.AskConfirm)
            .Send(noInput).AssertReply(expected)
            .StartTestAsync();
    }

    private static ComponentDialog CreateWaterfall(LocaleCase c)
    {
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("steps",
        [
            (step, ct) => step.PromptAsync("number", new PromptOptions { Prompt = MessageFactory.Text(c.AskNumber) }, ct),
            (step, ct) =>
            {
                step.Values["amount"] = step.Result;
                return step.PromptAsync("choice", new PromptOptions { Prompt = MessageFactory.Text("?"), Choices = Choice.FromValues(c.Choices) }, ct);
            },
            (step, ct) =>
            {
                step.Values["level"] = ((FoundChoice)step.Result!).Value;
                return step.PromptAsync("confirm", new PromptOptions { Prompt = MessageFactory.Text(c.AskConfirm) }, ct);
            },
            async (step, ct) =>
            {
                // Values were saved as JSON turns ago; the typed helpers read them back.
                var amount = step.Values.Get<decimal>("amount").ToString(CultureInfo.InvariantCulture);
                await step.Context.SendActivityAsync($"{amount}|{step.Values.Get<string>("level")}|{step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]));
        root.AddDialog(new NumberPrompt<decimal>("number"));
        root.AddDialog(new ChoicePrompt("choice"));
        root.AddDialog(new ConfirmPrompt("confirm"));
        return root;
    }

    private sealed record LocaleCase(
        string Locale, string AskNumber, string NumberRetry, string NumberInput, string[] Choices, string ChoiceInput,
        string AskConfirm, string Yes, string No, string YesInput);
}
