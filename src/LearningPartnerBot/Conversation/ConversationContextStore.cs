using BotKit.Hosting;
using BotKit.State;

namespace LearningPartnerBot.Conversation;

/// <summary>Reads and writes <see cref="ConversationContext"/> in the conversation's state; older than <see cref="Lifetime"/>, it is forgotten.</summary>
public sealed class ConversationContextStore(ConversationState state, TimeProvider clock)
{
    /// <summary>Long enough for a follow-up, short enough that "and for silver?" the next day starts afresh.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly IStatePropertyAccessor<ConversationContext> _context = state.CreateProperty<ConversationContext>("Context");

    public async Task<ConversationContext?> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var context = await _context.GetAsync(turnContext, cancellationToken: cancellationToken);
        return context is not null && clock.GetUtcNow() - context.At <= Lifetime ? context : null;
    }

    public async Task RememberAsync(ITurnContext turnContext, Action<ConversationContext> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var context = await GetAsync(turnContext, cancellationToken) ?? new ConversationContext();
        change(context);
        context.At = clock.GetUtcNow();
        await _context.SetAsync(turnContext, context, cancellationToken);
    }
}
