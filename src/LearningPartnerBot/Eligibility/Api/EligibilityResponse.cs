using System.Text.Json.Nodes;
using LearningPartnerBot.Eligibility.Rules;
using LearningPartnerBot.Staff.Api;

namespace LearningPartnerBot.Eligibility.Api;

/// <summary>
/// The JSON answer of GET /api/partners/{mpnId}/eligibility. Levels are none, actionPack, silver or gold; dates are
/// YYYY-MM-DD; nextSteps are in the language the caller's Accept-Language asks for.
/// </summary>
public sealed record EligibilityResponse(
    string MpnId,
    string Competency,
    DateOnly AsOf,
    int ProgramYear,
    string CurrentEnrollment,
    string Recommended,
    WindowResponse Window,
    IReadOnlyList<LevelResponse> Levels,
    IReadOnlyList<PendingResponse> Pending,
    bool CovidExtension,
    bool UpgradeDiscount,
    IReadOnlyList<string> NextSteps)
{
    public static EligibilityResponse From(EligibilityVerdict verdict, IReadOnlyList<string> nextSteps)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return new(
            verdict.MpnId,
            verdict.Competency,
            verdict.AsOf,
            verdict.ProgramYear,
            ApiValues.Name(verdict.CurrentEnrollment),
            ApiValues.Name(verdict.Recommended),
            new WindowResponse(verdict.Window.From, verdict.Window.To, verdict.Window.NextAnniversary),
            [.. verdict.Levels.Select(l => new LevelResponse(
                ApiValues.Name(l.Level),
                l.Eligible,
                [.. l.Requirements.Select(r => new RequirementResponse(r.Id, r.Met, RequirementJson.From(r.Actual), RequirementJson.From(r.Required), r.Missing))]))],
            [.. verdict.Pending.Select(p => new PendingResponse(p.Invoice, p.OmlpType, p.Year, p.Month, p.KpiValue, p.VisibleFrom))],
            verdict.CovidExtension,
            verdict.UpgradeDiscount,
            nextSteps);
    }
}

/// <summary>The 12 full calendar months whose invoices count, before the month of the next anniversary.</summary>
public sealed record WindowResponse(DateOnly From, DateOnly To, DateOnly NextAnniversary);

public sealed record LevelResponse(string Level, bool Eligible, IReadOnlyList<RequirementResponse> Requirements);

/// <summary>
/// Id is mct, exams, kpi, commitment or requirementSet; actual and required are typed (see <see cref="RequirementJson"/>);
/// missing lists what is lacking (e.g. exam codes not passed).
/// </summary>
public sealed record RequirementResponse(string Id, bool Met, JsonNode? Actual, JsonNode? Required, IReadOnlyList<string> Missing);

/// <summary>An invoice in the window that the KPI dashboard shows only from visibleFrom, so it is not counted yet.</summary>
public sealed record PendingResponse(string Invoice, string OmlpType, int Year, int Month, decimal KpiValue, DateOnly VisibleFrom);
