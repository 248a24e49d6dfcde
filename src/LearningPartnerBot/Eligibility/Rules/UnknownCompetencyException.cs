namespace LearningPartnerBot.Eligibility.Rules;

public sealed class UnknownCompetencyException(string competency) : Exception($"No competency named '{competency}'.")
{
    public string Competency { get; } = competency;
}
