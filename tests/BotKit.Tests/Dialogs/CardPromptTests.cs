using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Dialogs;
using BotKit.Schema;
using BotKit.Testing;
using Xunit.Abstractions;

namespace BotKit.Tests.Dialogs;

public sealed class CardPromptTests(ITestOutputHelper output)
{
    private static readonly JsonObject Form = new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray(new JsonObject { ["type"] = "Input.Text", ["id"] = "email" }),
        ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Submit", ["title"] = "Send" }),
    };

    [Fact]
    public async Task The_prompt_sends_the_card_and_completes_with_the_submitted_value()
    {
        var client = Client(new CardPrompt("form"));

        var prompt = await client.SendActivityAsync<Activity>("hi");
        await client.SendActivityAsync<Activity>(Submit(new { email = "ada@example.com" }));

        Assert.Equal(ContentTypes.AdaptiveCard, Assert.Single(prompt!.Attachments!).ContentType);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        var value = Assert.IsType<JsonElement>(client.DialogTurnResult.Result);
        Assert.Equal("ada@example.com", value.GetProperty("email").GetString());
    }

    [Theory]
    [InlineData("en-US", "Please fill in the form and send it with its button.")]
    [InlineData("nl-NL", "Vul het formulier in en verstuur het met de knop.")]
    [InlineData("tr-TR", "Lütfen formu doldurup düğmeye basarak gönderin.")]
    public async Task Typed_text_is_not_an_answer_and_the_card_is_sent_again_with_a_localized_reminder(string locale, string reminder)
    {
        var client = Client(new CardPrompt("form"));
        client.Locale = locale;
        await client.SendActivityAsync<Activity>("hi");

        var retry = await client.SendActivityAsync<Activity>("ada@example.com");

        Assert.Equal(reminder, retry!.Text);
        Assert.Equal(ContentTypes.AdaptiveCard, Assert.Single(retry.Attachments!).ContentType);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task A_validator_rejects_a_submitted_value_and_the_retry_form_is_sent_until_it_is_valid()
    {
        var prompt = new CardPrompt<EmailForm>("form", (ctx, ct) =>
            Task.FromResult(ctx.Recognized.Succeeded && ctx.Recognized.Value!.Email.Contains('@', StringComparison.Ordinal)));
        var options = new PromptOptions
        {
            Prompt = MessageFactory.Attachment(new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = Form }),
            RetryPrompt = MessageFactory.Attachment(new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = Form }, "That email address is not valid."),
        };
        var root = new WaterfallDialog("root",
        [
            (step, ct) => step.PromptAsync("form", options, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Thanks, {((EmailForm)step.Result!).Email}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var harness = new DialogHarness(output, WithPrompt(root, prompt));

        await harness.Flow
            .Send("hi").AssertReply(reply => Assert.Single(reply.Attachments!))
            .Send(Submit(new { email = "ada" })).AssertReply("That email address is not valid.")
            .Send(Submit(new { email = "ada@example.com" })).AssertReply("Thanks, ada@example.com")
            .StartTestAsync();
    }

    [Fact]
    public async Task Teams_message_back_data_in_value_is_an_answer()
    {
        var client = Client(new CardPrompt<EmailForm>("form"), Channels.Msteams);
        await client.SendActivityAsync<Activity>("hi");

        var messageBack = Submit(new { email = "grace@example.com" });
        messageBack.Text = "Send";
        await client.SendActivityAsync<Activity>(messageBack);

        Assert.Equal(new EmailForm("grace@example.com"), client.DialogTurnResult!.Result);
    }

    private static ComponentDialog WithPrompt(Dialog waterfall, Dialog prompt)
    {
        var component = new ComponentDialog("component");
        component.AddDialog(waterfall);
        component.AddDialog(prompt);
        return component;
    }

    private DialogTestClient Client(Dialog prompt, string channelId = Channels.Test) =>
        new(
            channelId,
            prompt,
            new PromptOptions { Prompt = MessageFactory.Attachment(new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = Form }) },
            [new TranscriptLoggerMiddleware(output.WriteLine)]);

    private static Activity Submit(object value) => new() { Type = ActivityTypes.Message, Value = value };

    private sealed record EmailForm(string Email);
}
