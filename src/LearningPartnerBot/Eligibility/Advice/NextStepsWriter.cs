using System.Globalization;
using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Rules;

namespace LearningPartnerBot.Eligibility.Advice;

/// <summary>
/// Turns a verdict into the article's next steps, in the reader's language: how to enroll (or whom to ask), how to
/// activate the Action Pack and what is still missing for the next level (actions), and pending invoices, the
/// COVID-19 extension and the silver-to-gold upgrade discount (notes: the chat card shows them in places of its own).
/// </summary>
public static class NextStepsWriter
{
    /// <summary>
    /// The next steps for <paramref name="verdict"/>. <paramref name="asker"/> is the chat user, whose role decides
    /// whether they are told to enroll or to ask an admin; null (the staff API) addresses whoever enrolls, an admin.
    /// </summary>
    public static NextSteps Write(EligibilityVerdict verdict, PartnerIdentity? asker, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var advice = new EligibilityAdvice(culture);
        var steps = new List<NextStep>();

        if (verdict.Recommended == EnrollmentLevel.None)
        {
            steps.Add(Action(advice.Text("NotEligibleYet")));
        }
        else
        {
            steps.Add(Action(EnrollStep(advice, verdict.Recommended, verdict.Competency, asker)));
            if (verdict.Recommended == EnrollmentLevel.ActionPack)
            {
                steps.Add(Action(advice.Text("ActionPackActivation")));
            }
        }

        if (verdict.UpgradeDiscount)
        {
            steps.Add(Note(advice.Text("UpgradeDiscount", verdict.Competency)));
        }

        if (NextLevel(verdict) is { } next && MissingRequirements(advice, verdict, next) is { Count: > 0 } missing)
        {
            steps.Add(Action(advice.Text("StillNeeded", advice.OptionName(next.Level, verdict.Competency), string.Join("; ", missing))));
        }

        steps.AddRange(verdict.Pending.Select(p => Note(advice.Text(
            "PendingInvoice", p.Invoice, advice.MonthYear(p.Year, p.Month), advice.Date(p.VisibleFrom)))));

        if (verdict.CovidExtension)
        {
            steps.Add(Note(advice.Text("CovidExtension", advice.Date(verdict.Window.NextAnniversary), verdict.Competency)));
        }

        return new NextSteps(steps);
    }

    private static NextStep Action(string text) => new(NextStepKind.Action, text);

    private static NextStep Note(string text) => new(NextStepKind.Note, text);

    /// <summary>
    /// Who enrolls, then how. The article gives a menu path for silver only; for the Action Pack its steps are the
    /// activation step that follows, and for gold it names the requirements to check first and no path.
    /// </summary>
    private static string EnrollStep(EligibilityAdvice advice, EnrollmentLevel level, string competency, PartnerIdentity? asker)
    {
        var option = advice.OptionName(level, competency);
        var how = advice.Text(level switch
        {
            EnrollmentLevel.Silver => "HowSilver",
            EnrollmentLevel.Gold => "HowGold",
            _ => "HowActionPack",
        });

        if (asker is null)
        {
            return advice.Text("EnrollByAdmin", option, how);
        }

        if (asker.MayEnroll)
        {
            return advice.Text("EnrollSelf", option, how);
        }

        return asker.AdminNames.Count > 0
            ? advice.Text("EnrollAskNamedAdmin", option, advice.OrList(asker.AdminNames), how)
            : advice.Text("EnrollAskAnyAdmin", option, how);
    }

    /// <summary>The lowest level above the recommendation that is not met yet: the one worth working toward.</summary>
    private static LevelVerdict? NextLevel(EligibilityVerdict verdict) =>
        verdict.Levels
            .Where(level => level.Level > verdict.Recommended && !level.Eligible)
            .OrderBy(level => level.Level)
            .FirstOrDefault();

    private static List<string> MissingRequirements(EligibilityAdvice advice, EligibilityVerdict verdict, LevelVerdict level) =>
        [.. level.Requirements.Where(r => !r.Met).Select(r => r.Id switch
        {
            RequirementIds.Mct => advice.Text("NeedMcts", advice.Value(r.Required), advice.Value(r.Actual), advice.Date(verdict.AsOf)),
            RequirementIds.Exams => advice.Text("NeedExams", r.Missing.Count > 0 ? string.Join(", ", r.Missing) : advice.Value(r.Required)),
            RequirementIds.Kpi => advice.Text("NeedKpi", advice.Value(r.Required), advice.Value(r.Actual), advice.Date(verdict.Window.From), advice.Date(verdict.Window.To)),
            RequirementIds.Commitment => advice.Text("NeedCommitment", verdict.Competency),
            RequirementIds.RequirementSet => advice.Text("NeedRequirementSet", advice.Value(r.Required)),
            _ => advice.Text("NeedOther", r.Id, advice.Value(r.Required), advice.Value(r.Actual)),
        })];
}
