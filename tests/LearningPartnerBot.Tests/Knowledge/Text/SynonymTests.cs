using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Tests.Knowledge.Text;

public class SynonymTests
{
    [Theory]
    [InlineData("bap")]
    [InlineData("mct")]
    [InlineData("kpi")]
    [InlineData("silver")]
    [InlineData("gold")]
    [InlineData("directory")]
    [InlineData("courseware")]
    [InlineData("anniversarydate")]
    [InlineData("actionpack")]
    [InlineData("partnercenter")]
    [InlineData("frontlinesupport")]
    public void The_shipped_file_has_the_domain_groups_in_every_language(string canonical)
    {
        foreach (var language in SupportedLanguages.All)
            Assert.Contains(Analyzers.Synonyms.GroupsFor(language), group => group.Canonical == canonical);
    }

    [Theory]
    [InlineData("en", "business application plan", "bap")]
    [InlineData("nl", "bedrijfstoepassingsplan", "bap")]
    [InlineData("tr", "iş uygulaması planı", "bap")]
    [InlineData("tr", "is uygulamasi plani", "bap")]
    [InlineData("en", "Microsoft Certified Trainers", "mct")]
    [InlineData("nl", "Microsoft Gecertificeerde Trainer", "mct")]
    [InlineData("tr", "Microsoft Sertifikalı Eğitmenler", "mct")]
    [InlineData("en", "key performance indicators", "kpi")]
    [InlineData("tr", "KIP", "kpi")]
    [InlineData("nl", "kritieke prestatie-indicator", "kpi")]
    [InlineData("nl", "kritieke prestatieindicator", "kpi")]
    [InlineData("nl", "kritieke prestatie indicator", "kpi")]
    [InlineData("tr", "temel performans göstergesi", "kpi")]
    [InlineData("en", "course materials", "courseware")]
    [InlineData("nl", "cursusmateriaal", "courseware")]
    [InlineData("tr", "kurs materyali", "courseware")]
    [InlineData("nl", "jubileumdatum", "anniversarydate")]
    [InlineData("tr", "yıldönümü tarihi", "anniversarydate")]
    [InlineData("nl", "actiepakket", "actionpack")]
    [InlineData("tr", "eylem paketi", "actionpack")]
    [InlineData("tr", "İş Ortağı Merkezi", "partnercenter")]
    [InlineData("en", "Partner Frontline Support", "frontlinesupport")]
    [InlineData("tr", "dizin", "directory")]
    [InlineData("nl", "gids", "directory")]
    [InlineData("en", "criteria", "requirement")]
    [InlineData("nl", "voorwaarden", "requirement")]
    [InlineData("tr", "şartlar", "requirement")]
    [InlineData("tr", "kriterleri", "requirement")]
    [InlineData("en", "reqs", "requirement")]
    [InlineData("en", "thresholds", "requirement")]
    [InlineData("en", "LAP", "actionpack")]
    [InlineData("tr", "PC", "partnercenter")]
    public void A_member_becomes_its_canonical_term(string language, string text, string canonical)
    {
        Assert.Equal([canonical], Analyzers.Terms(language, text));
    }

    [Theory]
    [InlineData("tr", "gümüşe", "silver")]
    [InlineData("tr", "gümüşün", "silver")]
    [InlineData("tr", "gumusu", "silver")]
    [InlineData("tr", "altına", "gold")]
    [InlineData("nl", "zilveren", "silver")]
    [InlineData("nl", "gouden", "gold")]
    [InlineData("en", "directories", "directory")]
    [InlineData("tr", "İş Ortağı Merkezi'nde", "partnercenter")]
    [InlineData("tr", "yıldönümü tarihini", "anniversarydate")]
    [InlineData("nl", "actiepakketten", "actionpack")]
    [InlineData("en", "KPIs", "kpi")]
    public void Inflected_forms_of_a_member_match_too(string language, string text, string canonical)
    {
        Assert.Equal([canonical], Analyzers.Terms(language, text));
    }

    [Fact]
    public void The_same_concept_gets_the_same_term_in_every_language()
    {
        Assert.Equal(Analyzers.Terms("en", "silver"), Analyzers.Terms("nl", "zilver"));
        Assert.Equal(Analyzers.Terms("en", "silver"), Analyzers.Terms("tr", "gümüş"));
        Assert.Equal(Analyzers.Terms("en", "Partner Center"), Analyzers.Terms("tr", "İş Ortağı Merkezi"));
    }

    [Fact]
    public void A_phrase_inside_a_sentence_is_replaced_and_the_other_words_stay()
    {
        Assert.Equal(["anniversarydate", "shown"], Analyzers.Terms("en", "Where is my anniversary date shown?"));
        Assert.Equal(["kpi", "partnercenter", "match", "dashboard"], Analyzers.Terms("en", "My KPIs in Partner Center don't match the dashboard"));
    }

    [Fact]
    public void The_longest_member_wins()
    {
        const string yaml = """
            en:
              - canonical: pc
                members: [partner center]
              - canonical: p
                members: [partner]
            """;
        var english = TextAnalyzer.Create("en", SynonymTable.Parse(yaml, "test.yaml"));

        Assert.Equal(["pc"], english.Analyze("Partner Center"));
        Assert.Equal(["p", "portal"], english.Analyze("partner portal"));
        Assert.Equal(["p", "pc"], english.Analyze("partner partner center"));
    }

    [Fact]
    public void Without_synonyms_the_words_stay_as_they_are()
    {
        Assert.Equal(["zilver"], Analyzers.WithoutSynonyms("nl").Analyze("zilver"));
    }

    [Fact]
    public void An_empty_file_has_no_synonyms()
    {
        var table = SynonymTable.Parse("", "empty.yaml");

        Assert.Empty(table.GroupsFor("nl"));
        Assert.Equal(["zilver"], TextAnalyzer.Create("nl", table).Analyze("zilver"));
    }
}
