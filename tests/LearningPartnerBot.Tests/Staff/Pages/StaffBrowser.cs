using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LearningPartnerBot.Tests.Staff.Pages;

/// <summary>
/// A browser without JavaScript: keeps cookies, does not follow redirects (tests look at them), and posts forms with
/// the antiforgery token read from the page that shows the form, as a real browser would send it.
/// </summary>
internal sealed partial class StaffBrowser(WebApplicationFactory<Program> host, HttpClient? client = null)
{
    /// <summary>Who the signed-in key belongs to, as comments are signed.</summary>
    public const string StaffName = StaffApiFactory.KeyHolder;

    public HttpClient Client { get; } = client ?? host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(new Uri(path, UriKind.Relative));

    /// <summary>The page's text with HTML entities decoded; fails unless the page answered 200.</summary>
    public async Task<string> PageAsync(string path)
    {
        var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await TextAsync(response);
    }

    /// <summary>Opens <paramref name="formPage"/>, then posts <paramref name="fields"/> with its antiforgery token to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string formPage, string action, IReadOnlyDictionary<string, string> fields)
    {
        var html = await (await GetAsync(formPage)).Content.ReadAsStringAsync();
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, "The form page has no antiforgery token.");
        return await PostAsync(action, new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) });
    }

    /// <summary>Posts exactly <paramref name="fields"/>, with no token unless they hold one.</summary>
    public Task<HttpResponseMessage> PostAsync(string action, IReadOnlyDictionary<string, string> fields) =>
        Client.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(fields));

    public Task<HttpResponseMessage> SignInAsync(string key = StaffApiFactory.Key, string returnUrl = "") =>
        SubmitAsync(
            "/staff/sign-in" + (returnUrl.Length > 0 ? "?ReturnUrl=" + Uri.EscapeDataString(returnUrl) : string.Empty),
            "/staff/sign-in",
            new Dictionary<string, string> { ["Key"] = key, ["ReturnUrl"] = returnUrl });

    public static async Task<string> TextAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>The sign-in cookie's Set-Cookie header, or null when the response signed no one in.</summary>
    public static string? SessionCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith("lpb-staff=", StringComparison.Ordinal))
            : null;

    [GeneratedRegex(""""<input[^>]*name="__RequestVerificationToken"[^>]*value="([^"]*)"""")]
    private static partial Regex AntiforgeryToken();
}
