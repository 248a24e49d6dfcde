using System.Globalization;
using System.Text.Json;

namespace LearningPartnerBot.Staff.Api;

/// <summary>How the staff API writes and reads dates, levels and roles, strictly, so a typo is a 400 and not a wrong verdict.</summary>
internal static class ApiValues
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>A date written exactly as YYYY-MM-DD.</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The JSON name of an enum member, e.g. actionPack for ActionPack.</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>
    /// An enum member by name, ignoring case; numbers are refused, because Enum.TryParse would take "7" as a member.
    /// </summary>
    public static bool TryParseName<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        var name = text?.Trim();
        return !string.IsNullOrEmpty(name)
            && char.IsLetter(name[0])
            && Enum.TryParse(name, ignoreCase: true, out value)
            && Enum.IsDefined(value);
    }

    /// <summary>The names a caller may send for an enum, for error messages.</summary>
    public static string Choices<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetNames<TEnum>().Select(JsonNamingPolicy.CamelCase.ConvertName));
}
