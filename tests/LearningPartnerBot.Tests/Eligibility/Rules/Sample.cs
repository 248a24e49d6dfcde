using LearningPartnerBot.Eligibility.Data;

namespace LearningPartnerBot.Tests.Eligibility.Rules;

/// <summary>Small builders for rule tests: one partner, the two sample competencies and their requirement sets.</summary>
internal static class Sample
{
    public const string MpnId = "1234567";

    public static readonly Competency CloudPlatform = new() { Name = "Cloud Platform", OffersLearningOption = true };

    public static readonly Competency CloudBusinessApplications = new() { Name = "Cloud Business Applications", OffersLearningOption = true, CovidExtensionExcluded = true };

    public static Partner Partner(DateOnly anniversary) => new() { MpnId = MpnId, Name = "Contoso Learning", Country = "NL", AnniversaryDate = anniversary };

    public static Partner WithTrainers(this Partner partner, params DateOnly[] certifiedUntil)
    {
        partner.Trainers.AddRange(certifiedUntil.Select((until, i) => new Trainer { PartnerMpnId = MpnId, MctId = $"MCT-{i}", Name = $"Trainer {i}", CertifiedUntil = until }));
        return partner;
    }

    public static Partner WithExams(this Partner partner, DateOnly passedOn, params string[] codes)
    {
        partner.Exams.AddRange(codes.Select(code => new PassedExam { PartnerMpnId = MpnId, Code = code, PassedOn = passedOn }));
        return partner;
    }

    public static Partner WithCommitment(this Partner partner, string competency, DateOnly committedOn)
    {
        partner.Commitments.Add(new PerformanceCommitment { PartnerMpnId = MpnId, Competency = competency, CommittedOn = committedOn });
        return partner;
    }

    public static Partner WithKpi(this Partner partner, int year, int month, decimal value, string competency = "Cloud Platform", KpiDocumentType type = KpiDocumentType.Invoice, string? invoice = null)
    {
        partner.Kpis.Add(new KpiRecord
        {
            PartnerMpnId = MpnId, Year = year, Month = month, OmlpType = "Courseware", PurchaseUnit = "Seat",
            InvoiceNumber = invoice ?? $"INV-{year}-{month:00}-{partner.Kpis.Count}", KpiValue = value, RevenueValue = value * 10,
            Currency = "EUR", Competency = competency, DocumentType = type,
        });
        return partner;
    }

    public static Partner EnrolledIn(this Partner partner, EnrollmentLevel level, string? competency)
    {
        partner.EnrollmentLevel = level;
        partner.EnrollmentCompetency = competency;
        return partner;
    }

    public static RequirementSet Silver(int year, string competency = "Cloud Platform", int minMcts = 1, string[]? exams = null, decimal? minKpi = null, bool commitment = true) =>
        Set(year, competency, CompetencyLevel.Silver, minMcts, exams ?? ["AZ-104"], minKpi, commitment);

    public static RequirementSet Gold(int year, string competency = "Cloud Platform", int minMcts = 2, string[]? exams = null, decimal? minKpi = 1000m, bool commitment = true) =>
        Set(year, competency, CompetencyLevel.Gold, minMcts, exams ?? ["AZ-104", "AZ-305"], minKpi, commitment);

    private static RequirementSet Set(int year, string competency, CompetencyLevel level, int minMcts, string[] exams, decimal? minKpi, bool commitment) => new()
    {
        ProgramYear = year, Competency = competency, Level = level, MinMcts = minMcts, RequiredExams = [.. exams], MinKpi = minKpi,
        PerformanceCommitmentRequired = commitment,
    };
}
