using BotKit.Hosting;
using BotKit.State;

namespace LearningPartnerBot.Conversation;

/// <summary>
/// What was just said, kept for a short while so an elliptical follow-up ("and for silver?", "why not gold?", "how long
/// does that take?") can be read against it: the last FAQ topic, the last eligibility check and the last invoice month.
/// </summary>
public sealed class ConversationContext
{
    public string? TopicId { get; set; }

    /// <summary>The partner and competency of the last eligibility check shown in this conversation.</summary>
    public string? CheckedMpnId { get; set; }

    public string? CheckedCompetency { get; set; }

    public int? InvoiceMonth { get; set; }

    public int? InvoiceYear { get; set; }

    /// <summary>Which of the above was said last: the one a follow-up most likely refers to.</summary>
    public ContextKind Last { get; set; }

    public DateTimeOffset At { get; set; }
}

public enum ContextKind
{
    None,
    Topic,
    Check,
    InvoiceDate,
}

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
