using BotKit.Dialogs;
using BotKit.Dialogs.Choices;
using BotKit.Hosting;
using BotKit.Schema;
using Xunit.Abstractions;

namespace BotKit.Tests.Dialogs;

/// <summary>ReplaceDialog, CancelAll, NextAsync and the end reasons dialogs are told about.</summary>
public sealed class DialogStackTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Replace_dialog_restarts_a_loop_without_growing_the_stack()
    {
        var menu = new ComponentDialog("root");
        menu.AddDialog(new WaterfallDialog("menu",
        [
            (step, ct) => step.PromptAsync("choice", new PromptOptions { Prompt = MessageFactory.Text("Again or done?"), Choices = Choice.FromValues("Again", "Done"), Style = ListStyle.None }, ct),
            async (step, ct) =>
            {
                if (((FoundChoice)step.Result!).Value == "Again")
                {
                    return await step.ReplaceDialogAsync("menu", null, ct);
                }

                await step.Context.SendActivityAsync("Bye", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));
        menu.AddDialog(new ChoicePrompt("choice"));
        var harness = new DialogHarness(output, menu);

        await harness.Flow
            .Send("hi").AssertReply("Again or done?")
            .Send("again").AssertReply("Again or done?")
            .Send("again").AssertReply("Again or done?")
            .StartTestAsync();
        var inner = (await harness.StoredStackAsync())[0]!["state"]![ComponentDialog.PersistedDialogState]!["dialogStack"]!.AsArray();

        Assert.Equal(["choice", "menu"], inner.Select(d => d!["id"]!.GetValue<string>()));
        await harness.Flow.Send("done").AssertReply("Bye").StartTestAsync();
        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult!.Status);
    }

    [Fact]
    public async Task A_replaced_child_returns_its_result_to_the_parent_which_is_not_resumed_in_between()
    {
        var resumedWith = new List<object?>();
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("parent",
        [
            (step, ct) => step.BeginDialogAsync("first", null, ct),
            (step, ct) =>
            {
                resumedWith.Add(step.Result);
                return step.EndDialogAsync(step.Result, ct);
            },
        ]));
        root.AddDialog(new WaterfallDialog("first", [(step, ct) => step.ReplaceDialogAsync("second", "from first", ct)]));
        root.AddDialog(new WaterfallDialog("second", [(step, ct) => step.EndDialogAsync($"second got '{step.GetOptions<string>()}'", ct)]));

        await new DialogHarness(output, root).Flow.Send("hi").StartTestAsync();

        Assert.Equal(["second got 'from first'"], resumedWith);
    }

    [Fact]
    public async Task Cancel_all_empties_the_stack_tells_every_dialog_and_the_next_message_starts_over()
    {
        var reasons = new List<string>();
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("steps",
        [
            (step, ct) => step.BeginDialogAsync("recorder", null, ct),
            (step, ct) => step.EndDialogAsync(null, ct),
        ]));
        root.AddDialog(new RecordingDialog("recorder", reasons));
        var recordingRoot = new RecordingComponent(root, reasons);
        DialogTurnResult? cancelResult = null;
        var harness = new DialogHarness(output, recordingRoot, beforeDialog: async (turnContext, dialogState, ct) =>
        {
            if (turnContext.Activity.Text == "stop")
            {
                var dc = await new DialogSet(dialogState).Add(recordingRoot).CreateContextAsync(turnContext, ct);
                cancelResult = await dc.CancelAllDialogsAsync(ct);
            }
        });

        await harness.Flow
            .Send("hi").AssertReply("recorder waiting")
            .Send("stop").AssertReply("recorder waiting")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, cancelResult!.Status);
        Assert.Equal(["recorder:CancelCalled", "root:CancelCalled"], reasons);
        Assert.Single(await harness.StoredStackAsync());
    }

    [Fact]
    public async Task Cancel_all_on_an_empty_stack_reports_empty()
    {
        DialogTurnResult? result = null;
        var endsAtOnce = new WaterfallDialog("ends", [(step, ct) => step.EndDialogAsync(null, ct)]);
        var harness = new DialogHarness(output, endsAtOnce, beforeDialog: async (turnContext, dialogState, ct) =>
        {
            var dc = await new DialogSet(dialogState).CreateContextAsync(turnContext, ct);
            result = await dc.CancelAllDialogsAsync(ct);
            await turnContext.SendActivityAsync("checked", cancellationToken: ct);
        });

        await harness.Flow.Send("hi").AssertReply("checked").StartTestAsync();

        Assert.Equal(DialogTurnStatus.Empty, result!.Status);
    }

    [Fact]
    public async Task Next_async_skips_a_step_in_the_same_turn_and_cannot_be_called_twice()
    {
        var root = new WaterfallDialog("steps",
        [
            async (step, ct) =>
            {
                var result = await step.NextAsync("skipped ahead", ct);
                await Assert.ThrowsAsync<InvalidOperationException>(() => step.NextAsync(null, ct));
                return result;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"{step.Reason}: {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]);
        var harness = new DialogHarness(output, root);

        await harness.Flow.Send("hi").AssertReply("NextCalled: skipped ahead").StartTestAsync();

        Assert.Equal("skipped ahead", harness.LastResult!.Result);
    }

    [Fact]
    public async Task Continuing_a_stack_whose_dialog_no_longer_exists_fails_loudly()
    {
        var harness = new DialogHarness(output, new TextPrompt("gone"), beforeDialog: async (turnContext, dialogState, ct) =>
        {
            var state = await dialogState.GetAsync(turnContext, () => new DialogState(), ct);
            state!.DialogStack.Insert(0, new DialogInstance { Id = "renamed-dialog" });
        });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Flow.Send("hi").StartTestAsync());

        Assert.Contains("renamed-dialog", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Waits forever and records why it ended.</summary>
    private sealed class RecordingDialog(string id, List<string> reasons) : Dialog(id)
    {
        public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
        {
            await dc.Context.SendActivityAsync($"{Id} waiting", cancellationToken: cancellationToken);
            return EndOfTurn;
        }

        public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
        {
            await dc.Context.SendActivityAsync($"{Id} waiting", cancellationToken: cancellationToken);
            return EndOfTurn;
        }

        public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            reasons.Add($"{Id}:{reason}");
            return Task.CompletedTask;
        }
    }

    /// <summary>Wraps a component to record its own end reason after its inner dialogs were cancelled.</summary>
    private sealed class RecordingComponent : ComponentDialog
    {
        private readonly List<string> _reasons;

        public RecordingComponent(ComponentDialog inner, List<string> reasons)
            : base(inner.Id + "-outer")
        {
            _reasons = reasons;
            AddDialog(inner);
        }

        protected override Task OnEndDialogAsync(ITurnContext context, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            _reasons.Add($"root:{reason}");
            return Task.CompletedTask;
        }
    }
}
