using BotKit.Dialogs;
using BotKit.Hosting;
using BotKit.Schema;
using BotKit.State;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Channels.Teams;
using LearningPartnerBot.Dialogs;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Knowledge.Chat;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Requests;

namespace LearningPartnerBot.Bots;

/// <summary>
/// Routing only: greet once when the bot is installed or a conversation with it starts, carry out FAQ card buttons,
/// answer Action.Execute buttons like their Action.Submit twins, hand every other message to the main dialog.
/// </summary>
public sealed class LearningPartnerBot(ConversationState conversationState, MainDialog mainDialog, CardLibrary cards, FaqResponder faq, RequestShortcuts requests) : ActivityHandler
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>("DialogState");
    private readonly IStatePropertyAccessor<bool> _welcomed = conversationState.CreateProperty<bool>("Welcomed");

    protected override async Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (InstallWelcome.IsConversationStart(turnContext.Activity))
        {
            await WelcomeOnceAsync(turnContext, cancellationToken);
        }
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, cancellationToken);

    // A later re-install is a new start and gets the welcome again.
    protected override Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _welcomed.DeleteAsync(turnContext, cancellationToken);

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // "My requests", "talk to a person" (and "Contact support") work at any point and leave a form where it was.
        if (await requests.TryHandleAsync(turnContext, cancellationToken))
        {
            return;
        }

        // FAQ card buttons (follow-ups, votes) work at any point, even mid-form, and leave the form where it was;
        // "File this request" replaces whatever was open with the request's form.
        if (FaqCardAction.From(turnContext.Activity) is { } faqAction)
        {
            if (faqAction is { Action: FaqCardAction.File, Request: { } form } && TopicActions.All.Contains(form))
            {
                var dialogs = await new DialogSet(_dialogState).Add(mainDialog).CreateContextAsync(turnContext, cancellationToken);
                await dialogs.CancelAllDialogsAsync(cancellationToken);
                await dialogs.BeginDialogAsync(mainDialog.Id, cancellationToken: cancellationToken);
                return;
            }

            await faq.HandleCardActionAsync(turnContext, faqAction, cancellationToken);
            return;
        }

        await mainDialog.RunAsync(turnContext, _dialogState, cancellationToken);
    }

    protected override async Task<AdaptiveCardInvokeResponse?> OnAdaptiveCardInvokeAsync(AdaptiveCardInvokeValue invokeValue, ITurnContext turnContext, CancellationToken cancellationToken) =>
        await UniversalActions.ExecuteAsync(invokeValue, turnContext, OnMessageActivityAsync, cancellationToken);

    /// <summary>
    /// Teams announces one install twice (installationUpdate and conversationUpdate, in either order), and an
    /// upgrade again; the conversation remembers that it was greeted so the partner sees one welcome.
    /// </summary>
    private async Task WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await _welcomed.GetAsync(turnContext, cancellationToken: cancellationToken))
        {
            return;
        }

        await _welcomed.SetAsync(turnContext, true, cancellationToken);
        var strings = BotStrings.Get(LocaleResolver.Resolve(turnContext.Activity));
        await turnContext.SendActivityAsync(MessageFactory.Attachment(WelcomeCard.Create(cards, strings)), cancellationToken);
    }
}
