using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Tests.Knowledge.Text;

/// <summary>A broken synonyms file stops loading with the file, the line and what is wrong.</summary>
public class SynonymFileErrorTests
{
    [Fact]
    public void Invalid_yaml_reports_file_and_line()
    {
        const string yaml = "en:\n  - canonical: kpi\n    members: [KPI, key performance indicator\n  - canonical: mct\n";

        var error = Assert.Throws<KnowledgeFileException>(() => SynonymTable.Parse(yaml, "kb/synonyms.yaml"));

        Assert.Equal("kb/synonyms.yaml", error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains("YAML", error.Reason, StringComparison.Ordinal);
        Assert.StartsWith("kb/synonyms.yaml:4: ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de:\n  - canonical: kpi\n    members: [KPI]\n", 1, "unknown language 'de'")]
    [InlineData("en:\n  - canonical: Anniversary Date\n    members: [anniversary date]\n", 2, "must be one lower-case word")]
    [InlineData("en:\n  - canonical: kpi\n    member: [KPI]\n", 3, "unknown key 'member'")]
    [InlineData("en:\n  - canonical: kpi\n", 2, "missing 'members'")]
    [InlineData("en:\n  - canonical: kpi\n    members: []\n", 3, "non-empty list")]
    [InlineData("en:\n  - canonical: kpi\n    members: [KPI]\n  - canonical: kpi\n    members: [key performance indicator]\n", 4, "already used")]
    [InlineData("en: kpi\n", 1, "expected a list of groups")]
    [InlineData("- kpi\n", 1, "expected a mapping of languages")]
    [InlineData("en:\n  - canonical: kpi\n    members: [\"\"]\n", 3, "non-empty text")]
    public void Structural_problems_report_their_line(string yaml, int line, string reason)
    {
        var error = Assert.Throws<KnowledgeFileException>(() => SynonymTable.Parse(yaml, "synonyms.yaml"));

        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_made_only_of_stop_words_is_refused()
    {
        const string yaml = "nl:\n  - canonical: kpi\n    members: [KPI]\n  - canonical: wat\n    members: [wat is het]\n";

        var error = Assert.Throws<KnowledgeFileException>(() => SynonymTable.Parse(yaml, "synonyms.yaml"));

        Assert.Equal(4, error.Line);
        Assert.Contains("'wat is het'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_of_two_groups_that_stem_alike_are_refused()
    {
        // "invoices" and "invoice" are one search term once stemmed, so the file would be ambiguous.
        const string yaml = "en:\n  - canonical: invoice\n    members: [invoice]\n  - canonical: bills\n    members: [invoices]\n";

        var error = Assert.Throws<KnowledgeFileException>(() => SynonymTable.Parse(yaml, "synonyms.yaml"));

        Assert.Equal(4, error.Line);
        Assert.Contains("'invoice' of 'invoice' (line 2)", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_reported_with_its_path()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "kb", "does-not-exist.yaml");

        var error = Assert.Throws<KnowledgeFileException>(() => SynonymTable.Load(path));

        Assert.Equal(path, error.File);
        Assert.Equal(0, error.Line);
    }

    [Fact]
    public void The_shipped_file_loads()
    {
        var table = SynonymTable.Load(Analyzers.SynonymsPath);

        Assert.All(SupportedLanguages.All, language => Assert.NotEmpty(table.GroupsFor(language)));
    }
}
