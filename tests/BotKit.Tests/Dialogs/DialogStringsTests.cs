using System.Collections;
using System.Globalization;
using System.Resources;
using BotKit.Resources;

namespace BotKit.Tests.Dialogs;

public sealed class DialogStringsTests
{
    [Theory]
    [InlineData("nl")]
    [InlineData("tr")]
    public void Every_prompt_text_has_its_own_translation(string language)
    {
        var neutral = Keys(CultureInfo.InvariantCulture);
        Assert.NotEmpty(neutral);
        var translated = DialogStrings.ResourceManager.GetResourceSet(CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)!;

        Assert.All(neutral, key => Assert.False(string.IsNullOrEmpty(translated.GetString(key)), $"{language} lacks {key}"));
    }

    [Theory]
    [InlineData("en-US", "Please enter a number.")]
    [InlineData("nl-BE", "Voer een getal in.")]
    [InlineData("tr-TR", "Lütfen bir sayı girin.")]
    public void Regional_cultures_fall_back_to_their_language(string culture, string expected) =>
        Assert.Equal(expected, DialogStrings.NumberRetry(CultureInfo.GetCultureInfo(culture)));

    private static List<string> Keys(CultureInfo culture)
    {
        var set = DialogStrings.ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new MissingManifestResourceException("DialogStrings.resx is not embedded.");
        return [.. set.Cast<DictionaryEntry>().Select(e => (string)e.Key)];
    }
}
