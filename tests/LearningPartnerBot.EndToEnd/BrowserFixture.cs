using Microsoft.Playwright;

namespace LearningPartnerBot.EndToEnd;

/// <summary>One bot server and one Chromium for the whole suite; each test opens its own browser context.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's package; the suite never downloads a browser.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private BotServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>The running bot's services, for tests that seed what the browser then has to show.</summary>
    public IServiceProvider Services => _server?.Services ?? throw new InvalidOperationException("The bot has not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is missing at {ChromiumPath}. The end-to-end tests drive Debian's Chromium: "
                + "run `apt-get install -y --no-install-recommends chromium` (.ci/run does this).");
        }

        Assertions.SetDefaultExpectTimeout(BrowserTab.Timeout);
        _server = new BotServer();
        BaseAddress = _server.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
