using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Tests.Knowledge.Text;

/// <summary>Forms a partner types for one meaning must meet; different meanings must stay apart.</summary>
public class StemmingTests
{
    [Theory]
    [InlineData("enroll", "enrolled", "enrolling", "enrollment", "enrolls")]
    [InlineData("invoice", "invoices", "invoiced", "invoicing")]
    [InlineData("requirement", "requirements")]
    [InlineData("require", "required", "requires")]
    [InlineData("directory", "directories")]
    [InlineData("partner", "partners", "partner's")]
    [InlineData("update", "updated", "updates", "updating")]
    [InlineData("list", "listed", "listing", "lists")]
    public void English_forms_share_a_stem(params string[] forms) => AssertSameTerms("en", forms);

    [Theory]
    [InlineData("partner", "part")]
    [InlineData("trainer", "train")]
    [InlineData("gold", "goal")]
    [InlineData("organization", "organ")]
    public void English_words_with_different_meanings_keep_different_stems(string first, string second) =>
        AssertDifferentTerms("en", first, second);

    [Theory]
    [InlineData("optie", "opties")]
    [InlineData("competentie", "competenties")]
    [InlineData("vereiste", "vereisten")]
    [InlineData("factuur", "facturen")]
    [InlineData("inschrijving", "inschrijvingen")]
    [InlineData("zilver", "zilveren")]
    [InlineData("goud", "gouden")]
    [InlineData("trainer", "trainers")]
    [InlineData("vermelding", "vermeldingen")]
    [InlineData("bevestigen", "bevestiging")]
    public void Dutch_forms_share_a_stem(params string[] forms) => AssertSameTerms("nl", forms);

    [Theory]
    [InlineData("goud", "goed")]
    [InlineData("kosten", "kast")]
    [InlineData("termijn", "term")]
    public void Dutch_words_with_different_meanings_keep_different_stems(string first, string second) =>
        AssertDifferentTerms("nl", first, second);

    [Theory]
    [InlineData("şirket", "şirketimiz", "şirketimizin", "şirketler", "şirketinizde", "sirketimizin")]
    [InlineData("kaydolurum", "kaydolabilir", "kaydolma", "kaydolmak", "kaydoldum")]
    [InlineData("fatura", "faturalar", "faturayı", "faturanın", "faturada", "faturadan")]
    [InlineData("ortak", "ortağı", "ortaklık", "ortaklığı", "ortaklar")]
    [InlineData("seçenek", "seçeneği", "seçenekler", "seçeneklerimiz")]
    [InlineData("eğitim", "eğitimler", "eğitimi", "eğitiminiz")]
    [InlineData("yapmak", "yapılır", "yapılması", "yapabilirsiniz")]
    [InlineData("gerek", "gerekir", "gerekli", "gerekiyor", "gereklidir")]
    [InlineData("giriş", "girişi")]
    [InlineData("merkez", "merkezi", "merkezde", "merkezinden")]
    [InlineData("değişiyor", "değişiyo", "degisiyomu", "değişiyor mu")]
    [InlineData("sunuyor", "sunuyo")]
    public void Turkish_forms_share_a_stem(params string[] forms) => AssertSameTerms("tr", forms);

    [Theory]
    [InlineData("eğitim", "eğitmen")]
    [InlineData("ücret", "üye")]
    [InlineData("sınav", "sınıf")]
    [InlineData("ödeme", "ödül")]
    public void Turkish_words_with_different_meanings_keep_different_stems(string first, string second) =>
        AssertDifferentTerms("tr", first, second);

    [Fact]
    public void Turkish_stems_keep_at_least_three_letters()
    {
        Assert.Equal("isi", TurkishStemmer.Stem("isi"));
        Assert.Equal("ekip", TurkishStemmer.Stem("ekip"));
        Assert.True(TurkishStemmer.Stem("altina").Length >= 3);
    }

    [Fact]
    public void Turkish_stems_harden_the_last_consonant_so_both_spellings_meet()
    {
        Assert.Equal(TurkishStemmer.Stem("secenek"), TurkishStemmer.Stem("secenegi"));
        Assert.Equal(TurkishStemmer.Stem("kitap"), TurkishStemmer.Stem("kitabi"));
    }

    [Fact]
    public void Dutch_stemmer_follows_the_original_snowball_algorithm()
    {
        // dutch_porter: -heden → -heid, then -heid removed in R2; -s after a consonant; -baar in R2; double vowel undoubled.
        Assert.Equal("mogelijk", DutchStemmer.Stem("mogelijkheden"));
        Assert.Equal("bedrijf", DutchStemmer.Stem("bedrijfs"));
        Assert.Equal("betal", DutchStemmer.Stem("betaalbaar"));
        Assert.Equal("man", DutchStemmer.Stem("maan"));
    }

    [Fact]
    public void English_stemmer_follows_porter2_for_plurals_and_verb_endings()
    {
        Assert.Equal("caress", EnglishStemmer.Stem("caresses"));
        Assert.Equal("cri", EnglishStemmer.Stem("cries"));
        Assert.Equal("tie", EnglishStemmer.Stem("ties"));
        Assert.Equal("hope", EnglishStemmer.Stem("hoping"));
        Assert.Equal("hop", EnglishStemmer.Stem("hopping"));
        Assert.Equal("news", EnglishStemmer.Stem("news"));
    }

    private static void AssertSameTerms(string language, string[] forms)
    {
        var analyzer = Analyzers.WithoutSynonyms(language);
        var expected = analyzer.Analyze(forms[0]);
        Assert.Single(expected);
        foreach (var form in forms.Skip(1))
            Assert.True(expected.SequenceEqual(analyzer.Analyze(form)), $"'{form}' → [{string.Join(", ", analyzer.Analyze(form))}], '{forms[0]}' → {expected[0]}");
    }

    private static void AssertDifferentTerms(string language, string first, string second)
    {
        var analyzer = Analyzers.WithoutSynonyms(language);
        Assert.NotEqual(analyzer.Analyze(first), analyzer.Analyze(second));
    }
}
