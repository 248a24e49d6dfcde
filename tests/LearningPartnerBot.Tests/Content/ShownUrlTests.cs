using System.Text.RegularExpressions;

namespace LearningPartnerBot.Tests.Content;

/// <summary>
/// Every address the bot can show a partner is on a list checked by hand against the article, so a link that leads
/// nowhere (an invented file name, a relative path joined to another domain) fails here instead of in a partner's browser.
/// </summary>
public sealed partial class ShownUrlTests
{
    /// <summary>
    /// The article's own file is partner-center/mpn-benefits-map-competency-learning-option-enroll.md in Microsoft's
    /// partner-center docs repositories (one per language), published under /{locale}/partner-center/.
    /// </summary>
    private const string ArticlePath = "/partner-center/mpn-benefits-map-competency-learning-option-enroll";

    /// <summary>The article's &lt;a name&gt; ids: a source link may end in any of them.</summary>
    private static readonly string[] ArticleAnchors =
    [
        "use-partner-center-to-enroll-as-a-microsoft-learning-partner",
        "enroll-with-the-learning-action-pack",
        "enroll-with-a-silver-competency-learning-option",
        "enroll-with-a-gold-competency-learning-option",
        "frequently-asked-questions-about-learning-partner-enrollment",
        "q-do-i-need-to-submit-a-business-application-plan-in-partner-center-to-enroll-in-a-learning-option",
        "q-if-i-am-a-net-new-partner-and-decide-to-buy-courseware-trainings-or-certifications-before-applying-for-the-learning-option-will-the-kpis-be-recognized-by-partner-center-automatically",
        "q-where-should-i-go-in-case-there-is-a-discrepancy-between-kpis-in-partner-center-under-the-learning-option-and-my-kpi-dashboard",
        "q-does-a-one-day-training-equate-to-one-kpi",
        "q-why-dont-i-appear-as-a-microsoft-learning-partner-in-the-learning-partner-directory",
        "next-steps",
    ];

    /// <summary>
    /// The other addresses, each as the article links it: absolute links copied as written, the article's relative
    /// links (mpn-get-action-pack.md, mpn-pay-fee-silver-gold-competency.md) as sibling pages of the article, and its
    /// directory link (/learn/certifications/partners) on docs.microsoft.com, the domain that path was written for.
    /// </summary>
    private static readonly string[] OtherAllowed =
    [
        "https://partner.microsoft.com/support",
        "https://partner.microsoft.com/dashboard",
        "https://partner.microsoft.com/membership/competencies",
        "https://partner.microsoft.com/marketing/learning-resources#/",
        "https://partner.microsoft.com/asset/collection/learning-option-enrollment#/",
        "https://blogs.partner.microsoft.com/mpn/responding-to-covid-19-microsoft-partner-network/",
        "https://techcommunity.microsoft.com/t5/microsoft-learn/ct-p/MicrosoftLearn",
        "https://web.yammer.com/main/groups/eyJfdHlwZSI6Ikdyb3VwIiwiaWQiOiI4NDU0NDI3In0/all",
        .. Localized("https://learn.microsoft.com/{0}/partner-center/mpn-get-action-pack"),
        .. Localized("https://learn.microsoft.com/{0}/partner-center/mpn-pay-fee-silver-gold-competency"),
        .. Localized("https://learn.microsoft.com/{0}/partner-center/mpn-pay-fee-silver-gold-competency#apply-upgrade-discount-when-moving-from-silver-to-gold"),
        .. Localized("https://docs.microsoft.com/{0}/learn/certifications/partners"),
        // The example in the landing-page error message; contoso.com is Microsoft's documentation example domain.
        "https://contoso.com/microsoft-learning",
    ];

    private static readonly Dictionary<string, string> Locales = new(StringComparer.Ordinal) { ["en"] = "en-us", ["nl"] = "nl-nl", ["tr"] = "tr-tr" };

    public static TheoryData<string> Languages => [.. PartnerTexts.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_source_link_is_the_articles_real_address_with_one_of_its_own_anchors(string language)
    {
        var expectedPage = $"https://learn.microsoft.com/{Locales[language]}{ArticlePath}";

        Assert.All(PartnerTexts.Knowledge.Topics, topic =>
        {
            var link = PartnerTexts.Knowledge.SourceLink(topic, language).AbsoluteUri;
            Assert.Contains(link.Split('#')[0] + "#" + topic.Source.Anchor, ArticleAnchors.Select(a => expectedPage + "#" + a));
        });
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_address_in_an_answer_or_a_bot_string_is_on_the_verified_list(string language)
    {
        var shown = PartnerTexts.Shown(language)
            .SelectMany(t => Urls(t.Text).Select(url => (t.Where, Url: url)))
            .ToList();

        Assert.NotEmpty(shown);
        Assert.All(shown, s => Assert.True(OtherAllowed.Contains(s.Url), $"{s.Where} shows {s.Url}, which is not on the verified list"));
    }

    [Fact]
    public void No_card_template_hard_codes_an_address_outside_the_verified_list()
    {
        var shown = PartnerTexts.Cards()
            .SelectMany(c => Urls(c.Text).Select(url => (c.Where, Url: url)))
            .Where(s => !s.Url.StartsWith("http://adaptivecards.io/schemas/", StringComparison.Ordinal))
            .ToList();

        Assert.All(shown, s => Assert.True(OtherAllowed.Contains(s.Url), $"{s.Where} shows {s.Url}, which is not on the verified list"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void No_answer_links_a_relative_path_that_would_resolve_against_the_chat(string language)
    {
        Assert.All(PartnerTexts.Topics(language), t =>
            Assert.False(RelativeLink().IsMatch(t.Text), $"{t.Where} has a relative link: {RelativeLink().Match(t.Text).Value}"));
    }

    [Fact]
    public void The_old_guessed_article_address_is_gone()
    {
        foreach (var language in PartnerTexts.Languages)
        {
            Assert.DoesNotContain("learning-partner-enroll", PartnerTexts.Knowledge.Article.Url(language).AbsoluteUri, StringComparison.Ordinal);
            Assert.All(PartnerTexts.Shown(language), t => Assert.DoesNotContain("learn.microsoft.com/" + Locales[language] + "/learn/", t.Text, StringComparison.Ordinal));
        }
    }

    private static IEnumerable<string> Localized(string pattern) => new[] { "en-us", "nl-nl", "tr-tr" }.Select(locale => string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, locale));

    private static IEnumerable<string> Urls(string text) => AbsoluteUrl().Matches(text).Select(m => m.Value.TrimEnd('.', ',', ';', ':'));

    [GeneratedRegex(@"https?://[^\s)\]""'<>]+")]
    private static partial Regex AbsoluteUrl();

    [GeneratedRegex(@"\]\((?!https?://)[^)]*\)")]
    private static partial Regex RelativeLink();
}
