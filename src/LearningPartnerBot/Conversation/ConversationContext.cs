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
