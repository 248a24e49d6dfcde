using System.Globalization;

namespace LearningPartnerBot.Eligibility.Rules;

/// <summary>
/// How actual and required values are written in a <see cref="RequirementCheck"/>: invariant culture, no trailing
/// decimal zeros ("1250", "1250.5"), exam codes joined by ", ", and yes/no tokens for a commitment, which the card
/// and the API translate.
/// </summary>
public static class RequirementText
{
    public const string Yes = "yes";
    public const string No = "no";

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Amount(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Codes(IEnumerable<string> codes) => string.Join(", ", codes);

    public static string YesNo(bool value) => value ? Yes : No;
}
