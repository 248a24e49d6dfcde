using System.Text;
using BotKit.Hosting;
using BotKit.Schema;
using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Rules;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Eligibility.Chat;

/// <summary>
/// One level of a check in words: "Gold in Data Analytics: not yet — KPIs 120 of 200 …". Answers "why not gold?" and
/// "and for silver?" after a check, and follows a check that was asked about one level ("are we gold yet?").
/// </summary>
public sealed class LevelGapsAnswer(IEligibilityService eligibility)
{
    /// <summary>Checks the partner again (the data may have changed) and sends the level's summary; false when the check is not possible.</summary>
    public async Task<bool> TryAnswerAsync(ITurnContext turnContext, string mpnId, string competency, EnrollmentLevel level, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var verdict = await eligibility.CheckAsync(mpnId, competency, cancellationToken: cancellationToken);
        if (verdict is null || verdict.Levels.FirstOrDefault(l => l.Level == level) is null)
        {
            return false;
        }

        await turnContext.SendActivityAsync(MessageFactory.Text(Summary(verdict, level, EligibilityChatStrings.Get(LocaleResolver.Resolve(turnContext.Activity)))), cancellationToken);
        return true;
    }

    public static string Summary(EligibilityVerdict verdict, EnrollmentLevel level, EligibilityChatStrings strings)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(strings);
        var checkedLevel = verdict.Levels.First(l => l.Level == level);
        var name = EligibilityResultCard.LevelName(level, strings);
        if (checkedLevel.Eligible)
        {
            return strings.LevelAllMet(name, verdict.Competency);
        }

        var text = new StringBuilder(strings.LevelMissing(name, verdict.Competency));
        foreach (var check in checkedLevel.Requirements.Where(c => !c.Met))
        {
            text.Append("\n\n- ").Append(EligibilityResultCard.RequirementLine(check, strings));
        }

        return text.ToString();
    }
}
