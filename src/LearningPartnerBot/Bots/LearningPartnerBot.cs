using BotKit.Dialogs;
using BotKit.Hosting;
using BotKit.Schema;
using BotKit.State;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Dialogs;
using LearningPartnerBot.Knowledge.Chat;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Bots;

/// <summary>
/// Routing only: greet people who join, carry out FAQ card buttons, hand every other message to the main dialog.
/// </summary>
public sealed class LearningPartnerBot(ConversationState conversationState, MainDialog mainDialog, CardLibrary cards, FaqResponder faq) : ActivityHandler
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
        // FAQ card buttons (follow-ups, votes) work at any point, even mid-form, and leave the form where it was.
        if (FaqCardAction.From(turnContext.Activity) is { } faqAction)
        {
            await faq.HandleCardActionAsync(turnContext, faqAction, cancellationToken);
            return;
        }

        await mainDialog.RunAsync(turnContext, _dialogState, cancellationToken);
    }
}
