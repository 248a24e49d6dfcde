using BotKit.Dialogs;
using BotKit.Dialogs.Choices;
using BotKit.Schema;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Requests.DirectoryListing;
using LearningPartnerBot.Requests.Discrepancy;

namespace LearningPartnerBot.Requests;

/// <summary>
/// "File a request": the requests menu (KPI discrepancy, directory listing, my requests, talk to a person), or, when
/// begun with a <see cref="RequestStart"/>, that form straight away.
/// </summary>
public sealed class RequestsDialog : ComponentDialog
{
    private const string Flow = "requestsFlow";
    private const string MenuPrompt = "requestsMenu";
    private const string MyRequests = "myRequests";
    private const string TalkToPerson = "person";

    private readonly RequestShortcuts _shortcuts;

    public RequestsDialog(DiscrepancyDialog discrepancy, DirectoryDialog directory, RequestShortcuts shortcuts)
        : base(nameof(RequestsDialog))
    {
        _shortcuts = shortcuts ?? throw new ArgumentNullException(nameof(shortcuts));
        AddDialog(discrepancy ?? throw new ArgumentNullException(nameof(discrepancy)));
        AddDialog(directory ?? throw new ArgumentNullException(nameof(directory)));
        AddDialog(new ChoicePrompt(MenuPrompt) { Style = ListStyle.SuggestedAction, MinScore = 0.5 });
        AddDialog(new WaterfallDialog(Flow, [ChooseAsync, StartAsync]));
        InitialDialogId = Flow;
    }

    private static async Task<DialogTurnResult> ChooseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Options is RequestStart start && TopicActions.All.Contains(start.Form))
        {
            return await step.NextAsync(start, cancellationToken);
        }

        var strings = RequestStrings.Get(LocaleResolver.Resolve(step.Context.Activity));
        return await step.PromptAsync(MenuPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(strings.MenuPrompt),
            Choices =
            [
                Choice(TopicActions.KpiDiscrepancy, strings.MenuDiscrepancy),
                Choice(TopicActions.DirectoryListing, strings.MenuDirectory),
                Choice(MyRequests, strings.MenuMyRequests),
                Choice(TalkToPerson, strings.MenuTalkToPerson),
            ],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var start = step.Result as RequestStart;
        var chosen = step.Result switch
        {
            FoundChoice found => found.Value,
            RequestStart requested => requested.Form,
            _ => null,
        };
        switch (chosen)
        {
            case TopicActions.KpiDiscrepancy:
                return await step.ReplaceDialogAsync(nameof(DiscrepancyDialog), start?.Values, cancellationToken);
            case TopicActions.DirectoryListing:
                return await step.ReplaceDialogAsync(nameof(DirectoryDialog), start?.Values, cancellationToken);
            case MyRequests:
                await _shortcuts.ShowMyRequestsAsync(step.Context, cancellationToken);
                return await step.EndDialogAsync(cancellationToken: cancellationToken);
            case TalkToPerson:
                await _shortcuts.TalkToPersonAsync(step.Context, cancellationToken);
                return await step.EndDialogAsync(cancellationToken: cancellationToken);
            default:
                return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }
    }

    private static Choice Choice(string id, string title) =>
        new(id) { Action = new CardAction(ActionTypes.ImBack, title, title), Synonyms = [title] };
}
