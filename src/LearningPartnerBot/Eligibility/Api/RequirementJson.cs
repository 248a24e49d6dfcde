using System.Text.Json.Nodes;
using LearningPartnerBot.Eligibility.Rules;

namespace LearningPartnerBot.Eligibility.Api;

/// <summary>
/// A requirement's actual or required value as typed JSON, so API callers compare numbers and lists rather than
/// parsing display text: MCT counts and KPI totals are numbers, exams are arrays of codes, the commitment is a
/// boolean, and a missing requirement set states the program year it looked for (its actual value is null).
/// </summary>
internal static class RequirementJson
{
    public static JsonNode? From(RequirementValue? value) => value switch
    {
        CountValue count => JsonValue.Create(count.Count),
        MoneyValue money => JsonValue.Create(WithoutTrailingZeros(money.Amount)),
        YearValue year => JsonValue.Create(year.Year),
        YesNoValue yesNo => JsonValue.Create(yesNo.Yes),
        CodesValue codes => new JsonArray([.. codes.Codes.Select(c => (JsonNode?)JsonValue.Create(c))]),
        _ => null,
    };

    /// <summary>
    /// A KPI summed from stored lines carries their scale (1250.00); callers have always been sent 1250. Dividing by
    /// one with 28 zeros makes decimal choose the smallest scale that keeps the value exact.
    /// </summary>
    private static decimal WithoutTrailingZeros(decimal amount) => amount / 1.0000000000000000000000000000m;
}
