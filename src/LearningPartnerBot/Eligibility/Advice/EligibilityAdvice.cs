using System.Globalization;
using System.Resources;
using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Rules;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Eligibility.Advice;

/// <summary>
/// The eligibility texts (EligibilityAdvice*.resx) for one culture, with the date, number and name formatting they need.
/// Shared by the staff API and the chat card, so a partner reads the same advice in both.
/// </summary>
public sealed class EligibilityAdvice
{
    internal static readonly ResourceManager ResourceManager =
        new("LearningPartnerBot.Eligibility.Advice.EligibilityAdvice", typeof(EligibilityAdvice).Assembly);

    public EligibilityAdvice(CultureInfo culture) => Culture = culture ?? throw new ArgumentNullException(nameof(culture));

    public CultureInfo Culture { get; }

    /// <summary>What a partner enrolls in for a level, e.g. "the Gold Learning option for Cloud Platform"; empty for none.</summary>
    public string OptionName(EnrollmentLevel level, string competency) => level switch
    {
        EnrollmentLevel.ActionPack => Text("OptionActionPack"),
        EnrollmentLevel.Silver => Text("OptionSilver", competency),
        EnrollmentLevel.Gold => Text("OptionGold", competency),
        _ => string.Empty,
    };

    /// <summary>A date as people of the culture write it, e.g. "February 15, 2021" or "15 februari 2021".</summary>
    public string Date(DateOnly date) => date.ToString(Text("DateFormat"), Culture);

    public string MonthYear(int year, int month) => new DateOnly(year, month, 1).ToString(Text("MonthYearFormat"), Culture);

    /// <summary>Names joined the way the culture lists alternatives: "Ana", "Ana or Bo", "Ana, Bo or Cem".</summary>
    public string OrList(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.Count <= 1
            ? string.Join(string.Empty, names)
            : $"{string.Join(", ", names.Take(names.Count - 1))} {Text("ListOr")} {names[^1]}";
    }

    /// <summary>
    /// A requirement value in the culture's number format when it is a count or an amount, so a Dutch reader sees
    /// "12.500" rather than "12500"; a year as a year, exam codes as they are, and nothing as nothing.
    /// </summary>
    public string Value(RequirementValue? value) => value switch
    {
        CountValue count => LocalizedNumber.Format(count.Count, Culture),
        MoneyValue money => LocalizedNumber.Format(money.Amount, Culture),
        YearValue year => year.Year.ToString(CultureInfo.InvariantCulture),
        CodesValue codes => string.Join(", ", codes.Codes),
        // Only a commitment is yes or no, and it has a sentence of its own (NeedCommitment).
        YesNoValue yesNo => yesNo.Yes ? "yes" : "no",
        _ => string.Empty,
    };

    /// <summary>The resource <paramref name="key"/> in this culture, formatted with <paramref name="args"/>.</summary>
    public string Text(string key, params object[] args)
    {
        var format = ResourceManager.GetString(key, Culture)
            ?? throw new MissingManifestResourceException($"Eligibility text '{key}' is missing from EligibilityAdvice.resx.");
        return args.Length == 0 ? format : string.Format(Culture, format, args);
    }
}
