using System.Globalization;
using System.Text.Json.Nodes;
using LearningPartnerBot.Eligibility.Rules;

namespace LearningPartnerBot.Eligibility.Api;

/// <summary>
/// A requirement's actual or required value as typed JSON, so API callers compare numbers and lists rather than
/// parsing display text: MCT counts and KPI totals are numbers, exams are arrays of codes, the commitment is a
/// boolean, and a missing requirement set states the program year it looked for (its actual value is null).
/// </summary>
internal static class RequirementValue
{
    public static JsonNode? ToJson(string requirementId, string text) => requirementId switch
    {
        RequirementIds.Mct => JsonValue.Create(int.Parse(text, CultureInfo.InvariantCulture)),
        RequirementIds.Kpi => JsonValue.Create(decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture)),
        RequirementIds.Exams => new JsonArray([.. Codes(text).Select(c => (JsonNode?)JsonValue.Create(c))]),
        RequirementIds.Commitment => JsonValue.Create(text == RequirementText.Yes),
        _ when text.Length == 0 => null,
        _ when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        _ => JsonValue.Create(text),
    };

    private static string[] Codes(string text) => text.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
