using System.Net;
using System.Text.RegularExpressions;
using LearningPartnerBot.Knowledge.Feedback;
using LearningPartnerBot.Tests.Staff.Pages;

namespace LearningPartnerBot.Tests.Insights;

/// <summary>The review queue groups what partners asked, and a decision yields the KB change and empties the group.</summary>
public sealed partial class ReviewPageTests : IDisposable
{
    private readonly InsightsHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Similar_unanswered_questions_form_one_group_with_their_count_and_closest_topics()
    {
        await _host.AskedUnansweredAsync("How long does enrollment take?", closest: "how-to-enroll");
        await _host.AskedUnansweredAsync("how long does enrollment take?", closest: "how-to-enroll");
        await _host.AskedUnansweredAsync("How long does the enrollment take", closest: "gold");
        await _host.AskedUnansweredAsync("Hoeveel kost een voucher?", language: "nl", closest: null);
        var browser = await _host.SignedInAsync();

        var page = await browser.PageAsync("/staff/review");

        var first = Article(page, 0);
        Assert.Contains("How long does enrollment take?", first, StringComparison.Ordinal);
        Assert.Contains("Asked <strong>3</strong> times in English", first, StringComparison.Ordinal);
        Assert.Contains("Closest topics: how-to-enroll, gold.", first, StringComparison.Ordinal);
        Assert.Contains("How long does the enrollment take", first, StringComparison.Ordinal);
        Assert.Contains("Asked <strong>1</strong> time in Dutch", Article(page, 1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_a_partner_typed_is_escaped_in_the_queue()
    {
        await _host.AskedUnansweredAsync("<script>alert('x')</script> refund?");
        await _host.VotedAsync("gold", helpful: false, "<img src=x onerror=alert(1)> gold?");
        var browser = await _host.SignedInAsync();

        var raw = await (await browser.GetAsync("/staff/review")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", raw, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", raw, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; gold?", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_a_group_as_a_phrasing_gives_the_yaml_line_and_patch_and_takes_the_group_out()
    {
        await _host.AskedUnansweredAsync("how long until our enrollment is done", closest: "how-to-enroll");
        await _host.AskedUnansweredAsync("How long until our enrollment is done?", closest: "how-to-enroll");
        var browser = await _host.SignedInAsync();
        var ids = Ids(await browser.PageAsync("/staff/review"), 0);

        var decided = await Decide(browser, "unanswered", ids, ReviewActions.AddPhrasing, "how-to-enroll");
        var decision = await browser.PageAsync(decided.Headers.Location!.OriginalString);
        var queue = await browser.PageAsync("/staff/review");
        var again = await Decide(browser, "unanswered", ids, ReviewActions.AddPhrasing, "how-to-enroll");

        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Matches("^/staff/review/decisions/[0-9]+$", decided.Headers.Location!.OriginalString);
        Assert.Contains("+++ b/kb/topics/how-to-enroll.yaml", decision, StringComparison.Ordinal);
        Assert.Matches("\\n\\+    - \"(how long until our enrollment is done|How long until our enrollment is done\\?)\"\\n", decision);
        Assert.Contains("<pre class=\"patch\" id=\"yaml\">    - \"", decision, StringComparison.Ordinal);
        Assert.Contains("No unanswered question is waiting.", queue, StringComparison.Ordinal);
        Assert.Equal("/staff/review?gone=True", again.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_patch_can_be_downloaded_for_git_apply()
    {
        await _host.AskedUnansweredAsync("where is the courseware marketplace link", closest: "action-pack");
        var browser = await _host.SignedInAsync();
        var decided = await Decide(browser, "unanswered", Ids(await browser.PageAsync("/staff/review"), 0), ReviewActions.AddPhrasing, "action-pack");

        var download = await browser.GetAsync(decided.Headers.Location!.OriginalString + "?handler=Patch");

        Assert.Equal("text/x-diff", download.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("--- a/kb/topics/action-pack.yaml\n+++ b/kb/topics/action-pack.yaml\n@@ ", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_voted_down_answer_shows_its_question_and_out_of_scope_dismisses_it_without_a_change()
    {
        await _host.VotedAsync("gold", helpful: false, "can we get a discount on exams");
        await _host.VotedAsync("gold", helpful: true, "what is gold");
        var browser = await _host.SignedInAsync();
        var page = await browser.PageAsync("/staff/review");
        Assert.Contains("gold in English: 1 👎", page, StringComparison.Ordinal);
        Assert.Contains("can we get a discount on exams", page, StringComparison.Ordinal);

        var decided = await Decide(browser, "votes", Ids(page, 0), ReviewActions.OutOfScope, "gold");
        var decision = await browser.PageAsync(decided.Headers.Location!.OriginalString);

        Assert.Contains("Nothing changes in the knowledge base", decision, StringComparison.Ordinal);
        Assert.Contains("No 👎 is waiting.", await browser.PageAsync("/staff/review"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Needs_a_new_topic_gives_a_draft_with_the_question_in_its_language()
    {
        await _host.AskedUnansweredAsync("Voucher kodu nasıl kullanılır", language: "tr", closest: null);
        var browser = await _host.SignedInAsync();

        var decided = await Decide(browser, "unanswered", Ids(await browser.PageAsync("/staff/review"), 0), ReviewActions.NewTopic, "gold");
        var decision = await browser.PageAsync(decided.Headers.Location!.OriginalString);

        Assert.Contains("tr:\n  question: \"Voucher kodu nasıl kullanılır\"", decision, StringComparison.Ordinal);
        Assert.Contains("id: TODO-topic-id", decision, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> Decide(StaffBrowser browser, string kind, string ids, string decision, string topic) =>
        browser.SubmitAsync("/staff/review", "/staff/review?handler=Group", new Dictionary<string, string>
        {
            ["kind"] = kind,
            ["ids"] = ids,
            ["decision"] = decision,
            ["topic"] = topic,
        });

    private static string Article(string page, int index) => ArticlePattern().Matches(page)[index].Value;

    private static string Ids(string page, int index) => IdsPattern().Match(Article(page, index)).Groups[1].Value;

    [GeneratedRegex("<article class=\"group\".*?</article>", RegexOptions.Singleline)]
    private static partial Regex ArticlePattern();

    [GeneratedRegex("name=\"ids\" value=\"([0-9,]+)\"")]
    private static partial Regex IdsPattern();
}
