using System.Globalization;
using BotKit.Resources;

namespace BotKit.Dialogs.Choices;

/// <summary>The words between inline choices, e.g. ", " and " or " in "(1) A, (2) B or (3) C".</summary>
public sealed record ChoiceFactoryOptions(string InlineSeparator, string InlineOr, string InlineOrMore)
{
    /// <summary>The separators in the user's language (en, nl or tr).</summary>
    public static ChoiceFactoryOptions ForCulture(CultureInfo culture) => new(
        DialogStrings.InlineSeparator(culture),
        DialogStrings.InlineOr(culture),
        DialogStrings.InlineOrMore(culture));
}
