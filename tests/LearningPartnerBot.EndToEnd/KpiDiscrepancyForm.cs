using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningPartnerBot.EndToEnd;

/// <summary>Files a KPI discrepancy the way a partner does in the English playground: menu, card form, confirm card.</summary>
public static partial class KpiDiscrepancyForm
{
    /// <summary>Fills and sends the form for an invoice two months back (so never in the future); returns the reference the bot gives.</summary>
    public static async Task<string> FileAsync(Playground chat, string invoiceNumber)
    {
        var form = await OpenAsync(chat);
        await FillAsync(form, invoiceNumber);
        return await ContinueAndSendAsync(chat, form, invoiceNumber);
    }

    /// <summary>Opens the form from the menu; the locator stays on this first copy of the form when newer copies arrive.</summary>
    public static async Task<ILocator> OpenAsync(Playground chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
        await chat.ClickAsync("File a request");
        await chat.ClickAsync("Report a KPI discrepancy");
        await Expect(chat.LastCard).ToContainTextAsync("KPI discrepancy");
        return chat.Page.Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { Has = chat.Page.GetByLabel("Invoice number") }).First;
    }

    /// <param name="revenue">The revenue as typed; the default is one the bot takes.</param>
    public static async Task FillAsync(ILocator form, string invoiceNumber, string revenue = "2500")
    {
        ArgumentNullException.ThrowIfNull(form);
        var invoiceMonth = DateTime.Today.AddMonths(-2);
        await form.GetByLabel("Invoice month").SelectOptionAsync(invoiceMonth.Month.ToString(CultureInfo.InvariantCulture));
        await form.GetByLabel("Invoice year").FillAsync(invoiceMonth.Year.ToString(CultureInfo.InvariantCulture));
        await form.GetByLabel("OMLP type").FillAsync("Courseware");
        await form.GetByLabel("Purchase unit").FillAsync("Contoso EMEA");
        await form.GetByLabel("Invoice number").FillAsync(invoiceNumber);
        await form.GetByLabel("KPI value").FillAsync("25");
        await form.GetByLabel("Revenue value").FillAsync(revenue);
        await form.GetByLabel("Currency (ISO code)").SelectOptionAsync("EUR");
        await form.GetByLabel("Document type").SelectOptionAsync(new SelectOptionValue { Label = "Invoice" });
        await form.GetByLabel("Comment (optional)").FillAsync("Filed by the end-to-end tests.");
    }

    /// <summary>Clicks this card's Continue (not a newer copy's), checks the confirm card and sends; returns the reference.</summary>
    public static async Task<string> ContinueAndSendAsync(Playground chat, ILocator form, string invoiceNumber)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(form);
        await ContinueAsync(form);

        var confirm = chat.LastCard;
        await Expect(confirm).ToContainTextAsync("Send this to Partner Frontline Support?");
        await Expect(confirm).ToContainTextAsync(invoiceNumber);
        await chat.ClickAsync("Send");

        var sent = chat.Page.GetByText(SentMessage()).First;
        await Expect(sent).ToBeVisibleAsync();
        return SentMessage().Match(await sent.InnerTextAsync()).Groups["reference"].Value;
    }

    public static Task ContinueAsync(ILocator form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Continue", Exact = true }).ClickAsync();
    }

    [GeneratedRegex(@"Your reference is (?<reference>LP-\d{4}-\d+);")]
    private static partial Regex SentMessage();
}
