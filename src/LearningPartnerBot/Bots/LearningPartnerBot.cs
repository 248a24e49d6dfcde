using BotKit.Dialogs;
using BotKit.Hosting;
using BotKit.Schema;
using BotKit.State;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Dialogs;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Bots;

/// <summary>
/// Routing only: greet people who join, hand every message to the main dialog. Journeys live in Dialogs/.
/// </summary>
public sealed class LearningPartnerBot(ConversationState conversationState, MainDialog mainDialog, CardLibrary cards) : ActivityHandler
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>("DialogState");

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var strings = BotStrings.Get(LocaleResolver.Resolve(turnContext.Activity));

        // One welcome per join event: in group chats several people can be added at once.
        await turnContext.SendActivityAsync(MessageFactory.Attachment(WelcomeCard.Create(cards, strings)), cancellationToken);
    }

    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        mainDialog.RunAsync(turnContext, _dialogState, cancellationToken);
}
