namespace LearningPartnerBot.Tickets;

/// <summary>Which tickets staff want to see; every criterion is optional. Dates are UTC creation days, inclusive.</summary>
public sealed record TicketFilter(
    TicketStatus? Status = null,
    TicketType? Type = null,
    string? PartnerMpnId = null,
    DateOnly? CreatedFrom = null,
    DateOnly? CreatedTo = null);

/// <summary>One page of the queue and how many tickets match in all.</summary>
public sealed record TicketPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
