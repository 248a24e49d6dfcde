namespace LearningPartnerBot.Eligibility.Data;

/// <summary>
/// What one competency level asks for in one program year. The article says KPI requirements change every year, so
/// these are data loaded by staff, never constants in code.
/// </summary>
public sealed class RequirementSet
{
    public long Id { get; set; }

    public int ProgramYear { get; set; }

    public required string Competency { get; set; }

    public CompetencyLevel Level { get; set; }

    public int MinMcts { get; set; }

    /// <summary>Exam codes that must all have been passed, upper case.</summary>
    public List<string> RequiredExams { get; set; } = [];

    /// <summary>The KPI total the window must reach; null when the level sets no KPI minimum.</summary>
    public decimal? MinKpi { get; set; }

    public bool PerformanceCommitmentRequired { get; set; }
}
