using BotKit.Dialogs;
using BotKit.Dialogs.Choices;
using BotKit.Schema;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Knowledge.Chat;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Requests;

namespace LearningPartnerBot.Conversation;

/// <summary>
/// The conversation's root and its one decision. Each message is read once (<see cref="MessageRecognizer"/>). With nothing
/// open, the message starts a journey or is answered in the turn. With a journey open, a message that answers the waiting
/// step goes to it; anything else interrupts it the way a person would expect: cancel and start over end it and say so,
/// help explains the step, another journey replaces it after saying what was closed, and a question is answered before
/// the step is offered again with everything typed so far (at most twice, then the ways out are offered).
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    private const string MenuFlow = "menuFlow";
    private const string MenuPrompt = "journeyPrompt";
    private const string InterruptionsKey = "interruptions";

    /// <summary>How often a step is offered again after questions in between, before the bot offers the ways out instead.</summary>
    private const int MaxReasks = 2;

    private readonly MessageRecognizer _recognizer;
    private readonly TurnActions _actions;

    public MainDialog(MessageRecognizer recognizer, TurnActions actions, FaqDialog faqDialog, EligibilityDialog eligibilityDialog, RequestsDialog requestsDialog)
        : base(nameof(MainDialog))
    {
        _recognizer = recognizer ?? throw new ArgumentNullException(nameof(recognizer));
        _actions = actions ?? throw new ArgumentNullException(nameof(actions));
        AddDialog(faqDialog ?? throw new ArgumentNullException(nameof(faqDialog)));
        AddDialog(eligibilityDialog ?? throw new ArgumentNullException(nameof(eligibilityDialog)));
        AddDialog(requestsDialog ?? throw new ArgumentNullException(nameof(requestsDialog)));

        // At the menu only a message that is a choice picks it; anything else is read as the partner's own request.
        AddDialog(new ChoicePrompt(MenuPrompt) { Style = ListStyle.SuggestedAction, MinScore = 1.0 });
        AddDialog(new WaterfallDialog(MenuFlow, [OfferMenuAsync, StartChosenAsync, PassResultAsync]));
        InitialDialogId = MenuFlow;
    }

    protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default) =>
        ActAsync(innerDc, _recognizer.Understand(innerDc.Context), cancellationToken);

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        if (!innerDc.Context.Activity.IsType(ActivityTypes.Message))
        {
            return await innerDc.ContinueDialogAsync(cancellationToken);
        }

        var understanding = _recognizer.Understand(innerDc.Context);
        var leaf = innerDc.Leaf;
        if (await AnswersStepAsync(leaf, understanding, cancellationToken))
        {
            return await innerDc.ContinueDialogAsync(cancellationToken);
        }

        // The menu is an offer, not a step: anything but a choice is simply the partner's next request.
        if (OpenStep.Journey(innerDc) == OpenJourney.Menu)
        {
            await innerDc.CancelAllDialogsAsync(cancellationToken);
            return await ActAsync(innerDc, understanding, cancellationToken);
        }

        return await InterruptAsync(innerDc, leaf, understanding, cancellationToken);
    }

    /// <summary>A journey ended; what it showed becomes the context for follow-ups.</summary>
    protected override async Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        if (result is EligibilityChecked check)
        {
            await _actions.RememberCheckAsync(outerDc.Context, check, cancellationToken);
        }

        return await outerDc.EndDialogAsync(cancellationToken: cancellationToken);
    }

    /// <summary>Whether the waiting step takes this message as its answer.</summary>
    private static async Task<bool> AnswersStepAsync(DialogContext leaf, Understanding understanding, CancellationToken cancellationToken)
    {
        if (leaf.ActiveDialog is not { } active || leaf.FindDialog(active.Id) is not IPrompt prompt)
        {
            return understanding.Source == MessageSource.Nothing;
        }

        return understanding.Source switch
        {
            MessageSource.Nothing => true,
            MessageSource.Form => understanding.Form!.Instance is { } instance && instance == OpenStep.FormInstance(leaf),
            MessageSource.Typed => !understanding.IsCommand && await prompt.RecognizesAsync(leaf, cancellationToken),
            _ => false,
        };
    }

    /// <summary>With nothing open: start what the message asks for, or answer it in this turn.</summary>
    private async Task<DialogTurnResult> ActAsync(DialogContext innerDc, Understanding understanding, CancellationToken cancellationToken)
    {
        var turn = innerDc.Context;
        switch (understanding)
        {
            case { Source: MessageSource.Form, Form: { } form }:
                return await ReopenFormAsync(innerDc, form, cancellationToken);
            case { Source: MessageSource.FaqCard, FaqAction: { } faqAction }:
                await _actions.FaqCardAsync(turn, faqAction, cancellationToken);
                return Done;
        }

        // The welcome card lists the journeys in menu order, so "2" or a journey's exact title picks it even before the menu is shown.
        if (understanding is { Source: MessageSource.Typed, Intent: Intent.Question }
            && ChoiceRecognizer.RecognizeWhole(understanding.Text, RecognizedJourneys(BotStrings.Get(LocaleResolver.Resolve(turn.Activity)))) is { } journey)
        {
            understanding = understanding with { Intent = JourneyIntent(journey.Value) };
        }

        if (await _actions.MovedToPersonalChatAsync(turn, understanding, cancellationToken))
        {
            return Done;
        }

        switch (understanding.Intent)
        {
            case Intent.AskQuestion:
                return await innerDc.BeginDialogAsync(nameof(FaqDialog), cancellationToken: cancellationToken);
            case Intent.CheckEligibility:
                var ask = new EligibilityAsk(understanding.Source == MessageSource.Typed ? understanding.Text : null, understanding.Entities.Level);
                return await innerDc.BeginDialogAsync(nameof(EligibilityDialog), ask, cancellationToken);
            case Intent.FileRequest:
                return await innerDc.BeginDialogAsync(nameof(RequestsDialog), cancellationToken: cancellationToken);
            case Intent.FileDiscrepancy or Intent.RequestDirectory:
                return await innerDc.BeginDialogAsync(nameof(RequestsDialog), new RequestStart(understanding.RequestForm!), cancellationToken);
            case Intent.StartOver:
                return await innerDc.BeginDialogAsync(MenuFlow, cancellationToken: cancellationToken);
            case Intent.Cancel:
                await _actions.SayAsync(turn, Strings(turn).NothingToCancel, cancellationToken);
                return await innerDc.BeginDialogAsync(MenuFlow, cancellationToken: cancellationToken);
        }

        var showMenu = await _actions.RespondAsync(turn, understanding, cancellationToken);
        return showMenu ? await innerDc.BeginDialogAsync(MenuFlow, cancellationToken: cancellationToken) : Done;
    }

    /// <summary>A journey is open and the message is not the answer its step waits for.</summary>
    private async Task<DialogTurnResult> InterruptAsync(DialogContext innerDc, DialogContext leaf, Understanding understanding, CancellationToken cancellationToken)
    {
        var turn = innerDc.Context;
        var strings = Strings(turn);
        var open = OpenStep.Journey(innerDc);
        if (understanding is { Source: MessageSource.Form, Form: { } form })
        {
            if (form.Action == FormSubmit.Cancel || await _actions.AlreadySentAsync(turn, form, cancellationToken))
            {
                if (form.Action == FormSubmit.Cancel)
                {
                    await _actions.SayAsync(turn, strings.FormAlreadyClosed, cancellationToken);
                }

                return await ReaskAsync(innerDc, leaf, open, cancellationToken);
            }

            await innerDc.CancelAllDialogsAsync(cancellationToken);
            await _actions.SayAsync(turn, strings.Closed(strings.JourneyName(open)), cancellationToken);
            return await ReopenFormAsync(innerDc, form, cancellationToken);
        }

        switch (understanding.Intent)
        {
            case Intent.Cancel:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await _actions.SayAsync(turn, strings.Cancelled(strings.JourneyName(open)), cancellationToken);
                return Done;
            case Intent.StartOver:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await _actions.SayAsync(turn, strings.Cancelled(strings.JourneyName(open)), cancellationToken);
                return await innerDc.BeginDialogAsync(MenuFlow, cancellationToken: cancellationToken);
            case Intent.Help:
                await _actions.SayAsync(turn, strings.StepHelp(open, OpenStep.IsConfirming(leaf)) + "\n\n" + strings.LeaveHint, cancellationToken);
                return Dialog.EndOfTurn;
            case Intent.MyRequests:
                await _actions.RespondAsync(turn, understanding, cancellationToken);
                return await ReaskAsync(innerDc, leaf, open, cancellationToken);
            case Intent.AskQuestion or Intent.CheckEligibility or Intent.FileRequest or Intent.FileDiscrepancy or Intent.RequestDirectory or Intent.TalkToPerson:
                if (OpenStep.Asked(understanding) == open)
                {
                    return await ReaskAsync(innerDc, leaf, open, cancellationToken);
                }

                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await _actions.SayAsync(turn, strings.Closed(strings.JourneyName(open)), cancellationToken);
                return await ActAsync(innerDc, understanding, cancellationToken);
        }

        if (understanding is { Source: MessageSource.FaqCard, FaqAction: { } faqAction })
        {
            await _actions.FaqCardAsync(turn, faqAction, cancellationToken);
        }
        else
        {
            await _actions.RespondAsync(turn, understanding, cancellationToken);
        }

        return await ReaskAsync(innerDc, leaf, open, cancellationToken);
    }

    /// <summary>After something in between, offers the open step again (with its values), or after two such times the ways out.</summary>
    private async Task<DialogTurnResult> ReaskAsync(DialogContext innerDc, DialogContext leaf, OpenJourney open, CancellationToken cancellationToken)
    {
        var turn = innerDc.Context;
        var strings = Strings(turn);
        var state = leaf.ActiveDialog!.State;
        var reasks = state.Get<int>(InterruptionsKey) + 1;
        state[InterruptionsKey] = reasks;
        if (reasks > MaxReasks)
        {
            await turn.SendActivityAsync(MessageFactory.SuggestedActions([strings.WayOutCancel, strings.WayOutStartOver, strings.WayOutPerson], strings.WayOut(strings.JourneyName(open))), cancellationToken);
            return Dialog.EndOfTurn;
        }

        await _actions.SayAsync(turn, strings.StillOpen(strings.JourneyName(open)) + " " + strings.LeaveHint, cancellationToken);
        await innerDc.RepromptDialogAsync(cancellationToken);
        return Dialog.EndOfTurn;
    }

    /// <summary>A form's button from a card whose form is no longer open: a new form with what that card carried.</summary>
    private async Task<DialogTurnResult> ReopenFormAsync(DialogContext innerDc, FormSubmit form, CancellationToken cancellationToken)
    {
        var turn = innerDc.Context;
        if (await _actions.AlreadySentAsync(turn, form, cancellationToken))
        {
            return Done;
        }

        if (form.Action == FormSubmit.Cancel || form.Form is not { } formId || !Knowledge.TopicActions.All.Contains(formId))
        {
            await _actions.SayAsync(turn, Strings(turn).FormAlreadyClosed, cancellationToken);
            return Done;
        }

        await _actions.SayAsync(turn, Strings(turn).FormReopened, cancellationToken);
        return await innerDc.BeginDialogAsync(nameof(RequestsDialog), new RequestStart(formId, new Dictionary<string, string>(form.Values)), cancellationToken);
    }

    private static async Task<DialogTurnResult> OfferMenuAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var strings = BotStrings.Get(LocaleResolver.Resolve(step.Context.Activity));
        return await step.PromptAsync(MenuPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(strings.MenuPrompt),
            Choices = JourneyChoices(strings),
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> StartChosenAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        (step.Result as FoundChoice)?.Value switch
        {
            Journeys.Faq => await step.BeginDialogAsync(nameof(FaqDialog), cancellationToken: cancellationToken),
            Journeys.Eligibility => await step.BeginDialogAsync(nameof(EligibilityDialog), cancellationToken: cancellationToken),
            Journeys.Requests => await step.BeginDialogAsync(nameof(RequestsDialog), cancellationToken: cancellationToken),
            _ => await step.EndDialogAsync(cancellationToken: cancellationToken),
        };

    private static Task<DialogTurnResult> PassResultAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(step.Result, cancellationToken);

    private static Intent JourneyIntent(string journey) => journey switch
    {
        Journeys.Eligibility => Intent.CheckEligibility,
        Journeys.Requests => Intent.FileRequest,
        _ => Intent.AskQuestion,
    };

    private static readonly DialogTurnResult Done = new(DialogTurnStatus.Complete);

    private static ConversationStrings Strings(BotKit.Hosting.ITurnContext turn) => ConversationStrings.Get(LocaleResolver.Resolve(turn.Activity));

    /// <summary>
    /// The journey choices of a language, made once: every typed question is checked against them, and recognizing
    /// only reads them. The menu's prompt gets its own list, since it is stored with the prompt.
    /// </summary>
    private static List<Choice> RecognizedJourneys(BotStrings strings) =>
        JourneysByStrings.GetValue(strings, JourneyChoices);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<BotStrings, List<Choice>> JourneysByStrings = [];

    private static List<Choice> JourneyChoices(BotStrings strings) =>
    [
        new(Journeys.Faq) { Action = new CardAction(ActionTypes.ImBack, strings.FaqTitle, strings.FaqTitle), Synonyms = [strings.FaqTitle] },
        new(Journeys.Eligibility) { Action = new CardAction(ActionTypes.ImBack, strings.EligibilityTitle, strings.EligibilityTitle), Synonyms = [strings.EligibilityTitle] },
        new(Journeys.Requests) { Action = new CardAction(ActionTypes.ImBack, strings.RequestsTitle, strings.RequestsTitle), Synonyms = [strings.RequestsTitle] },
    ];
}
