using System.Net;
using System.Net.Http.Headers;
using LearningPartnerBot.Tests.Staff;
using Microsoft.AspNetCore.Hosting;

namespace LearningPartnerBot.Tests.Insights;

/// <summary>Staff:Roles: agents work tickets and the dashboard, content owners the review queue; the rest is 403.</summary>
public sealed class StaffRolesTests(StaffRolesTests.Host host) : IClassFixture<StaffRolesTests.Host>
{
    [Theory]
    [InlineData("/staff")]
    [InlineData("/staff/tickets")]
    [InlineData("/staff/tickets/LP-2026-000001")]
    public async Task A_content_only_key_is_refused_the_agents_pages(string path)
    {
        var browser = await host.Insights.SignedInAsync(InsightsHost.ContentKey);

        var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_content_only_key_signs_in_to_the_review_queue_and_has_no_dashboard_link()
    {
        var browser = new Staff.Pages.StaffBrowser(host.Insights.Host);

        var signIn = await browser.SignInAsync(InsightsHost.ContentKey);
        var page = await browser.PageAsync("/staff/review");

        Assert.Equal("/staff/review", signIn.Headers.Location!.OriginalString);
        Assert.Contains("FAQ review queue</h1>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">Dashboard</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_content_only_key_is_refused_the_staff_API()
    {
        using var client = host.Insights.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", InsightsHost.ContentKey);

        var response = await client.GetAsync(new Uri("/api/tickets", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_key_not_listed_in_Staff_Roles_keeps_what_keys_could_do_before_and_no_more()
    {
        var browser = await host.Insights.SignedInAsync(InsightsHost.UnlistedKey);
        using var api = host.Insights.Host.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", InsightsHost.UnlistedKey);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/staff/tickets")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(new Uri("/api/tickets", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/staff/review")).StatusCode);
    }

    [Fact]
    public async Task A_key_with_both_roles_sees_both_and_links_to_both()
    {
        var browser = await host.Insights.SignedInAsync();

        var dashboard = await browser.PageAsync("/staff");

        Assert.Contains(">FAQ review queue</a>", dashboard, StringComparison.Ordinal);
        Assert.Contains(">Ticket queue</a>", dashboard, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/staff/review")).StatusCode);
    }

    [Fact]
    public void A_misspelt_role_stops_start_up()
    {
        using var factory = new StaffApiFactory();
        using var misconfigured = factory.WithWebHostBuilder(b => b.UseSetting("Staff:Roles:" + StaffApiFactory.KeyHolder + ":0", "contnet"));

        var error = Assert.ThrowsAny<Exception>(() => misconfigured.CreateClient());

        Assert.Contains("contnet", error.ToString(), StringComparison.Ordinal);
    }

    public sealed class Host : IDisposable
    {
        public InsightsHost Insights { get; } = new();

        public void Dispose() => Insights.Dispose();
    }
}
