using LearningPartnerBot.Eligibility.Rules;

namespace LearningPartnerBot.Tests.Eligibility.Rules;

/// <summary>Record equality compares the Missing list by reference; rows are equal when their contents are.</summary>
internal sealed class RequirementCheckComparer : IEqualityComparer<RequirementCheck>
{
    public bool Equals(RequirementCheck? x, RequirementCheck? y) =>
        x is not null && y is not null
        && (x.Id, x.Met, x.Actual, x.Required) == (y.Id, y.Met, y.Actual, y.Required)
        && x.Missing.SequenceEqual(y.Missing);

    public int GetHashCode(RequirementCheck obj) => HashCode.Combine(obj.Id, obj.Met, obj.Actual, obj.Required);
}
