using System.Text.Json.Nodes;
using BotKit.Dialogs;
using BotKit.Dialogs.Choices;
using BotKit.Schema;
using Xunit.Abstractions;

namespace BotKit.Tests.Dialogs;

/// <summary>The dialog stack in storage is plain JSON a later version of the bot can still read.</summary>
public sealed class PersistedDialogStateTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Stored_dialog_state_contains_no_dotnet_type_names()
    {
        var harness = new DialogHarness(output, CreateEnrollment());

        await harness.Flow
            .Send("hi").AssertReply("Seats?")
            .Send("3").AssertReply("Level?\n\n1. Silver competency\n2. Gold competency")
            .StartTestAsync();
        var json = (await harness.StoredStateAsync()).ToJsonString();

        output.WriteLine(json);
        Assert.Contains("\"dialogStack\"", json, StringComparison.Ordinal);
        Assert.Contains("Gold competency", json, StringComparison.Ordinal);
        foreach (var typeMarker in new[] { "$type", "BotKit", "System.", "Version=", "PublicKeyToken", "EnrollmentRequest", "Partner" + "Options" })
        {
            Assert.DoesNotContain(typeMarker, json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Values_and_options_read_back_typed_after_every_turn_was_saved_and_reloaded()
    {
        var harness = new DialogHarness(output, CreateEnrollment());

        await harness.Flow
            .Send("hi").AssertReply("Seats?")
            .Send("3").AssertReply("Level?\n\n1. Silver competency\n2. Gold competency")
            .Send("gold").AssertReply("Contoso wants 3 seats at Gold competency (asked 2025-01-02), tags: a,b")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_stack_written_by_hand_as_plain_json_is_continued()
    {
        var harness = new DialogHarness(output, CreateEnrollment());
        var stored = JsonNode.Parse("""
            {"dialogState":{"dialogStack":[{"id":"start","state":{"dialogs":{"dialogStack":[
              {"id":"enroll","state":{"dialogs":{"dialogStack":[
                {"id":"seats","state":{"options":{"prompt":{"type":"message","text":"Seats?"}},"attemptCount":0}},
                {"id":"steps","state":{"stepIndex":0,"options":{"partner":"Fabrikam"},
                  "values":{"request":{"partner":"Fabrikam","askedOn":"2025-01-02T00:00:00Z","tags":["x"]}}}}
              ]}}}
            ]}}}]}}
            """)!.AsObject();
        await harness.Storage.WriteAsync(new Dictionary<string, BotKit.State.StoreItem> { [DialogHarness.StorageKey] = new(stored, BotKit.State.StoreItem.AnyETag) });

        await harness.Flow
            .Send("7").AssertReply("Level?\n\n1. Silver competency\n2. Gold competency")
            .Send("2").AssertReply("Fabrikam wants 7 seats at Gold competency (asked 2025-01-02), tags: x")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_dialog_that_is_not_a_component_keeps_its_own_data_under_the_key_components_use_for_their_stack()
    {
        var harness = new DialogHarness(output, new NoteKeeper());

        await harness.Flow
            .Send("remember").AssertReply("Noted.")
            .Send("what was it?").AssertReply("kept 3")
            .StartTestAsync();
    }

    /// <summary>Keeps a note in its instance state under "dialogs", and says it back on the next turn.</summary>
    private sealed class NoteKeeper() : Dialog("noteKeeper")
    {
        public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
        {
            dc.ActiveDialog!.State[ComponentDialog.PersistedDialogState] = new Note("kept", 3);
            await dc.Context.SendActivityAsync("Noted.", cancellationToken: cancellationToken);
            return EndOfTurn;
        }

        public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
        {
            var note = dc.ActiveDialog!.State.Get<Note>(ComponentDialog.PersistedDialogState);
            await dc.Context.SendActivityAsync($"{note?.Text} {note?.Count}", cancellationToken: cancellationToken);
            return await dc.EndDialogAsync(cancellationToken: cancellationToken);
        }
    }

    private sealed record Note(string Text, int Count);

    private static StartWith CreateEnrollment()
    {
        var enroll = new ComponentDialog("enroll");
        enroll.AddDialog(new WaterfallDialog("steps",
        [
            (step, ct) =>
            {
                var partner = step.GetOptions<PartnerOptions>()!.Partner;
                step.Values["request"] = new EnrollmentRequest(partner, new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.Zero), ["a", "b"]);
                return step.PromptAsync("seats", new PromptOptions { Prompt = MessageFactory.Text("Seats?") }, ct);
            },
            (step, ct) =>
            {
                step.Values["seats"] = step.Result;
                return step.PromptAsync("level", new PromptOptions
                {
                    Prompt = MessageFactory.Text("Level?"),
                    Choices = [new Choice("Silver competency"), new Choice("Gold competency") { Synonyms = ["goud"] }],
                    Style = ListStyle.List,
                }, ct);
            },
            async (step, ct) =>
            {
                var request = step.Values.Get<EnrollmentRequest>("request")!;
                var level = (FoundChoice)step.Result!;
                await step.Context.SendActivityAsync(
                    $"{request.Partner} wants {step.Values.Get<int>("seats")} seats at {level.Value} (asked {request.AskedOn:yyyy-MM-dd}), tags: {string.Join(',', request.Tags)}",
                    cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));
        enroll.AddDialog(new NumberPrompt<int>("seats"));
        enroll.AddDialog(new ChoicePrompt("level"));
        enroll.InitialDialogId = "steps";
        return new StartWith(enroll, new PartnerOptions("Contoso"));
    }

    /// <summary>Begins the enrollment with options, as a parent would with BeginDialogAsync(id, options).</summary>
    private sealed class StartWith : ComponentDialog
    {
        private readonly object _options;

        public StartWith(ComponentDialog child, object options)
            : base("start")
        {
            _options = options;
            AddDialog(child);
        }

        protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default) =>
            innerDc.BeginDialogAsync(InitialDialogId!, _options, cancellationToken);
    }

    private sealed record PartnerOptions(string Partner);

    private sealed record EnrollmentRequest(string Partner, DateTimeOffset AskedOn, List<string> Tags);
}
