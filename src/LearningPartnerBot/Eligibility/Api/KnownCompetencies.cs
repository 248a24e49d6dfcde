using LearningPartnerBot.Eligibility.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Eligibility.Api;

/// <summary>
/// The competency names staff have loaded, matched case-insensitively and returned as stored, so partner data and
/// requirement sets always name a competency the way the rules look it up.
/// </summary>
internal sealed class KnownCompetencies
{
    private readonly Dictionary<string, string> _byName;

    private KnownCompetencies(IEnumerable<string> names) =>
        _byName = names.ToDictionary(n => n, StringComparer.OrdinalIgnoreCase);

    public static async Task<KnownCompetencies> LoadAsync(EligibilityDbContext db, CancellationToken cancellationToken) =>
        new(await db.Competencies.AsNoTracking().Select(c => c.Name).ToListAsync(cancellationToken));

    public static KnownCompetencies Of(IEnumerable<string> names) => new(names);

    /// <summary>The stored spelling of <paramref name="name"/>, or null when no such competency was loaded.</summary>
    public string? Find(string? name) =>
        name is not null && _byName.TryGetValue(name.Trim(), out var stored) ? stored : null;

    public static string Unknown(string? name) =>
        $"No competency named '{name}'. Load competencies first with PUT /api/competencies.";
}
