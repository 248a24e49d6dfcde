using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Rules;

namespace LearningPartnerBot.Tests.Eligibility.Chat;

/// <summary>The real eligibility service, counting how often the chat asks it who a user is.</summary>
internal sealed class CountingEligibilityService(IEligibilityService inner) : IEligibilityService
{
    public int UserLookups { get; private set; }

    public Task<PartnerIdentity?> FindUserAsync(string? aadObjectId, string? upn, CancellationToken cancellationToken = default)
    {
        UserLookups++;
        return inner.FindUserAsync(aadObjectId, upn, cancellationToken);
    }

    public Task<IReadOnlyList<PartnerIdentity>> PartnersOfUserAsync(string? aadObjectId, string? upn, CancellationToken cancellationToken = default) =>
        inner.PartnersOfUserAsync(aadObjectId, upn, cancellationToken);

    public Task<IReadOnlyList<Competency>> LearningCompetenciesAsync(CancellationToken cancellationToken = default) =>
        inner.LearningCompetenciesAsync(cancellationToken);

    public Task<EligibilityVerdict> CheckAsync(string mpnId, string competency, DateOnly? asOf = null, CancellationToken cancellationToken = default) =>
        inner.CheckAsync(mpnId, competency, asOf, cancellationToken);

    public Task<IReadOnlyList<KpiRecord>> InvoiceLinesAsync(string mpnId, string invoiceNumber, CancellationToken cancellationToken = default) =>
        inner.InvoiceLinesAsync(mpnId, invoiceNumber, cancellationToken);

    public Task<string?> WebsiteAsync(string mpnId, CancellationToken cancellationToken = default) =>
        inner.WebsiteAsync(mpnId, cancellationToken);
}
