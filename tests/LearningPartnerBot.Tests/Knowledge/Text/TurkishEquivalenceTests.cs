namespace LearningPartnerBot.Tests.Knowledge.Text;

/// <summary>Turkish typed with Turkish letters, without them (ASCII keyboard) and in capitals gives the same terms.</summary>
public class TurkishEquivalenceTests
{
    [Theory]
    [InlineData("Öğrenme seçeneği için şirketimizin hangi gereksinimleri karşılaması gerekir?",
        "Ogrenme secenegi icin sirketimizin hangi gereksinimleri karsilamasi gerekir?")]
    [InlineData("Kayıt nasıl yapılır?", "KAYIT NASIL YAPILIR")]
    [InlineData("İş Ortağı Merkezi'ndeki KPI'larım panoyla eşleşmiyor",
        "is ortagi merkezindeki kpilarim panoyla eslesmiyor")]
    [InlineData("Gümüş yetkinlik için kaç sertifikalı eğitmen gerekiyor?",
        "GUMUS YETKINLIK ICIN KAC SERTIFIKALI EGITMEN GEREKIYOR")]
    [InlineData("Yıldönümü tarihimi nerede görebilirim?", "yildonumu tarihimi nerede gorebilirim")]
    [InlineData("Öğrenme ortağı nasıl olunur?", "ogrenme ortagi nasil olunur")]
    [InlineData("Faturalarımız neden sayılmıyor?", "FATURALARIMIZ NEDEN SAYILMIYOR?")]
    [InlineData("ŞİRKETİMİZİN BİLGİLERİ", "şirketimizin bilgileri")]
    public void Ascii_only_and_capitalized_turkish_give_the_same_terms(string turkish, string typed)
    {
        var expected = Analyzers.Terms("tr", turkish);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Analyzers.Terms("tr", typed));
    }

    [Fact]
    public void Capital_i_in_ascii_caps_reads_as_i()
    {
        // BILGI is typed for BİLGİ; after Turkish lower case it is "bılgı", which must still meet "bilgi".
        Assert.Equal(Analyzers.Terms("tr", "bilgi"), Analyzers.Terms("tr", "BILGI"));
        Assert.Equal(Analyzers.Terms("tr", "bilgi"), Analyzers.Terms("tr", "BİLGİ"));
        Assert.Equal(Analyzers.Terms("tr", "ılık"), Analyzers.Terms("tr", "ILIK"));
    }

    [Fact]
    public void Registering_verbs_and_the_noun_meet_through_the_synonym()
    {
        var enroll = Analyzers.Terms("tr", "kayıt");
        foreach (var form in new[] { "kaydolurum", "kaydolabilir", "kaydolma", "kaydolmak", "KAYIT", "kaydım" })
            Assert.Equal(enroll, Analyzers.Terms("tr", form));
    }
}
