using Microsoft.Playwright;

namespace LearningPartnerBot.EndToEnd;

/// <summary>The playground (GET /) in a browser tab: Web Chat talking to the bot over its own Direct Line endpoint.</summary>
public sealed class Playground : IAsyncDisposable
{
    private readonly BrowserTab _tab;

    private Playground(BrowserTab tab) => _tab = tab;

    public IPage Page => _tab.Page;

    /// <summary>The newest Adaptive Card in the transcript.</summary>
    public ILocator LastCard => Page.Locator(".ac-adaptiveCard").Last;

    /// <summary>Opens the playground as <paramref name="demoUser"/> in <paramref name="language"/> and waits for the bot's welcome card.</summary>
    public static async Task<Playground> OpenAsync(BrowserFixture fixture, string screenshot, string language, string demoUser)
    {
        var playground = new Playground(await BrowserTab.OpenAsync(fixture, screenshot, $"/?lang={language}&user={demoUser}"));
        // Web Chat shows its send box before the conversation is connected and drops what is typed until then; the
        // welcome card proves the connection is up.
        await playground.LastCard.WaitForAsync();
        return playground;
    }

    /// <summary>Types <paramref name="text"/> into Web Chat and sends it with Enter, as a partner would.</summary>
    public async Task SayAsync(string text)
    {
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
    }

    /// <summary>
    /// Clicks the newest button named <paramref name="name"/> in the transcript: a card button or a suggested action.
    /// Older cards keep their buttons, so the same name can appear more than once.
    /// </summary>
    public Task ClickAsync(string name) =>
        Page.Locator(".webchat__basic-transcript, .webchat__suggested-actions")
            .GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = name, Exact = true })
            .Last.ClickAsync();

    public ValueTask DisposeAsync() => _tab.DisposeAsync();

    private ILocator SendBox => Page.Locator("[data-id='webchat-sendbox-input']");
}
