using LearningPartnerBot.Eligibility.Data;

namespace LearningPartnerBot.Eligibility.Chat;

/// <summary>
/// How an eligibility check was asked for: the partner's own words ("are we gold yet for data analytics?"), read for the
/// competency they name, and the level they asked about. Both are optional; only what is missing is asked.
/// </summary>
public sealed record EligibilityAsk(string? Text, EnrollmentLevel? Level);

/// <summary>The result of a check that was shown: the context of "why not gold?" and "and for silver?".</summary>
public sealed record EligibilityChecked(string MpnId, string Competency);
