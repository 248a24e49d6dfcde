using LearningPartnerBot.Knowledge.Import;

namespace LearningPartnerBot.Tests.Knowledge.Import;

public class SentenceAlignerTests
{
    private readonly List<ImportWarning> _warnings = [];

    private IReadOnlyList<InlineSegment> Align(string line) => SentenceAligner.Align(line, 7, _warnings);

    private static ArticleSentence[] Sentences(IReadOnlyList<InlineSegment> segments) =>
        [.. segments.OfType<SentenceSegment>().Select(s => s.Sentence)];

    [Fact]
    public void Pairs_sentences_by_the_numeric_suffix_and_keeps_the_text_around_them()
    {
        var segments = Align("- <span data-ttu-id=\"ab12-5\">Eén</span><span class=\"sxs-lookup\"><span data-stu-id=\"ab12-5\">One</span></span> "
            + "<span data-ttu-id=\"ab12-6\">Twee</span><span class=\"sxs-lookup\"><span data-stu-id=\"ab12-6\">Two</span></span>");
        var line = new ArticleLine(7, segments);

        Assert.Equal([new ArticleSentence(5, "Eén", "One"), new ArticleSentence(6, "Twee", "Two")], Sentences(segments));
        Assert.Equal("- One Two", line.Render(ArticleLanguage.English));
        Assert.Equal("- Eén Twee", line.Render(ArticleLanguage.Translated));
        Assert.Empty(_warnings);
    }

    [Fact]
    public void An_English_span_without_a_translation_is_kept_as_an_orphan_and_reported()
    {
        var segments = Align("<span class=\"sxs-lookup\"><span data-stu-id=\"ab12-9\">Only English</span></span>");

        Assert.Equal([new ArticleSentence(9, null, "Only English")], Sentences(segments));
        Assert.Equal("Only English", new ArticleLine(7, segments).Render(ArticleLanguage.Translated));
        Assert.Contains(_warnings, w => w.Line == 7 && w.Message.Contains("sentence 9 has English but no translation", StringComparison.Ordinal));
    }

    [Fact]
    public void English_with_another_id_is_not_paired_with_the_translation_before_it()
    {
        var segments = Align("<span data-ttu-id=\"ab12-3\">Drie</span><span class=\"sxs-lookup\"><span data-stu-id=\"ab12-4\">Four</span></span>");

        Assert.Equal([new ArticleSentence(3, "Drie", null), new ArticleSentence(4, null, "Four")], Sentences(segments));
        Assert.Equal(2, _warnings.Count);
    }

    [Fact]
    public void An_unclosed_span_keeps_the_rest_of_the_line_as_its_text()
    {
        var segments = Align("<span data-ttu-id=\"ab12-8\">Acht **vet** en meer");

        Assert.Equal([new ArticleSentence(8, "Acht **vet** en meer", null)], Sentences(segments));
        Assert.Contains(_warnings, w => w.Message.Contains("not closed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stray_closing_tag_is_ignored_and_reported()
    {
        var segments = Align("tekst</span> verder");

        Assert.Equal("tekst verder", new ArticleLine(7, segments).Render(ArticleLanguage.Translated));
        Assert.Contains(_warnings, w => w.Message.Contains("without an opening tag", StringComparison.Ordinal));
    }

    [Fact]
    public void A_span_id_without_a_number_keeps_its_text_without_an_id()
    {
        var segments = Align("<span data-ttu-id=\"broken\">Tekst</span><span class=\"sxs-lookup\"><span data-stu-id=\"broken\">Text</span></span>");

        Assert.Equal("TekstText", new ArticleLine(7, segments).Render(ArticleLanguage.Translated));
        Assert.Empty(Sentences(segments));
        Assert.Equal(2, _warnings.Count);
    }

    [Fact]
    public void Decodes_entities_in_both_languages()
    {
        var segments = Align("<span data-ttu-id=\"x-1\">A &amp; B &#39;c&#39; &lt;d&gt;</span><span class=\"sxs-lookup\"><span data-stu-id=\"x-1\">A &amp; B&nbsp;C</span></span>");

        Assert.Equal([new ArticleSentence(1, "A & B 'c' <d>", "A & B\u00a0C")], Sentences(segments));
    }

    [Fact]
    public void Text_that_only_looks_like_markup_is_left_alone()
    {
        var segments = Align("a < b <spanner> c");

        Assert.Equal("a < b <spanner> c", new ArticleLine(7, segments).Render(ArticleLanguage.English));
        Assert.Empty(_warnings);
    }
}
