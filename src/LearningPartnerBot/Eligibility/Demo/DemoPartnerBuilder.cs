using System.Globalization;
using LearningPartnerBot.Eligibility.Data;

namespace LearningPartnerBot.Eligibility.Demo;

/// <summary>Reads like a description of a demo partner and turns it into the entity with everything it owns.</summary>
internal sealed class DemoPartnerBuilder(string mpnId, string name, string country, DateOnly anniversary)
{
    private readonly Partner _partner = new()
    {
        MpnId = mpnId,
        Name = name,
        Country = country,
        AnniversaryDate = anniversary,
        Website = "https://" + name.ToLowerInvariant().Replace(' ', '-') + ".example",
    };

    public DemoPartnerBuilder Enrolled(EnrollmentLevel level, string competency)
    {
        _partner.EnrollmentLevel = level;
        _partner.EnrollmentCompetency = competency;
        return this;
    }

    public DemoPartnerBuilder Trainer(string trainerName, DateOnly certifiedUntil)
    {
        var number = _partner.Trainers.Count + 1;
        _partner.Trainers.Add(new Trainer { PartnerMpnId = mpnId, MctId = $"MCT-{mpnId}-{number}", Name = trainerName, CertifiedUntil = certifiedUntil });
        return this;
    }

    public DemoPartnerBuilder Exams(DateOnly passedOn, params string[] codes)
    {
        _partner.Exams.AddRange(codes.Select(code => new PassedExam { PartnerMpnId = mpnId, Code = code, PassedOn = passedOn }));
        return this;
    }

    public DemoPartnerBuilder Commitment(string competency, DateOnly committedOn)
    {
        _partner.Commitments.Add(new PerformanceCommitment { PartnerMpnId = mpnId, Competency = competency, CommittedOn = committedOn });
        return this;
    }

    /// <summary>One courseware invoice line per month; revenue is a made-up 25 per KPI point in the partner's currency.</summary>
    public DemoPartnerBuilder Invoices(string competency, string currency, params (DateOnly Month, decimal Kpi)[] lines)
    {
        foreach (var (month, kpi) in lines)
        {
            _partner.Kpis.Add(new KpiRecord
            {
                PartnerMpnId = mpnId,
                Month = month.Month,
                Year = month.Year,
                OmlpType = "Courseware",
                PurchaseUnit = "Seat",
                InvoiceNumber = string.Create(CultureInfo.InvariantCulture, $"INV-{month:yyyyMM}-{mpnId[^3..]}"),
                KpiValue = kpi,
                RevenueValue = kpi * 25,
                Currency = currency,
                Competency = competency,
                DocumentType = KpiDocumentType.Invoice,
            });
        }

        return this;
    }

    public Partner ToPartner(IEnumerable<DemoIdentity> users)
    {
        _partner.Users.AddRange(users.Where(u => u.PartnerName == _partner.Name).Select(u => new PartnerUser
        {
            PartnerMpnId = mpnId,
            AadObjectId = u.AadObjectId,
            Upn = $"{u.Name.ToLowerInvariant()}@{_partner.Website![8..]}",
            Name = u.Name,
            Role = u.Role,
        }));
        return _partner;
    }
}
