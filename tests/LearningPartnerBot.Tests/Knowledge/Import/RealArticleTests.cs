using System.Text.RegularExpressions;
using LearningPartnerBot.Knowledge.Import;

namespace LearningPartnerBot.Tests.Knowledge.Import;

/// <summary>The real Dutch article the knowledge base is curated from, imported as-is.</summary>
public partial class RealArticleTests
{
    private readonly LearnArticle _article = Fixture.Parse(Fixture.LearningPartnerEnroll);

    [Fact]
    public void Has_the_five_sections_of_the_article()
    {
        Assert.Equal(
            [
                "enroll-with-the-learning-action-pack",
                "enroll-with-a-silver-competency-learning-option",
                "enroll-with-a-gold-competency-learning-option",
                "frequently-asked-questions-about-learning-partner-enrollment",
                "next-steps",
            ],
            _article.Sections.Select(s => s.Block.Anchor));
        Assert.Equal("nl", _article.Language);
        Assert.Equal("use-partner-center-to-enroll-as-a-microsoft-learning-partner", _article.Slug);
    }

    [Fact]
    public void Has_the_five_FAQ_questions_in_both_languages()
    {
        var questions = _article.Questions.ToList();

        Assert.Equal(5, questions.Count);
        Assert.All(questions, q => Assert.StartsWith("q-", q.Anchor, StringComparison.Ordinal));
        Assert.Equal("Does a one-day training equate to one KPI?", questions[3].Title(ArticleLanguage.English));
        Assert.Equal("Is een training van één dag gelijk aan één KPI?", questions[3].Title(ArticleLanguage.Translated));
        Assert.StartsWith("If I am a net-new partner", questions[1].Title(ArticleLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Sentence_117_carries_the_COVID_extension_date()
    {
        var sentence = _article.Sentences[117];

        Assert.Contains("June 30, 2021", sentence.English, StringComparison.Ordinal);
        Assert.Contains("30 juni 2021", sentence.Translated, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_sentence_from_104_to_202_is_aligned_without_warnings()
    {
        Assert.Equal(Enumerable.Range(104, 99), _article.Sentences.Keys.Order());
        Assert.All(_article.Sentences.Values, s => Assert.False(s.English is null || s.Translated is null, $"sentence {s.Id}"));
        Assert.Empty(_article.Warnings);
    }

    [Fact]
    public void No_span_markup_is_left_in_any_rendered_text()
    {
        var texts = _article.Blocks
            .SelectMany(b => new[] { ArticleLanguage.English, ArticleLanguage.Translated }
                .SelectMany(language => new[] { b.Title(language), b.BodyText(language) }))
            .Concat(_article.Sentences.Values.SelectMany(s => new[] { s.English!, s.Translated! }));

        Assert.All(texts, text => Assert.DoesNotMatch(Markup(), text));
    }

    [Fact]
    public void The_discrepancy_answer_keeps_its_list_of_details()
    {
        var discrepancy = _article.Questions.Single(q => q.Anchor.StartsWith("q-where-should-i-go", StringComparison.Ordinal));

        Assert.Contains("\n- Month\n- Year\n- OMLP type\n", discrepancy.BodyText(ArticleLanguage.English), StringComparison.Ordinal);
        Assert.StartsWith("Contact [Partner Frontline Support](https://partner.microsoft.com/support).", discrepancy.BodyText(ArticleLanguage.English), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"</?span|data-ttu-id|data-stu-id|sxs-lookup|<a name")]
    private static partial Regex Markup();
}
