using System.Text.Json;
using System.Text.Json.Serialization;
using LearningPartnerBot.Eligibility.Data;

namespace LearningPartnerBot.Eligibility.Demo;

/// <summary>
/// The made-up program year in sample-program-year.json (embedded): competencies and requirement sets in the staff
/// API's JSON shapes, so the same file could be loaded through the API. Not Microsoft's real requirements.
/// </summary>
public sealed class SampleProgramYear
{
    private const string ResourceName = "eligibility.sample-program-year.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public required string Label { get; init; }

    public int ProgramYear { get; init; }

    public required List<CompetencyEntry> Competencies { get; init; }

    public required List<RequirementEntry> Requirements { get; init; }

    public static SampleProgramYear Load()
    {
        using var stream = typeof(SampleProgramYear).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from the build.");
        return JsonSerializer.Deserialize<SampleProgramYear>(stream, Json)
            ?? throw new InvalidOperationException($"'{ResourceName}' is empty.");
    }

    public IEnumerable<Competency> CompetencyEntities() => Competencies.Select(c => new Competency
    {
        Name = c.Name,
        OffersLearningOption = c.LearningOption,
        CovidExtensionExcluded = c.CovidExtensionExcluded,
    });

    public IEnumerable<RequirementSet> RequirementEntities() => Requirements.Select(r => new RequirementSet
    {
        ProgramYear = ProgramYear,
        Competency = r.Competency,
        Level = r.Level,
        MinMcts = r.MinMcts,
        RequiredExams = [.. r.RequiredExams],
        MinKpi = r.MinKpi,
        PerformanceCommitmentRequired = r.PerformanceCommitment,
    });

    public sealed record CompetencyEntry(string Name, bool LearningOption, bool CovidExtensionExcluded);

    public sealed record RequirementEntry(string Competency, CompetencyLevel Level, int MinMcts, List<string> RequiredExams, decimal? MinKpi, bool PerformanceCommitment);
}
