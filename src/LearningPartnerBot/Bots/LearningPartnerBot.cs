using BotKit.Dialogs;
using BotKit.Hosting;
using BotKit.Schema;
using BotKit.State;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Channels.Teams;
using LearningPartnerBot.Conversation;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Bots;

/// <summary>
/// Routing only: greet once when the bot is installed or a conversation with it starts, answer Action.Execute buttons
/// like their Action.Submit twins, and hand every message to the main dialog.
/// </summary>
public sealed class LearningPartnerBot(ConversationState conversationState, MainDialog mainDialog, CardLibrary cards) : ActivityHandler
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

    /// <summary>Every message, typed or clicked, goes to the main dialog, which reads it once and decides what it means.</summary>
    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        mainDialog.RunAsync(turnContext, _dialogState, cancellationToken);

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
        await turnContext.SendActivityAsync(InstallWelcome.MessageFor(turnContext.Activity, () => MessageFactory.Attachment(WelcomeCard.Create(cards, strings))), cancellationToken);
    }
}
