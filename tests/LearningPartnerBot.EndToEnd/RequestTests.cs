using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningPartnerBot.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class RequestTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_KPI_discrepancy_filed_through_the_card_form_gets_a_reference()
    {
        await using var chat = await Playground.OpenAsync(fixture, "request-discrepancy", "en", "demo-anna-contoso");

        var reference = await KpiDiscrepancyForm.FileAsync(chat, "INV-E2E-" + Random.Shared.Next(100_000, 999_999));

        Assert.Matches(@"^LP-\d{4}-\d{6}$", reference);
    }

    [Fact]
    public async Task A_wrong_value_comes_back_beside_its_field_as_typed_and_once_corrected_the_request_gets_a_reference()
    {
        await using var chat = await Playground.OpenAsync(fixture, "request-corrected", "en", "demo-anna-contoso");
        var invoice = "INV-E2E-" + Random.Shared.Next(100_000, 999_999);

        // A comma for decimals passes the card's own check (digits and separators) and reaches the bot, which says
        // what it understood; the form comes back as a new card with every value as typed.
        var form = await KpiDiscrepancyForm.OpenAsync(chat);
        await KpiDiscrepancyForm.FillAsync(form, invoice, revenue: "2500,5");
        await KpiDiscrepancyForm.ContinueAsync(form);

        var again = chat.Page.Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = "did you mean" }).Last;
        await Expect(again).ToContainTextAsync("2500,5 — did you mean 2500.5?");
        await Expect(again.GetByLabel("Revenue value")).ToHaveValueAsync("2500,5");
        await Expect(again.GetByLabel("Invoice number")).ToHaveValueAsync(invoice);
        var message = again.GetByText("2500,5 — did you mean 2500.5?");
        // Measured in one go in the page, which Web Chat may be scrolling while new activities arrive.
        var gap = await message.EvaluateAsync<double>(
            "(message, input) => message.getBoundingClientRect().top - input.getBoundingClientRect().bottom",
            await again.GetByLabel("Revenue value").ElementHandleAsync());
        Assert.InRange(gap, 0, 40);

        await again.GetByLabel("Revenue value").FillAsync("2500.5");
        var reference = await KpiDiscrepancyForm.ContinueAndSendAsync(chat, again, invoice);

        Assert.Matches(@"^LP-\d{4}-\d{6}$", reference);
    }

    [Fact]
    public async Task A_question_typed_in_the_middle_of_the_form_is_answered_and_the_form_is_sent_with_its_values()
    {
        await using var chat = await Playground.OpenAsync(fixture, "request-interrupted", "en", "demo-anna-contoso");
        var invoice = "INV-E2E-" + Random.Shared.Next(100_000, 999_999);

        var form = await KpiDiscrepancyForm.OpenAsync(chat);
        await KpiDiscrepancyForm.FillAsync(form, invoice);
        await chat.SayAsync("does an order confirmation count as an invoice?");

        // The question gets its answer, the bot says the form is still open and offers it again; the partner carries
        // on in the card they had filled in, and nothing they typed there is lost.
        await Expect(chat.Page.GetByText("Still open: KPI discrepancy form").First).ToBeVisibleAsync();
        await Expect(form.GetByLabel("Invoice number")).ToHaveValueAsync(invoice);
        var reference = await KpiDiscrepancyForm.ContinueAndSendAsync(chat, form, invoice);

        Assert.Matches(@"^LP-\d{4}-\d{6}$", reference);
    }

    [Fact]
    public async Task Staff_who_sign_in_with_the_staff_key_find_the_filed_request_in_the_queue()
    {
        var invoiceNumber = "INV-E2E-" + Random.Shared.Next(100_000, 999_999);
        string reference;
        await using (var chat = await Playground.OpenAsync(fixture, "request-before-staff", "en", "demo-anna-contoso"))
        {
            reference = await KpiDiscrepancyForm.FileAsync(chat, invoiceNumber);
        }

        // The queue sends an unsigned-in visitor to the sign-in page, and back to the queue after it.
        await using var staff = await BrowserTab.OpenAsync(fixture, "staff-ticket", "/staff/tickets");
        var page = staff.Page;
        await page.GetByLabel("Staff key").FillAsync(BotServer.StaffKey);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Ticket queue" })).ToBeVisibleAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = reference });
        await Expect(row).ToContainTextAsync("KPI discrepancy");
        await Expect(row).ToContainTextAsync("New");
        await Expect(row).ToContainTextAsync("Anna");
        await staff.SaveScreenshotAsync("staff-queue");

        await row.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = reference }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync(invoiceNumber);
    }
}
