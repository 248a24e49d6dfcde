using System.Globalization;
using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Tests.Knowledge.Text;

public class TextFoldingTests
{
    [Fact]
    public void Turkish_lower_case_keeps_the_four_is_apart()
    {
        // I → ı and İ → i; the lower-case letters stay as they are.
        Assert.Equal("ıiıi", TextFolding.TurkishLower("Iİıi"));
        Assert.Equal("kayıt bilgi istanbul", TextFolding.TurkishLower("KAYIT BİLGİ İSTANBUL"));
    }

    [Fact]
    public void Turkish_lower_case_reads_a_decomposed_dotted_capital_i_as_i()
    {
        Assert.Equal("istanbul", TextFolding.TurkishLower("I\u0307STANBUL"));
    }

    [Fact]
    public void Invariant_lower_case_maps_dotted_capital_i_to_i()
    {
        Assert.Equal("istanbul office", TextFolding.InvariantLower("İSTANBUL OFFICE"));
    }

    [Theory]
    [InlineData("şirket", "sirket")]
    [InlineData("ŞİRKET", "SIRKET")]
    [InlineData("öğrenme", "ogrenme")]
    [InlineData("ÖĞRENME", "OGRENME")]
    [InlineData("ıiİI", "iiII")]
    [InlineData("çağ gümüş", "cag gumus")]
    [InlineData("kâr hâlâ îman ûmumi", "kar hala iman umumi")]
    [InlineData("geïnteresseerd financiële één", "geinteresseerd financiele een")]
    [InlineData("ĳsland straße æble ø łódź", "ijsland strasse aeble o lodz")]
    [InlineData("s\u0327irket", "sirket")]
    public void Ascii_fold_removes_accents_and_keeps_case(string text, string expected)
    {
        Assert.Equal(expected, TextFolding.AsciiFold(text));
    }

    [Fact]
    public void Ascii_fold_keeps_other_scripts_and_plain_ascii_unchanged()
    {
        Assert.Equal("Partner Center 2024!", TextFolding.AsciiFold("Partner Center 2024!"));
        Assert.Equal("привет 日本", TextFolding.AsciiFold("привет 日本"));
    }

    [Fact]
    public void Folding_and_analysis_do_not_depend_on_the_current_culture()
    {
        const string text = "KAYIT İÇİN BILGI LISTESI";
        var invariant = RunUnder(CultureInfo.InvariantCulture, () => (
            TextFolding.TurkishLower(text), TextFolding.InvariantLower(text), Analyzers.Terms("tr", text), Analyzers.Terms("en", text)));
        var turkish = RunUnder(CultureInfo.GetCultureInfo("tr-TR"), () => (
            TextFolding.TurkishLower(text), TextFolding.InvariantLower(text), Analyzers.Terms("tr", text), Analyzers.Terms("en", text)));

        Assert.Equal(invariant.Item1, turkish.Item1);
        Assert.Equal(invariant.Item2, turkish.Item2);
        Assert.Equal(invariant.Item3, turkish.Item3);
        Assert.Equal(invariant.Item4, turkish.Item4);
        Assert.Equal("kayit için bilgi listesi", invariant.Item2);
    }

    private static T RunUnder<T>(CultureInfo culture, Func<T> action)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
