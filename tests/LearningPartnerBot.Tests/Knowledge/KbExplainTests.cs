using LearningPartnerBot.Knowledge.Tools;
using LearningPartnerBot.Tests.Knowledge.Import;

namespace LearningPartnerBot.Tests.Knowledge;

/// <summary>`kb explain` and the tools' handling of a broken knowledge base, as a content owner sees them.</summary>
public sealed class KbExplainTests
{
    [Fact]
    public async Task Explain_shows_each_word_how_it_was_read_and_the_decision()
    {
        using var writer = new StringWriter();

        var exit = await BotCommandLine.InvokeAsync(["kb", "explain", "lerning action pack mct", "--kb", TestKnowledge.Directory], writer, writer);

        var text = writer.ToString();
        Assert.Equal(0, exit);
        Assert.Contains("lern", text, StringComparison.Ordinal);
        Assert.Matches(@"lern\s+in\s+0 topics -> learn \(0\.8\)", text);
        Assert.Contains("Answer: action-pack", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_says_when_a_word_nothing_answers_outweighs_the_rest()
    {
        using var writer = new StringWriter();

        var exit = await BotCommandLine.InvokeAsync(["kb", "explain", "does the action pack include a snowboard", "--kb", TestKnowledge.Directory], writer, writer);

        var text = writer.ToString();
        Assert.Equal(0, exit);
        Assert.Matches(@"snowboard\s+in\s+0 topics -> unknown to the knowledge base", text);
        Assert.Matches(@"Unexplained word share: 0\.[5-9]\d\d \(abstains at 0\.50 or more\)", text);
        Assert.Contains("Abstains", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_names_the_out_of_scope_key_that_stopped_the_answer()
    {
        using var writer = new StringWriter();

        var exit = await BotCommandLine.InvokeAsync(["kb", "explain", "Learning Action Pack ne kadar?", "--language", "tr", "--kb", TestKnowledge.Directory], writer, writer);

        var text = writer.ToString();
        Assert.Equal(0, exit);
        Assert.Contains("Out-of-scope key: 'ne kadar' of oos-prices", text, StringComparison.Ordinal);
        Assert.Contains("Abstains (out of scope)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_names_an_unknown_language()
    {
        using var writer = new StringWriter();

        var exit = await BotCommandLine.InvokeAsync(["kb", "explain", "hallo", "--language", "de", "--kb", TestKnowledge.Directory], writer, writer);

        Assert.Equal(2, exit);
        Assert.Contains("Unknown language 'de'", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_knowledge_base_file_is_reported_with_file_and_line_instead_of_a_stack_trace()
    {
        using var kb = new TempKb();
        File.Copy(Path.Combine(TestKnowledge.Directory, "synonyms.yaml"), Path.Combine(kb.Directory, "synonyms.yaml"));
        File.Copy(Path.Combine(TestKnowledge.Directory, "article.yaml"), Path.Combine(kb.Directory, "article.yaml"));
        var broken = kb.WriteTopic("broken", "id: broken\nen:\n  question: [unclosed\n");
        using var writer = new StringWriter();

        var exit = await BotCommandLine.InvokeAsync(["kb", "test", TestKnowledge.EvalFile("faq-dev.tsv"), "--kb", kb.Directory], writer, writer);

        Assert.Equal(2, exit);
        Assert.StartsWith(broken + ":", writer.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", writer.ToString(), StringComparison.Ordinal);
    }
}
