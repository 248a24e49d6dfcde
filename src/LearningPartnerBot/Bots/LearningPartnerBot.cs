using BotKit.Dialogs;
using BotKit.Hosting;
using BotKit.Schema;
using BotKit.State;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Dialogs;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Knowledge.Chat;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Requests;

namespace LearningPartnerBot.Bots;

/// <summary>
/// Routing only: greet people who join, carry out FAQ card buttons, hand every other message to the main dialog.
/// </summary>
public sealed class LearningPartnerBot(ConversationState conversationState, MainDialog mainDialog, CardLibrary cards, FaqResponder faq, RequestShortcuts requests) : ActivityHandler
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>("DialogState");

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var strings = BotStrings.Get(LocaleResolver.Resolve(turnContext.Activity));

        // One welcome per join event: in group chats several people can be added at once.
        await turnContext.SendActivityAsync(MessageFactory.Attachment(WelcomeCard.Create(cards, strings)), cancellationToken);
    }

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
}
