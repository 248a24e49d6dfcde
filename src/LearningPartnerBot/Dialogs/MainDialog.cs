using BotKit.Dialogs;
using BotKit.Dialogs.Choices;
using BotKit.Schema;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Dialogs;

/// <summary>
/// The menu: work out which journey the partner wants (a welcome-card button, a menu choice, or typed words),
/// run it, then offer the menu again. The journeys are placeholders until their issues land.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    private const string JourneyPrompt = "journeyPrompt";
    private const string Flow = "mainFlow";

    /// <summary>Options of a restart after a journey: show the menu, and don't act on the turn's activity again.</summary>
    private const string BackToMenu = "backToMenu";

    public MainDialog()
        : base(nameof(MainDialog))
    {
        AddDialog(new ChoicePrompt(JourneyPrompt) { Style = ListStyle.SuggestedAction });
        AddDialog(new WaterfallDialog(Flow, [ChooseJourneyAsync, RunJourneyAsync]));
        InitialDialogId = Flow;
    }

    private static async Task<DialogTurnResult> ChooseJourneyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetOptions<string>() != BackToMenu && Journeys.FromCardSubmit(step.Context.Activity) is { } chosen)
        {
            return await step.NextAsync(chosen, cancellationToken);
        }

        var strings = BotStrings.Get(LocaleResolver.Resolve(step.Context.Activity));
        return await step.PromptAsync(JourneyPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(strings.MenuPrompt),
            RetryPrompt = MessageFactory.Text(strings.Fallback),
            Choices = JourneyChoices(strings),
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> RunJourneyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var journey = step.Result switch
        {
            FoundChoice found => Journeys.Parse(found.Value),
            _ => Journeys.Parse(BotKit.Schema.BotJson.Convert<string>(step.Result)),
        };

        var strings = BotStrings.Get(LocaleResolver.Resolve(step.Context.Activity));
        var placeholder = journey switch
        {
            Journeys.Faq => strings.FaqComingSoon,
            Journeys.Eligibility => strings.EligibilityComingSoon,
            Journeys.Requests => strings.RequestsComingSoon,
            _ => strings.Fallback,
        };
        await step.Context.SendActivityAsync(MessageFactory.Text(placeholder), cancellationToken);

        // Back to the menu, so the partner always sees what they can do next.
        return await step.ReplaceDialogAsync(Flow, BackToMenu, cancellationToken);
    }

    private static List<Choice> JourneyChoices(BotStrings strings) =>
    [
        new(Journeys.Faq) { Action = new CardAction(ActionTypes.ImBack, strings.FaqTitle, strings.FaqTitle), Synonyms = [strings.FaqTitle, "faq", "question", "vraag", "soru"] },
        new(Journeys.Eligibility) { Action = new CardAction(ActionTypes.ImBack, strings.EligibilityTitle, strings.EligibilityTitle), Synonyms = [strings.EligibilityTitle, "eligibility", "geschiktheid", "uygunluk"] },
        new(Journeys.Requests) { Action = new CardAction(ActionTypes.ImBack, strings.RequestsTitle, strings.RequestsTitle), Synonyms = [strings.RequestsTitle, "request", "aanvraag", "talep"] },
    ];
}
