using System.Text.RegularExpressions;
using LearningPartnerBot.Knowledge.SmallTalk;

namespace LearningPartnerBot.Eligibility.Chat;

/// <summary>
/// Recognizes a partner asking about their own eligibility ("Am I eligible for gold?", "kom ik in aanmerking voor
/// silver", "gold için uygun muyum"). Only first-person questions count: "Who is eligible for gold?" is a question
/// about the program and stays with the FAQ.
/// </summary>
public static partial class EligibilityQuestion
{
    public static bool IsAsked(string? text) =>
        !string.IsNullOrWhiteSpace(text) && Personal().IsMatch(SmallTalkRecognizer.Normalize(text));

    // Matched on the folded text: lower case, no diacritics or punctuation, single spaces. "Do we qualify" must open
    // the message: "What do I need to qualify for…?" asks for the requirements, which the FAQ answers.
    [GeneratedRegex("""
        \b(am\ i|are\ we|is\ (my|our)\ (company|organization|organisation|business))\b.*\b(eligible|qualif\w*)\b
        | ^(do|can|could|would|will)\ (i|we)\b.*\bqualify\b
        | \b(my|our)\ eligibility\b
        | \b(kom\ ik|komen\ (we|wij)|komt\ (mijn|ons|onze)\ (bedrijf|organisatie))\b.*\baanmerking\b
        | \b(ben\ ik|zijn\ (we|wij))\b.*\bgeschikt\b
        | \b(mijn|onze)\ geschiktheid\b
        | \buygun\ ?mu(yum|yuz)\b
        | \b(sirketim|sirketimiz|kurulusum|kurulusumuz)\b.*\buygun\ ?mu\b
        | \buygunlug(um|umuz)\w*\b
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Personal();
}
