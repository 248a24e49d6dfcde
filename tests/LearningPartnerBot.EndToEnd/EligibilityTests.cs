using static Microsoft.Playwright.Assertions;

namespace LearningPartnerBot.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class EligibilityTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_gold_partner_admin_checking_Cloud_Platform_sees_every_level_met_and_gold_recommended()
    {
        // Contoso Learning is the demo partner that meets the gold requirements.
        await using var chat = await Playground.OpenAsync(fixture, "eligibility-gold", "en", "demo-anna-contoso");

        await chat.ClickAsync("Check my eligibility");
        await chat.ClickAsync("Cloud Platform");

        var card = chat.LastCard;
        await Expect(card).ToContainTextAsync("Learning option eligibility: Cloud Platform");
        await Expect(card).ToContainTextAsync("Contoso Learning");
        await Expect(card).ToContainTextAsync("Recommended: Gold Learning option");
        await Expect(card.GetByText("✅ Requirements met")).ToHaveCountAsync(3);
        await Expect(card).Not.ToContainTextAsync("❌");
    }
}
