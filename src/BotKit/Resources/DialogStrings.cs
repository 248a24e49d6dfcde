using System.Globalization;
using System.Resources;

namespace BotKit.Resources;

/// <summary>The texts BotKit's prompts show on their own (default retries, Yes/No, list separators), in en, nl and tr.</summary>
internal static class DialogStrings
{
    private static readonly ResourceManager Resources = new("BotKit.Resources.DialogStrings", typeof(DialogStrings).Assembly);

    public static string NumberRetry(CultureInfo culture) => Get(nameof(NumberRetry), culture);

    public static string ChoiceRetry(CultureInfo culture) => Get(nameof(ChoiceRetry), culture);

    public static string ConfirmRetry(CultureInfo culture) => Get(nameof(ConfirmRetry), culture);

    public static string CardRetry(CultureInfo culture) => Get(nameof(CardRetry), culture);

    public static string ConfirmYes(CultureInfo culture) => Get(nameof(ConfirmYes), culture);

    public static string ConfirmNo(CultureInfo culture) => Get(nameof(ConfirmNo), culture);

    public static string InlineSeparator(CultureInfo culture) => Get(nameof(InlineSeparator), culture);

    public static string InlineOr(CultureInfo culture) => Get(nameof(InlineOr), culture);

    public static string InlineOrMore(CultureInfo culture) => Get(nameof(InlineOrMore), culture);

    internal static ResourceManager ResourceManager => Resources;

    private static string Get(string name, CultureInfo culture) =>
        Resources.GetString(name, culture) ?? throw new MissingManifestResourceException($"DialogStrings has no '{name}'.");
}
