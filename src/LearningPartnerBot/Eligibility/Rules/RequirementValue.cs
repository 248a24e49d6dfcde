namespace LearningPartnerBot.Eligibility.Rules;

/// <summary>
/// A requirement's actual or required value as what it is (a count, an amount of money, a year, exam codes, yes or
/// no), so each reader formats it its own way: the card and the next steps in the reader's language, the staff API as
/// JSON numbers, arrays and booleans. Nobody parses display text back.
/// </summary>
public abstract record RequirementValue;

/// <summary>A number of people, e.g. MCTs certified on the check date.</summary>
public sealed record CountValue(int Count) : RequirementValue;

/// <summary>An amount of money, e.g. a KPI total.</summary>
public sealed record MoneyValue(decimal Amount) : RequirementValue;

/// <summary>A program year: a year, never a number with a thousands separator ("2.026" in Dutch).</summary>
public sealed record YearValue(int Year) : RequirementValue;

/// <summary>Whether something is in place, e.g. a performance commitment.</summary>
public sealed record YesNoValue(bool Yes) : RequirementValue;

/// <summary>Exam codes, in the requirement set's order; equal when they hold the same codes in the same order.</summary>
public sealed record CodesValue(IReadOnlyList<string> Codes) : RequirementValue
{
    public bool Equals(CodesValue? other) => other is not null && Codes.SequenceEqual(other.Codes, StringComparer.Ordinal);

    public override int GetHashCode() => Codes.Aggregate(0, (hash, code) => HashCode.Combine(hash, StringComparer.Ordinal.GetHashCode(code)));
}
