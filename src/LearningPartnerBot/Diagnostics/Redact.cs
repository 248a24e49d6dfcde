using System.Text.RegularExpressions;

namespace LearningPartnerBot.Diagnostics;

/// <summary>
/// Masks partner data in free text bound for logs: error messages and answers from other services, which can quote
/// what a partner typed. Emails become <c>[email]</c>; any token of four or more characters with a digit in it
/// (invoice numbers such as INV-2025-0042, revenue and KPI values such as 19.999,99) becomes <c>[redacted]</c>.
/// Invoice numbers have no fixed shape (the form accepts 3–40 letters, digits, '/' and '-'), so the rule is
/// deliberately broad; ids and references that operators need are logged as their own structured values instead.
/// </summary>
public static partial class Redact
{
    public const string EmailMask = "[email]";
    public const string ValueMask = "[redacted]";

    public static string Text(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : DigitToken().Replace(Email().Replace(text, EmailMask), ValueMask);

    /// <summary>
    /// The exception as a log sink should see it: type and stack trace kept, messages (its own and its inner
    /// exceptions') masked. Log this instead of an exception whose message may quote partner input.
    /// </summary>
    public static Exception Exception(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception as RedactedException ?? new RedactedException(exception);
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?=[\p{L}\p{N}/.,\-]*\p{N})[\p{L}\p{N}][\p{L}\p{N}/.,\-]{3,}")]
    private static partial Regex DigitToken();
}
