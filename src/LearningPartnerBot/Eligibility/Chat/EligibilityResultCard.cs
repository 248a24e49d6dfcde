using System.Globalization;
using BotKit.Schema;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Eligibility.Advice;
using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Rules;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Eligibility.Chat;

/// <summary>
/// Binds cards/eligibility-result.json to a verdict: per level a ✅/❌ checklist of actual against required, the KPI
/// window, pending invoices with the date they show up, the recommendation, the next actions and notes, in one language.
/// </summary>
public sealed class EligibilityResultCard(CardLibrary cards)
{
    public const string CardName = "eligibility-result";

    private const string Met = "✅";
    private const string NotMet = "❌";

    /// <remarks>Lists the actions of <paramref name="nextSteps"/>; what its notes explain has its own places on the card.</remarks>
    public Attachment Create(EligibilityVerdict verdict, string partnerName, NextSteps nextSteps, EligibilityChatStrings strings)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(nextSteps);
        ArgumentNullException.ThrowIfNull(strings);
        var recommended = verdict.Recommended == EnrollmentLevel.None
            ? strings.RecommendedNone
            : strings.Recommended(LevelName(verdict.Recommended, strings));
        return cards.Get(CardName).Render(new
        {
            title = strings.CardTitle(verdict.Competency),
            partner = strings.CardPartner(partnerName, verdict.MpnId),
            recommendation = recommended,
            recommendationColor = verdict.Recommended == EnrollmentLevel.None ? "Attention" : "Good",
            checkedOn = strings.CardCheckedOn(verdict.AsOf, verdict.ProgramYear),
            columnRequirement = strings.ColumnRequirement,
            columnActual = strings.ColumnActual,
            columnRequired = strings.ColumnRequired,
            levels = verdict.Levels.Select(level => new
            {
                name = LevelName(level.Level, strings),
                status = level.Eligible ? strings.LevelMet : strings.LevelNotMet,
                statusColor = level.Eligible ? "Good" : "Attention",
                requirements = level.Requirements.Select(check => Row(check, strings)).ToList(),
            }).ToList(),
            window = strings.KpiWindow(verdict.Window.From, verdict.Window.To, verdict.Window.NextAnniversary),
            hasPending = verdict.Pending.Count > 0,
            pendingHeading = strings.PendingHeading,
            pendingExplanation = strings.PendingExplanation,
            pending = verdict.Pending.Select(p => new
            {
                text = strings.PendingInvoice(p.Invoice, p.OmlpType, new DateOnly(p.Year, p.Month, 1), LocalizedNumber.Format(p.KpiValue, strings.Culture), p.VisibleFrom),
            }).ToList(),
            covidNote = verdict.CovidExtension ? strings.CovidNote : string.Empty,
            discountNote = verdict.UpgradeDiscount ? strings.UpgradeDiscountNote : string.Empty,
            hasNextSteps = nextSteps.Actions.Count > 0,
            nextStepsHeading = strings.NextStepsHeading,
            nextSteps = nextSteps.Actions.Select((text, index) => new { number = index + 1, text }).ToList(),
            checkAnother = strings.CheckAnother,
        }).ToAttachment();
    }

    public static string LevelName(EnrollmentLevel level, EligibilityChatStrings strings) => level switch
    {
        EnrollmentLevel.ActionPack => strings.LevelActionPack,
        EnrollmentLevel.Silver => strings.LevelSilver,
        EnrollmentLevel.Gold => strings.LevelGold,
        _ => strings.NoneYet,
    };

    private static object Row(RequirementCheck check, EligibilityChatStrings strings)
    {
        var mark = check.Met ? Met : NotMet;
        if (check is { Id: RequirementIds.RequirementSet, Required: YearValue programYear })
        {
            return new { mark, label = strings.RequirementSet(Year(programYear)), actual = strings.No, required = strings.Yes, missing = string.Empty };
        }

        return new
        {
            mark,
            label = RequirementLabel(check.Id, strings),
            actual = Value(check.Actual, strings),
            required = Value(check.Required, strings),
            missing = check.Missing.Count > 0 ? strings.MissingExams(check.Missing) : string.Empty,
        };
    }

    /// <summary>One unmet requirement in words, as the card's row shows it: label, what the partner has, what is required, missing exams.</summary>
    public static string RequirementLine(RequirementCheck check, EligibilityChatStrings strings)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(strings);
        if (check is { Id: RequirementIds.RequirementSet, Required: YearValue programYear })
        {
            return strings.RequirementSet(Year(programYear));
        }

        var line = strings.RequirementGap(RequirementLabel(check.Id, strings), Value(check.Actual, strings), Value(check.Required, strings));
        return check.Missing.Count > 0 ? line + " " + strings.MissingExams(check.Missing) : line;
    }

    private static string RequirementLabel(string id, EligibilityChatStrings strings) => id switch
    {
        RequirementIds.Mct => strings.RequirementMct,
        RequirementIds.Exams => strings.RequirementExams,
        RequirementIds.Kpi => strings.RequirementKpi,
        RequirementIds.Commitment => strings.RequirementCommitment,
        _ => id,
    };

    /// <summary>Numbers in the reader's format ("1.250" in Dutch), yes/no in their language, "none" for nothing or no exam codes.</summary>
    private static string Value(RequirementValue? value, EligibilityChatStrings strings) => value switch
    {
        CountValue count => LocalizedNumber.Format(count.Count, strings.Culture),
        MoneyValue money => LocalizedNumber.Format(money.Amount, strings.Culture),
        YearValue year => Year(year),
        YesNoValue yesNo => yesNo.Yes ? strings.Yes : strings.No,
        CodesValue { Codes.Count: > 0 } codes => string.Join(", ", codes.Codes),
        _ => strings.NoneYet,
    };

    private static string Year(YearValue year) => year.Year.ToString(CultureInfo.InvariantCulture);
}
