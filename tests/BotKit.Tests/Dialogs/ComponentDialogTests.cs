using BotKit.Dialogs;
using BotKit.Schema;
using Xunit.Abstractions;

namespace BotKit.Tests.Dialogs;

/// <summary>The CoreBot pattern: a component that intercepts "help" and "cancel" before its inner prompts see them.</summary>
public sealed class ComponentDialogTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Booking_completes_through_the_components_inner_stack()
    {
        var harness = new DialogHarness(output, new MainDialog());

        await harness.Flow
            .Send("hi").AssertReply("Where to?")
            .Send("Paris").AssertReply("Where from?")
            .Send("London").AssertReply("Booked London → Paris.")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult!.Status);
    }

    [Fact]
    public async Task Help_is_answered_without_leaving_the_prompt()
    {
        var harness = new DialogHarness(output, new MainDialog());

        await harness.Flow
            .Send("hi").AssertReply("Where to?")
            .Send("help").AssertReply("Tell me a city, or say cancel.")
            .Send("Paris").AssertReply("Where from?")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Waiting, harness.LastResult!.Status);
    }

    [Fact]
    public async Task Cancel_ends_the_component_and_its_caller_resumes_with_no_result()
    {
        var harness = new DialogHarness(output, new MainDialog());

        await harness.Flow
            .Send("hi").AssertReply("Where to?")
            .Send("Paris").AssertReply("Where from?")
            .Send("CANCEL").AssertReply("Cancelling…")
            .AssertReply("Nothing was booked.")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult!.Status);
        Assert.Empty(await harness.StoredStackAsync());
    }

    [Fact]
    public async Task The_inner_stack_is_saved_inside_the_components_instance_state()
    {
        var harness = new DialogHarness(output, new MainDialog());

        await harness.Flow.Send("hi").AssertReply("Where to?").StartTestAsync();

        var stack = await harness.StoredStackAsync();
        Assert.Equal("main", stack[0]!["id"]!.GetValue<string>());
        var mainInner = stack[0]!["state"]![ComponentDialog.PersistedDialogState]!["dialogStack"]!.AsArray();
        Assert.Equal(["booking", "main-steps"], mainInner.Select(d => d!["id"]!.GetValue<string>()));
        var bookingInner = mainInner[0]!["state"]![ComponentDialog.PersistedDialogState]!["dialogStack"]!.AsArray();
        Assert.Equal(["text", "booking-steps"], bookingInner.Select(d => d!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_inner_dialog_can_begin_a_dialog_owned_by_an_outer_component()
    {
        var outer = new ComponentDialog("outer");
        var inner = new ComponentDialog("inner");
        inner.AddDialog(new WaterfallDialog("inner-steps",
        [
            // "ask" is registered on the outer component only: FindDialog walks up the parent chain.
            (step, ct) => step.PromptAsync("ask", new PromptOptions { Prompt = MessageFactory.Text("Name?") }, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Hello {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]));
        outer.AddDialog(inner);
        outer.AddDialog(new TextPrompt("ask"));

        await new DialogHarness(output, outer).Flow
            .Send("hi").AssertReply("Name?")
            .Send("Ada").AssertReply("Hello Ada")
            .StartTestAsync();
    }

    private sealed class MainDialog : ComponentDialog
    {
        public MainDialog()
            : base("main")
        {
            AddDialog(new WaterfallDialog("main-steps",
            [
                (step, ct) => step.BeginDialogAsync("booking", null, ct),
                async (step, ct) =>
                {
                    var text = step.Result is string booked ? $"Booked {booked}." : "Nothing was booked.";
                    await step.Context.SendActivityAsync(text, cancellationToken: ct);
                    return await step.EndDialogAsync(step.Result, ct);
                },
            ]));
            AddDialog(new BookingDialog());
        }
    }

    private sealed class BookingDialog : CancelAndHelpDialog
    {
        public BookingDialog()
            : base("booking")
        {
            AddDialog(new WaterfallDialog("booking-steps",
            [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Where to?") }, ct),
                (step, ct) =>
                {
                    step.Values["destination"] = step.Result;
                    return step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Where from?") }, ct);
                },
                (step, ct) => step.EndDialogAsync($"{step.Result} → {step.Values.Get<string>("destination")}", ct),
            ]));
            AddDialog(new TextPrompt("text"));
            InitialDialogId = "booking-steps";
        }
    }

    private abstract class CancelAndHelpDialog(string id) : ComponentDialog(id)
    {
        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
        {
            return await InterruptAsync(innerDc, cancellationToken) ?? await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }

        private static async Task<DialogTurnResult?> InterruptAsync(DialogContext innerDc, CancellationToken cancellationToken)
        {
            switch (innerDc.Context.Activity.Text?.Trim().ToLowerInvariant())
            {
                case "help":
                    await innerDc.Context.SendActivityAsync("Tell me a city, or say cancel.", cancellationToken: cancellationToken);
                    return new DialogTurnResult(DialogTurnStatus.Waiting);
                case "cancel":
                    await innerDc.Context.SendActivityAsync("Cancelling…", cancellationToken: cancellationToken);
                    return await innerDc.CancelAllDialogsAsync(cancellationToken);
                default:
                    return null;
            }
        }
    }
}
