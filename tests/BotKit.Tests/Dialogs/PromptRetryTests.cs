using BotKit.Dialogs;
using BotKit.Schema;
using BotKit.Testing;
using Xunit.Abstractions;

namespace BotKit.Tests.Dialogs;

/// <summary>Retry prompts, validators and the MaxAttempts extension, as a user experiences them.</summary>
public sealed class PromptRetryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Unrecognized_answer_gets_the_retry_prompt_until_a_number_arrives()
    {
        var harness = new DialogHarness(output, AskThenEcho(new NumberPrompt<int>("prompt"), new PromptOptions
        {
            Prompt = MessageFactory.Text("How many seats?"),
            RetryPrompt = MessageFactory.Text("That is not a number. How many seats?"),
        }));

        await harness.Flow
            .Send("hello").AssertReply("How many seats?")
            .Send("lots").AssertReply("That is not a number. How many seats?")
            .Send("twelve-ish").AssertReply("That is not a number. How many seats?")
            .Send("12").AssertReply("got 12")
            .StartTestAsync();
    }

    [Fact]
    public async Task Validator_rejects_out_of_range_values_and_sees_the_attempt_number()
    {
        var attempts = new List<int>();
        var prompt = new NumberPrompt<int>("prompt", (ctx, ct) =>
        {
            attempts.Add(ctx.AttemptCount);
            var range = ctx.Options.GetValidations<int[]>()!;
            return Task.FromResult(ctx.Recognized.Succeeded && ctx.Recognized.Value >= range[0] && ctx.Recognized.Value <= range[1]);
        });
        var harness = new DialogHarness(output, AskThenEcho(prompt, new PromptOptions
        {
            Prompt = MessageFactory.Text("Pick 1 to 10."),
            RetryPrompt = MessageFactory.Text("Between 1 and 10, please."),
            Validations = new[] { 1, 10 },
        }));

        await harness.Flow
            .Send("hello").AssertReply("Pick 1 to 10.")
            .Send("42").AssertReply("Between 1 and 10, please.")
            .Send("none").AssertReply("Between 1 and 10, please.")
            .Send("7").AssertReply("got 7")
            .StartTestAsync();

        Assert.Equal([1, 2, 3], attempts);
    }

    [Fact]
    public async Task Validator_that_explains_the_problem_itself_replaces_the_retry_prompt()
    {
        var prompt = new TextPrompt("prompt", async (ctx, ct) =>
        {
            if (ctx.Recognized.Value!.Contains('@', StringComparison.Ordinal))
            {
                return true;
            }

            await ctx.Context.SendActivityAsync($"\"{ctx.Recognized.Value}\" has no @.", cancellationToken: ct);
            return false;
        });
        var client = new DialogTestClient(Channels.Test, prompt, new PromptOptions
        {
            Prompt = MessageFactory.Text("Your email?"),
            RetryPrompt = MessageFactory.Text("Your email, please?"),
        });

        Assert.Equal("Your email?", (await client.SendActivityAsync<Activity>("hi"))!.Text);
        Assert.Equal("\"ada\" has no @.", (await client.SendActivityAsync<Activity>("ada"))!.Text);
        Assert.Null(client.GetNextReply());
        Assert.Null(await client.SendActivityAsync<Activity>("ada@example.com"));
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal("ada@example.com", client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task After_max_attempts_the_prompt_gives_up_and_the_next_step_gets_null()
    {
        var harness = new DialogHarness(output, AskThenEcho(new NumberPrompt<int>("prompt"), new PromptOptions
        {
            Prompt = MessageFactory.Text("How many seats?"),
            RetryPrompt = MessageFactory.Text("A number, please."),
            MaxAttempts = 2,
        }));

        await harness.Flow
            .Send("hello").AssertReply("How many seats?")
            .Send("x").AssertReply("A number, please.")
            .Send("y").AssertReply("got nothing")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult!.Status);
        Assert.Empty(await harness.StoredStackAsync());
    }

    [Fact]
    public async Task A_root_prompt_that_gives_up_completes_the_turn_with_a_null_result()
    {
        var client = new DialogTestClient(Channels.Test, new ConfirmPrompt("confirm"), new PromptOptions
        {
            Prompt = MessageFactory.Text("Continue?"),
            MaxAttempts = 1,
        });

        await client.SendActivityAsync<Activity>("hi");
        var reply = await client.SendActivityAsync<Activity>("perhaps");

        Assert.Null(reply);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Null(client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task Text_prompt_without_retry_prompt_asks_the_question_again_when_the_message_has_no_text()
    {
        var client = new DialogTestClient(Channels.Test, new TextPrompt("name"), new PromptOptions { Prompt = MessageFactory.Text("Your name?") });
        await client.SendActivityAsync<Activity>("hi");

        var reply = await client.SendActivityAsync<Activity>(new Activity { Type = ActivityTypes.Message, Value = new { clicked = true } });

        Assert.Equal("Your name?", reply!.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task Non_message_activities_leave_the_prompt_waiting_without_a_retry()
    {
        var client = new DialogTestClient(Channels.Test, new NumberPrompt<int>("n"), new PromptOptions { Prompt = MessageFactory.Text("How many?") });
        await client.SendActivityAsync<Activity>("hi");

        var reply = await client.SendActivityAsync<Activity>(new Activity { Type = ActivityTypes.Typing });

        Assert.Null(reply);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
        Assert.Null(await client.SendActivityAsync<Activity>("3"));
        Assert.Equal(3, client.DialogTurnResult.Result);
    }

    private static ComponentDialog AskThenEcho<T>(Prompt<T> prompt, PromptOptions options)
    {
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("steps",
        [
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync(step.Result is null ? "got nothing" : $"got {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]));
        root.AddDialog(prompt);
        return root;
    }
}
