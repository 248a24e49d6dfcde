using Microsoft.Playwright;

namespace LearningPartnerBot.EndToEnd;

/// <summary>
/// One page in its own browser context, so no cookie or conversation leaks between tests. Disposing it saves a
/// full-page screenshot, whether the test passed or not.
/// </summary>
public sealed class BrowserTab : IAsyncDisposable
{
    /// <summary>Generous: the CI machine has 2 cores shared by the bot, the browser and the test runner.</summary>
    public const float Timeout = 30_000;

    private readonly IBrowserContext _context;
    private readonly string _screenshot;

    private BrowserTab(IBrowserContext context, IPage page, string screenshot)
    {
        _context = context;
        Page = page;
        _screenshot = screenshot;
    }

    public IPage Page { get; }

    /// <summary>Opens <paramref name="path"/> on the bot; <paramref name="screenshot"/> names the picture saved at the end.</summary>
    public static async Task<BrowserTab> OpenAsync(BrowserFixture fixture, string screenshot, string path)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1000, Height = 1400 },
        });
        context.SetDefaultTimeout(Timeout);
        context.SetDefaultNavigationTimeout(Timeout);
        var tab = new BrowserTab(context, await context.NewPageAsync(), screenshot);
        await tab.Page.GotoAsync(path);
        return tab;
    }

    /// <summary>Saves a full-page picture of where the test is now, in addition to the one taken at the end.</summary>
    public Task SaveScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor(name), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        try
        {
            await SaveScreenshotAsync(_screenshot);
        }
        finally
        {
            await _context.DisposeAsync();
        }
    }
}
