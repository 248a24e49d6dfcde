using BotKit.Hosting;

namespace LearningPartnerBot.Conversation;

/// <summary>
/// Journeys that show a partner's own data continue in the personal chat: in a shared conversation (a Teams channel or
/// group chat) the channel's implementation says so there and opens the journey in the personal chat.
/// </summary>
public interface IPersonalChatRedirect
{
    /// <summary>True when the journey was moved (nothing more to do in this conversation); false to run it here.</summary>
    Task<bool> TryMoveToPersonalChatAsync(ITurnContext turnContext, string journey, CancellationToken cancellationToken);
}

/// <summary>Every conversation is personal: nothing moves. The default outside Teams channels.</summary>
public sealed class StayInThisChat : IPersonalChatRedirect
{
    public Task<bool> TryMoveToPersonalChatAsync(ITurnContext turnContext, string journey, CancellationToken cancellationToken) =>
        Task.FromResult(false);
}
