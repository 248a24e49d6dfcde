using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningPartnerBot.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class FaqTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_Dutch_question_gets_the_Dutch_answer_card_whose_source_button_opens_the_Dutch_article()
    {
        await using var chat = await Playground.OpenAsync(fixture, "faq-nl", "nl", "demo-anna-contoso");
        // The browser is offline: answer the Learn page locally, so only where the button goes is under test.
        await chat.Page.Context.RouteAsync("https://learn.microsoft.com/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html",
            Body = "<title>Microsoft Learn</title>",
        }));

        await chat.SayAsync("Krijgen silver-partners korting op gold?");

        var card = chat.LastCard;
        await Expect(card).ToContainTextAsync("Krijgen we korting als we van silver naar gold overstappen?");
        await Expect(card).ToContainTextAsync("Mogelijk wel: zodra u aan de vereisten op gold-niveau voldoet");
        await Expect(card).ToContainTextAsync("van 5 februari 2021");
        var source = card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Bron", Exact = true });
        var learnPage = await chat.Page.RunAndWaitForPopupAsync(() => source.ClickAsync());
        // The answer's place in the Dutch edition of the article the knowledge base is curated from.
        Assert.Equal("https://learn.microsoft.com/nl-nl/partner-center/mpn-benefits-map-competency-learning-option-enroll#enroll-with-a-gold-competency-learning-option", learnPage.Url);
        await learnPage.CloseAsync();
    }
}
