namespace LearningPartnerBot.Eligibility.Data;

/// <summary>A Microsoft partner organization as the eligibility rules see it: identity, anniversary and what it owns.</summary>
public sealed class Partner
{
    /// <summary>The MPN ID, the partner's key everywhere in Partner Center.</summary>
    public required string MpnId { get; set; }

    public required string Name { get; set; }

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public required string Country { get; set; }

    /// <summary>The membership anniversary; renewal windows and the COVID-19 extension hang off it.</summary>
    public DateOnly AnniversaryDate { get; set; }

    public string? Website { get; set; }

    public EnrollmentLevel EnrollmentLevel { get; set; }

    /// <summary>The competency of a silver or gold enrollment; null for none and the Action Pack.</summary>
    public string? EnrollmentCompetency { get; set; }

    public List<PartnerUser> Users { get; set; } = [];

    public List<Trainer> Trainers { get; set; } = [];

    public List<PassedExam> Exams { get; set; } = [];

    public List<PerformanceCommitment> Commitments { get; set; } = [];

    public List<KpiRecord> Kpis { get; set; } = [];
}
