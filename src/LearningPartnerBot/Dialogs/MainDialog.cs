using BotKit.Dialogs;
using BotKit.Dialogs.Choices;
using BotKit.Schema;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Knowledge.Chat;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Requests;

namespace LearningPartnerBot.Dialogs;

/// <summary>
/// The conversation's root. A welcome-card button or a menu choice starts a journey; anything else typed outside
/// a form is a question about the partner's own eligibility (the eligibility journey), a question about when an
/// invoice shows up (answered with the date), small talk, or a question for the FAQ. After a journey that is not
/// there yet the menu is offered again; after an answer or a result card the bot just waits, since the card carries
/// its own next steps.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    private const string JourneyPrompt = "journeyPrompt";
    private const string Flow = "mainFlow";

    /// <summary>Options of a restart after a journey: show the menu, and don't act on the turn's activity again.</summary>
    private const string BackToMenu = "backToMenu";

    /// <summary>Step result meaning "the partner typed something that is not a menu choice".</summary>
    private const string TypedText = "typedText";

    private readonly ConversationalTurn _conversation;
    private readonly InvoiceDateAnswer _invoiceDates;

    public MainDialog(FaqDialog faqDialog, ConversationalTurn conversation, EligibilityDialog eligibilityDialog, InvoiceDateAnswer invoiceDates, RequestsDialog requestsDialog)
        : base(nameof(MainDialog))
    {
        _conversation = conversation ?? throw new ArgumentNullException(nameof(conversation));
        _invoiceDates = invoiceDates ?? throw new ArgumentNullException(nameof(invoiceDates));
        AddDialog(faqDialog ?? throw new ArgumentNullException(nameof(faqDialog)));
        AddDialog(eligibilityDialog ?? throw new ArgumentNullException(nameof(eligibilityDialog)));
        AddDialog(requestsDialog ?? throw new ArgumentNullException(nameof(requestsDialog)));
        AddDialog(new ChoicePrompt(JourneyPrompt, AcceptAnyTextAsync) { Style = ListStyle.SuggestedAction });
        AddDialog(new WaterfallDialog(Flow, [ChooseJourneyAsync, RunJourneyAsync, FinishAsync]));
        InitialDialogId = Flow;
    }

    private static async Task<DialogTurnResult> ChooseJourneyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var activity = step.Context.Activity;
        var strings = BotStrings.Get(LocaleResolver.Resolve(activity));
        if (step.GetOptions<string>() != BackToMenu)
        {
            if (FaqCardAction.From(activity) is { Action: FaqCardAction.File, Request: { } form } && TopicActions.All.Contains(form))
            {
                return await step.NextAsync(new RequestForm(form), cancellationToken);
            }

            if (Journeys.FromCardSubmit(activity) is { } chosen)
            {
                return await step.NextAsync(chosen, cancellationToken);
            }

            if (!string.IsNullOrWhiteSpace(activity.Text))
            {
                // Only the whole message naming a journey picks it; "I have a question about gold" is a question.
                var found = ChoiceRecognizer.RecognizeWhole(activity.Text, JourneyChoices(strings));
                return await step.NextAsync(found is not null ? found : TypedText, cancellationToken);
            }
        }

        return await step.PromptAsync(JourneyPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(strings.MenuPrompt),
            RetryPrompt = MessageFactory.Text(strings.Fallback),
            Choices = JourneyChoices(strings),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> RunJourneyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var journey = step.Result switch
        {
            FoundChoice found => Journeys.Parse(found.Value),
            string id => Journeys.Parse(id),
            _ => null,
        };

        if (step.Result is RequestForm requested)
        {
            return await step.BeginDialogAsync(nameof(RequestsDialog), requested.Form, cancellationToken);
        }

        switch (journey)
        {
            case Journeys.Faq:
                return await step.BeginDialogAsync(nameof(FaqDialog), cancellationToken: cancellationToken);
            case Journeys.Eligibility:
                return await step.BeginDialogAsync(nameof(EligibilityDialog), cancellationToken: cancellationToken);
            case Journeys.Requests:
                return await step.BeginDialogAsync(nameof(RequestsDialog), cancellationToken: cancellationToken);
        }

        var text = step.Context.Activity.Text ?? string.Empty;
        if (EligibilityQuestion.IsAsked(text))
        {
            return await step.BeginDialogAsync(nameof(EligibilityDialog), cancellationToken: cancellationToken);
        }

        if (await _invoiceDates.TryAnswerAsync(step.Context, text, cancellationToken))
        {
            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }

        var next = await _conversation.RespondAsync(step.Context, text, cancellationToken);
        return next == ConversationalTurn.Next.ShowMenu
            ? await step.ReplaceDialogAsync(Flow, BackToMenu, cancellationToken)
            : await step.EndDialogAsync(cancellationToken: cancellationToken);
    }

    /// <summary>A request form the partner walked away from by typing: what they typed is handled as if no form was open.</summary>
    private static Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Result as string == RequestFormDialog.LeftForText
            ? step.ReplaceDialogAsync(Flow, cancellationToken: cancellationToken)
            : step.EndDialogAsync(cancellationToken: cancellationToken);

    /// <summary>Step result of the FAQ's "File this request": the form to open.</summary>
    private sealed record RequestForm(string Form);

    /// <summary>While the menu waits, typed text that is not a choice is still welcome: it is a question.</summary>
    private static Task<bool> AcceptAnyTextAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded || !string.IsNullOrWhiteSpace(prompt.Context.Activity.Text));

    private static List<Choice> JourneyChoices(BotStrings strings) =>
    [
        new(Journeys.Faq) { Action = new CardAction(ActionTypes.ImBack, strings.FaqTitle, strings.FaqTitle), Synonyms = [strings.FaqTitle, "faq", "sss"] },
        new(Journeys.Eligibility) { Action = new CardAction(ActionTypes.ImBack, strings.EligibilityTitle, strings.EligibilityTitle), Synonyms = [strings.EligibilityTitle, "eligibility", "geschiktheid", "uygunluk"] },
        new(Journeys.Requests) { Action = new CardAction(ActionTypes.ImBack, strings.RequestsTitle, strings.RequestsTitle), Synonyms = [strings.RequestsTitle, "requests", "aanvragen", "talepler"] },
    ];
}
