using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Rules;
using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Eligibility;

/// <summary>
/// Reads a partner's data from the bot's database and hands it to <see cref="EligibilityRules"/>. "Today" is the
/// injected clock's local date, so tests and the staff API's asOf see the same rules as the chat.
/// </summary>
public sealed class EligibilityService(IDbContextFactory<EligibilityDbContext> contexts, TimeProvider clock) : IEligibilityService
{
    private const string NoCase = "NOCASE";

    public async Task<PartnerIdentity?> FindUserAsync(string? aadObjectId, string? upn, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await FindByAadObjectIdAsync(db, aadObjectId, cancellationToken) ?? await FindByUpnAsync(db, upn, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var partner = await db.Partners.AsNoTracking()
            .Include(p => p.Users)
            .SingleAsync(p => p.MpnId == user.PartnerMpnId, cancellationToken);
        var adminNames = partner.Users
            .Where(u => u.Role is PartnerRole.MpnPartnerAdmin or PartnerRole.AccountAdmin && !string.IsNullOrWhiteSpace(u.Name))
            .Select(u => u.Name!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return new PartnerIdentity(partner.MpnId, partner.Name, user.Name, user.Role, adminNames);
    }

    public async Task<IReadOnlyList<Competency>> LearningCompetenciesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Competencies.AsNoTracking()
            .Where(c => c.OffersLearningOption)
            .OrderBy(c => c.Name)
            .ToListAsync(cancellationToken);
    }

    public async Task<EligibilityVerdict> CheckAsync(string mpnId, string competency, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(competency);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var partner = await db.Partners.AsNoTracking().AsSplitQuery()
            .Include(p => p.Trainers)
            .Include(p => p.Exams)
            .Include(p => p.Commitments)
            .Include(p => p.Kpis)
            .SingleOrDefaultAsync(p => p.MpnId == mpnId, cancellationToken)
            ?? throw new UnknownPartnerException(mpnId);

        // The Name column uses SQLite's NOCASE collation, so this lookup ignores case.
        var trimmed = competency.Trim();
        var known = await db.Competencies.AsNoTracking().SingleOrDefaultAsync(c => c.Name == trimmed, cancellationToken)
            ?? throw new UnknownCompetencyException(competency);
        var sets = await db.RequirementSets.AsNoTracking().Where(s => s.Competency == known.Name).ToListAsync(cancellationToken);

        return EligibilityRules.Evaluate(partner, known, sets, asOf ?? Today());
    }

    public async Task<IReadOnlyList<KpiRecord>> InvoiceLinesAsync(string mpnId, string invoiceNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invoiceNumber);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Partners type invoice numbers in any case; billing systems print them upper-case.
        var number = invoiceNumber.Trim();
        return await db.Kpis.AsNoTracking()
            .Where(k => k.PartnerMpnId == mpnId && EF.Functions.Collate(k.InvoiceNumber, NoCase) == number)
            .OrderBy(k => k.OmlpType)
            .ToListAsync(cancellationToken);
    }

    public async Task<string?> WebsiteAsync(string mpnId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Partners.AsNoTracking().Where(p => p.MpnId == mpnId).Select(p => p.Website).SingleOrDefaultAsync(cancellationToken);
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private static async Task<PartnerUser?> FindByAadObjectIdAsync(EligibilityDbContext db, string? aadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(aadObjectId))
        {
            return null;
        }

        // Channels differ in how they capitalize the GUID.
        var id = aadObjectId.Trim();
        return await db.PartnerUsers.AsNoTracking()
            .FirstOrDefaultAsync(u => EF.Functions.Collate(u.AadObjectId, NoCase) == id, cancellationToken);
    }

    private static async Task<PartnerUser?> FindByUpnAsync(EligibilityDbContext db, string? upn, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(upn))
        {
            return null;
        }

        // UPNs are stored lower-case; NOCASE still finds a row a loader stored as given.
        var lowered = upn.Trim().ToLowerInvariant();
        return await db.PartnerUsers.AsNoTracking()
            .FirstOrDefaultAsync(u => EF.Functions.Collate(u.Upn, NoCase) == lowered, cancellationToken);
    }
}
