using LearningPartnerBot.Eligibility.Data;

namespace LearningPartnerBot.Eligibility.Rules;

/// <summary>
/// The one eligibility service the dialogs and the staff API share: reads a partner's data and runs the rules.
/// </summary>
public interface IEligibilityService
{
    /// <summary>The partner a chat user belongs to, by AAD object id first, then UPN (case-insensitive); null when unmapped.</summary>
    Task<PartnerIdentity?> FindUserAsync(string? aadObjectId, string? upn, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every partner the user is listed with (by AAD object id or UPN), by name: someone who works for several files
    /// requests for any of them. Admin names are left empty; filing does not need them.
    /// </summary>
    Task<IReadOnlyList<PartnerIdentity>> PartnersOfUserAsync(string? aadObjectId, string? upn, CancellationToken cancellationToken = default);

    /// <summary>Competencies that offer a Silver/Gold Learning option, by name.</summary>
    Task<IReadOnlyList<Competency>> LearningCompetenciesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs the rules for a partner and competency on a date (today by the injected clock when null).
    /// Throws <see cref="UnknownPartnerException"/> or <see cref="UnknownCompetencyException"/>.
    /// </summary>
    Task<EligibilityVerdict> CheckAsync(string mpnId, string competency, DateOnly? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>What the store holds for one of the partner's invoices (a line per OMLP type); empty when it holds nothing.</summary>
    Task<IReadOnlyList<KpiRecord>> InvoiceLinesAsync(string mpnId, string invoiceNumber, CancellationToken cancellationToken = default);

    /// <summary>The partner's website on record, or null when unknown (or no such partner).</summary>
    Task<string?> WebsiteAsync(string mpnId, CancellationToken cancellationToken = default);
}

/// <summary>Who is asking: their partner, their role, and the partner's admins (to name when the user may not enroll).</summary>
public sealed record PartnerIdentity(string MpnId, string PartnerName, string? UserName, PartnerRole Role, IReadOnlyList<string> AdminNames, string? UserPrincipalName = null)
{
    public bool MayEnroll => Role is PartnerRole.MpnPartnerAdmin or PartnerRole.AccountAdmin;
}
