using LearningPartnerBot.Data;
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
        return new PartnerIdentity(partner.MpnId, partner.Name, user.Name, user.Role, adminNames, user.Upn);
    }

    public async Task<IReadOnlyList<PartnerIdentity>> PartnersOfUserAsync(string? aadObjectId, string? upn, CancellationToken cancellationToken = default)
    {
        var id = string.IsNullOrWhiteSpace(aadObjectId) ? null : aadObjectId.Trim();
        var lowered = string.IsNullOrWhiteSpace(upn) ? null : upn.Trim().ToLowerInvariant();
        if (id is null && lowered is null)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var caseInsensitive = CaseInsensitiveText.Collation(db.Database);
        var users = await db.PartnerUsers.AsNoTracking()
            .Where(u => (id != null && EF.Functions.Collate(u.AadObjectId, caseInsensitive) == id)
                || (lowered != null && EF.Functions.Collate(u.Upn, caseInsensitive) == lowered))
            .ToListAsync(cancellationToken);
        var mpnIds = users.Select(u => u.PartnerMpnId).Distinct().ToList();
        var names = await db.Partners.AsNoTracking()
            .Where(p => mpnIds.Contains(p.MpnId))
            .ToDictionaryAsync(p => p.MpnId, p => p.Name, cancellationToken);
        return
        [
            .. users.GroupBy(u => u.PartnerMpnId)
                .Where(g => names.ContainsKey(g.Key))
                .Select(g => new PartnerIdentity(g.Key, names[g.Key], g.First().Name, g.First().Role, [], g.First().Upn))
                .OrderBy(p => p.PartnerName, StringComparer.CurrentCultureIgnoreCase)
                .ThenBy(p => p.MpnId, StringComparer.Ordinal),
        ];
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
        var day = asOf ?? Today();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var partner = await db.Partners.AsNoTracking().AsSplitQuery()
            .Include(p => p.Trainers)
            .Include(p => p.Exams)
            .Include(p => p.Commitments)
            .SingleOrDefaultAsync(p => p.MpnId == mpnId, cancellationToken)
            ?? throw new UnknownPartnerException(mpnId);

        // The Name column's collation ignores case (CaseInsensitiveText), so this lookup does too.
        var trimmed = competency.Trim();
        var known = await db.Competencies.AsNoTracking().SingleOrDefaultAsync(c => c.Name == trimmed, cancellationToken)
            ?? throw new UnknownCompetencyException(competency);
        var sets = await db.RequirementSets.AsNoTracking().Where(s => s.Competency == known.Name).ToListAsync(cancellationToken);
        partner.Kpis = await CountableKpisAsync(db, mpnId, known.Name, RenewalWindow.For(partner.AnniversaryDate, day), cancellationToken);

        return EligibilityRules.Evaluate(partner, known, sets, day);
    }

    public async Task<IReadOnlyList<KpiRecord>> InvoiceLinesAsync(string mpnId, string invoiceNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invoiceNumber);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Partners type invoice numbers in any case; billing systems print them upper-case.
        var number = invoiceNumber.Trim();
        var caseInsensitive = CaseInsensitiveText.Collation(db.Database);
        return await db.Kpis.AsNoTracking()
            .Where(k => k.PartnerMpnId == mpnId && EF.Functions.Collate(k.InvoiceNumber, caseInsensitive) == number)
            .OrderBy(k => k.OmlpType)
            .ToListAsync(cancellationToken);
    }

    public async Task<string?> WebsiteAsync(string mpnId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Partners.AsNoTracking().Where(p => p.MpnId == mpnId).Select(p => p.Website).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Only the rows the rules can count (invoices of this competency in the renewal's window), so a partner with
    /// years of KPI history costs one check no more than a new one.
    /// </summary>
    private static Task<List<KpiRecord>> CountableKpisAsync(EligibilityDbContext db, string mpnId, string competency, KpiWindow window, CancellationToken cancellationToken)
    {
        var first = MonthNumber(window.From.Year, window.From.Month);
        var last = MonthNumber(window.To.Year, window.To.Month);
        var caseInsensitive = CaseInsensitiveText.Collation(db.Database);
        return db.Kpis.AsNoTracking()
            .Where(k => k.PartnerMpnId == mpnId
                && k.DocumentType == KpiDocumentType.Invoice
                && EF.Functions.Collate(k.Competency, caseInsensitive) == competency
                && k.Year * 12 + k.Month >= first
                && k.Year * 12 + k.Month <= last)
            .ToListAsync(cancellationToken);
    }

    private static int MonthNumber(int year, int month) => year * 12 + month;

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private static async Task<PartnerUser?> FindByAadObjectIdAsync(EligibilityDbContext db, string? aadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(aadObjectId))
        {
            return null;
        }

        // Channels differ in how they capitalize the GUID.
        var id = aadObjectId.Trim();
        var caseInsensitive = CaseInsensitiveText.Collation(db.Database);
        return await db.PartnerUsers.AsNoTracking()
            .FirstOrDefaultAsync(u => EF.Functions.Collate(u.AadObjectId, caseInsensitive) == id, cancellationToken);
    }

    private static async Task<PartnerUser?> FindByUpnAsync(EligibilityDbContext db, string? upn, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(upn))
        {
            return null;
        }

        // UPNs are stored lower-case; the case-insensitive collation still finds a row a loader stored as given.
        var lowered = upn.Trim().ToLowerInvariant();
        var caseInsensitive = CaseInsensitiveText.Collation(db.Database);
        return await db.PartnerUsers.AsNoTracking()
            .FirstOrDefaultAsync(u => EF.Functions.Collate(u.Upn, caseInsensitive) == lowered, cancellationToken);
    }
}
