using BotKit.Schema;

namespace LearningPartnerBot.Tickets;

/// <summary>What a ticket is about; each type has its own typed payload.</summary>
public enum TicketType
{
    KpiDiscrepancy,
    DirectoryListing,
    General,
}

/// <summary>Where support staff are with a ticket.</summary>
public enum TicketStatus
{
    New,
    InProgress,
    WaitingOnPartner,
    Resolved,
    Rejected,
}

/// <summary>Who filed the request, as the channel and the eligibility store know them.</summary>
public sealed record TicketRequester(string Id, string? Name, string? Email, string? Role);

/// <summary>
/// A request ready to become a ticket. <see cref="SourceChannelId"/> + <see cref="SourceActivityId"/> (and the
/// optional <see cref="FormInstanceId"/> of the card that was submitted) make creation idempotent: a redelivered or
/// double-clicked submit returns the ticket the first one created. <see cref="PartnerStated"/> says the MPN ID and
/// <see cref="PartnerName"/> are what an unlinked requester typed, not a partner record the channel proved.
/// </summary>
public sealed record NewTicket(
    TicketType Type,
    string? PartnerMpnId,
    TicketRequester Requester,
    string Locale,
    TicketPayload Payload,
    ConversationReference Conversation,
    string SourceChannelId,
    string SourceActivityId,
    string? FormInstanceId = null,
    string? PartnerName = null,
    bool PartnerStated = false);

/// <summary>The typed details of a request; serialized with the ticket and shown field by field to staff.</summary>
public abstract record TicketPayload;

/// <summary>Exactly the KPI dashboard details the article asks for in a discrepancy, plus the partner's comment.</summary>
public sealed record KpiDiscrepancyPayload(
    int Month,
    int Year,
    string OmlpType,
    string PurchaseUnit,
    string InvoiceNumber,
    decimal KpiValue,
    decimal RevenueValue,
    string Currency,
    string DocumentType,
    string? Comment) : TicketPayload;

/// <summary>A Learning Partner directory listing request and the date it is expected to be visible.</summary>
public sealed record DirectoryListingPayload(
    string DisplayName,
    string Country,
    Uri LandingPage,
    bool AboutPartnerOnly,
    bool NoCompetitors,
    bool OwnedByPartner,
    bool HostWarningConfirmed,
    DateOnly ExpectedBatchStart,
    DateOnly ExpectedVisibleBy) : TicketPayload;

/// <summary>"Talk to a person": what the partner wrote and the last turns of the conversation.</summary>
public sealed record GeneralRequestPayload(string Message, IReadOnlyList<TranscriptLine> Transcript) : TicketPayload;

public sealed record TranscriptLine(DateTimeOffset At, string From, string Text);

/// <summary>The outcome of filing: the reference to show the partner, and whether this call created the ticket.</summary>
public sealed record TicketReceipt(string Reference, bool Created, TicketStatus Status);

/// <summary>A partner's view of one of their tickets ("my requests").</summary>
public sealed record TicketSummary(string Reference, TicketType Type, TicketStatus Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>The ticket store the chat uses. Staff-side operations live with the staff API.</summary>
public interface ITicketService
{
    /// <summary>Creates the ticket, or returns the existing one for the same source activity or form instance.</summary>
    Task<TicketReceipt> CreateAsync(NewTicket ticket, CancellationToken cancellationToken = default);

    /// <summary>Adds a message from the partner to their own ticket; false when it is not theirs or does not exist.</summary>
    Task<bool> AddPartnerMessageAsync(string reference, string requesterId, string text, CancellationToken cancellationToken = default);

    /// <summary>The requester's tickets, newest first.</summary>
    Task<IReadOnlyList<TicketSummary>> ListForRequesterAsync(string requesterId, CancellationToken cancellationToken = default);
}
