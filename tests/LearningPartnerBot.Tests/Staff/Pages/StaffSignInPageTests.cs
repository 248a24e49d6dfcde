using System.Net;
using LearningPartnerBot.Tests.Tickets;
using LearningPartnerBot.Tests.Tickets.Api;

namespace LearningPartnerBot.Tests.Staff.Pages;

public sealed class StaffSignInPageTests(TicketApiFixture fixture) : IClassFixture<TicketApiFixture>
{
    private readonly StaffBrowser _browser = new(fixture.Host);

    [Theory]
    [InlineData("/staff")]
    [InlineData("/staff/tickets/LP-2026-000001")]
    public async Task Without_the_cookie_a_staff_page_redirects_to_sign_in(string path)
    {
        var response = await _browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff/sign-in", response.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(path), response.Headers.Location.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_shows_an_error_and_sets_no_cookie()
    {
        var response = await _browser.SignInAsync("not-the-key");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("That staff key is not valid.", await StaffBrowser.TextAsync(response), StringComparison.Ordinal);
        Assert.Null(StaffBrowser.SessionCookie(response));
        Assert.Equal(HttpStatusCode.Redirect, (await _browser.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task The_right_key_sets_a_strict_http_only_cookie_and_the_queue_lists_a_filed_ticket()
    {
        var reference = await fixture.FileAsync(SampleTickets.Kpi(partner: "S-100"));

        var response = await _browser.SignInAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff", response.Headers.Location!.OriginalString);
        var cookie = StaffBrowser.SessionCookie(response)?.ToLowerInvariant();
        Assert.NotNull(cookie);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/staff", cookie, StringComparison.Ordinal);
        var queue = await _browser.PageAsync("/staff/tickets");
        Assert.Contains(reference, queue, StringComparison.Ordinal);
        Assert.Contains("Ayşe Yılmaz", queue, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/staff/tickets/LP-2026-000007?saved=status", "/staff/tickets/LP-2026-000007?saved=status")]
    [InlineData("https://evil.example/staff", "/staff")]
    [InlineData("//evil.example/staff", "/staff")]
    [InlineData("/api/tickets", "/staff")]
    public async Task After_sign_in_only_a_staff_page_is_a_valid_place_to_return_to(string returnUrl, string expected)
    {
        var response = await _browser.SignInAsync(returnUrl: returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_sign_in_post_without_the_antiforgery_token_is_refused()
    {
        var response = await _browser.PostAsync("/staff/sign-in", new Dictionary<string, string> { ["Key"] = StaffApiFactory.Key });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(StaffBrowser.SessionCookie(response));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        await _browser.SignInAsync();
        Assert.Equal(HttpStatusCode.OK, (await _browser.GetAsync("/staff")).StatusCode);

        var response = await _browser.SubmitAsync("/staff", "/staff/sign-out", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await _browser.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task The_ticket_api_answers_401_without_a_key_whether_or_not_the_staff_cookie_is_sent()
    {
        var signIn = await _browser.SignInAsync();
        var cookie = StaffBrowser.SessionCookie(signIn)!.Split(';')[0];

        var anonymous = await fixture.Anonymous().GetAsync(new Uri("/api/tickets", UriKind.Relative));
        using var withCookie = new HttpRequestMessage(HttpMethod.Get, "/api/tickets");
        withCookie.Headers.Add("Cookie", cookie);
        var cookieOnly = await fixture.Anonymous().SendAsync(withCookie);

        foreach (var response in new[] { anonymous, cookieOnly })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
