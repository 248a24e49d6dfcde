using LearningPartnerBot.Knowledge.Import;

namespace LearningPartnerBot.Tests.Knowledge.Import;

public class LearnArticleParserTests
{
    private readonly LearnArticle _article = Fixture.Parse(Fixture.Workshop);

    [Fact]
    public void Takes_the_language_from_the_content_locale()
    {
        Assert.Equal("tr-TR", _article.ContentLocale);
        Assert.Equal("tr", _article.Language);
    }

    [Fact]
    public void Names_the_article_after_its_title_anchor()
    {
        Assert.Equal("plan-a-partner-training-workshop", _article.Slug);
        Assert.Equal("Plan a partner training workshop", _article.Introduction.Block.Title(ArticleLanguage.English));
        Assert.Equal("İş ortağı eğitim atölyesi planlama", _article.Introduction.Block.Title(ArticleLanguage.Translated));
    }

    [Fact]
    public void Splits_level_two_headings_into_sections_with_anchor_and_both_titles()
    {
        Assert.Equal(
            ["choose-a-room", "invite-attendees", "frequently-asked-questions"],
            _article.Sections.Select(s => s.Block.Anchor));
        var room = _article.Sections[0].Block;
        Assert.Equal("Choose a room", room.Title(ArticleLanguage.English));
        Assert.Equal("Salon seçin", room.Title(ArticleLanguage.Translated));
        Assert.Equal([103, 104, 105, 106, 107], room.Sentences.Select(s => s.Id));
    }

    [Fact]
    public void Aligns_each_translation_with_the_English_of_the_same_id()
    {
        var sentence = _article.Sentences[106];

        Assert.Equal("Salonu en az iki hafta önceden ayırtın.", sentence.Translated);
        Assert.Equal("Book the room at least two weeks in advance.", sentence.English);
    }

    [Fact]
    public void Detects_question_headings_with_either_marker_style_and_strips_the_marker()
    {
        var questions = _article.Sections[2].Questions;

        Assert.Equal(["q-can-i-run-the-workshop-online", "q-who-pays-for-the-courseware"], questions.Select(q => q.Anchor));
        Assert.Equal("Can I run the workshop online?", questions[0].Title(ArticleLanguage.English));
        Assert.Equal("Atölyeyi çevrim içi düzenleyebilir miyim?", questions[0].Title(ArticleLanguage.Translated));
        Assert.Equal("Who pays for the courseware?", questions[1].Title(ArticleLanguage.English));
        Assert.Equal("Kurs materyallerinin ücretini kim öder?", questions[1].Title(ArticleLanguage.Translated));
    }

    [Fact]
    public void A_question_answer_is_the_body_up_to_the_next_heading()
    {
        var online = _article.Sections[2].Questions[0];

        Assert.Equal("Yes. Online workshops earn the same KPI value.", online.BodyText(ArticleLanguage.English));
        Assert.Equal("Evet. Çevrim içi atölyeler de aynı KPI değerini sağlar.", online.BodyText(ArticleLanguage.Translated));
        Assert.Equal([112, 113, 114, 115], online.Sentences.Select(s => s.Id));
    }

    [Fact]
    public void Keeps_lists_links_and_bold_and_decodes_entities()
    {
        Assert.Equal(
            "The room must seat at least 12 attendees. A projector & sound system are required.\n\n"
            + "- Book the room at least two weeks in advance.\n- Check the wireless network access.",
            _article.Sections[0].Block.BodyText(ArticleLanguage.English));
        Assert.Equal(
            "Davetiyeleri [etkinlik portalından](https://example.com/events) gönderin. **Katılım onayı** en geç bir hafta önce alınmalıdır.",
            _article.Sections[1].Block.BodyText(ArticleLanguage.Translated));
    }

    [Fact]
    public void A_sentence_without_its_English_span_is_kept_and_reported()
    {
        var broken = _article.Sentences[110];

        Assert.Null(broken.English);
        Assert.Equal("**Katılım onayı** en geç bir hafta önce alınmalıdır.", broken.Translated);
        Assert.Contains(_article.Warnings, w => w.Line == 23 && w.Message.Contains("sentence 110 has no English", StringComparison.Ordinal));
    }

    [Fact]
    public void Nested_markup_inside_a_translation_is_flattened_and_reported()
    {
        Assert.Equal("Çevrim içi atölyeler de aynı KPI değerini sağlar.", _article.Sentences[115].Translated);
        Assert.Contains(_article.Warnings, w => w.Message.Contains("sentence 115: nested markup", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_only_the_two_problems_the_fixture_has()
    {
        Assert.Equal(2, _article.Warnings.Count);
    }

    [Theory]
    [InlineData("# Title\n\nNo front matter.", "front matter")]
    [InlineData("---\ntitle: x\n---\n# <a name=\"t\"></a><span data-ttu-id=\"a-1\">T</span>", "ms.contentlocale")]
    [InlineData("---\nms.contentlocale: de-DE\n---\n# <a name=\"t\"></a><span data-ttu-id=\"a-1\">T</span>", "'de-DE'")]
    [InlineData("---\nms.contentlocale: nl-NL\n---\nJust text.", "'#' title")]
    [InlineData("---\nms.contentlocale: nl-NL\n---\n# <a name=\"t\"></a>Plain title\n\nPlain text.", "no translated sentences")]
    [InlineData("---\nms.contentlocale: nl-NL\ntitle: [unclosed\n---\n", "not valid YAML")]
    public void Rejects_files_that_are_not_localized_Learn_articles(string markdown, string reason)
    {
        var ex = Assert.Throws<LearnArticleFormatException>(() => LearnArticleParser.Parse(markdown));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }
}
