using System.Globalization;
using BotKit.Schema;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Requests.Discrepancy;
using LearningPartnerBot.Tests.Knowledge.Chat;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Requests;

/// <summary>
/// Each message names the actual problem, and the rejected value comes back as typed beside it: Tom of Tailspin fills
/// the KPI discrepancy form in en/nl/tr on 10 March 2026, turn by turn, with one wrong field at a time.
/// </summary>
public sealed class FormMessageTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Locales => new()
    {
        { "en-US", "1,234.50" },
        { "nl-NL", "1.234,50" },
        { "tr-TR", "1.234,50" },
    };

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task A_five_thousand_digit_revenue_is_too_long_not_missing(string locale, string kpi)
    {
        var strings = Strings(locale);
        var revenue = new string('9', 5000);

        var (errors, values) = await SubmitWithAsync(locale, kpi, DiscrepancyForm.RevenueValue, revenue);

        Assert.Equal(new Dictionary<string, string> { [DiscrepancyForm.RevenueValue] = strings.ErrorTooLong(AmountField.MaxLength) }, errors);
        Assert.StartsWith("999", values[DiscrepancyForm.RevenueValue], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "1,234.50", "12,5", "12,5 — did you mean 12.5? Use a point for decimals and a comma for thousands.")]
    [InlineData("nl-NL", "1.234,50", "12.5", "12.5 — bedoelde u 12,5? Gebruik een komma voor decimalen en een punt voor duizendtallen.")]
    [InlineData("tr-TR", "1.234,50", "12.5", "12.5 — 12,5 mi demek istediniz? Ondalık için virgül, binlik için nokta kullanın.")]
    [InlineData("nl-NL", "1.234,50", "1,234.5", "1,234.5 — bedoelde u 1.234,5? Gebruik een komma voor decimalen en een punt voor duizendtallen.")]
    public async Task An_amount_in_the_other_format_is_answered_with_what_was_understood(string locale, string kpi, string typed, string expected)
    {
        var (errors, values) = await SubmitWithAsync(locale, kpi, DiscrepancyForm.RevenueValue, typed);

        Assert.Equal(new Dictionary<string, string> { [DiscrepancyForm.RevenueValue] = expected }, errors);
        Assert.Equal(typed, values[DiscrepancyForm.RevenueValue]);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task An_invoice_number_with_spaces_is_refused_and_kept_as_typed(string locale, string kpi)
    {
        var strings = Strings(locale);

        var (errors, values) = await SubmitWithAsync(locale, kpi, DiscrepancyForm.InvoiceNumber, "INV 2026 001");

        Assert.Equal(new Dictionary<string, string> { [DiscrepancyForm.InvoiceNumber] = strings.ErrorInvoiceNumber }, errors);
        Assert.Equal("INV 2026 001", values[DiscrepancyForm.InvoiceNumber]);
    }

    [Theory]
    [InlineData("en-US", "1,234.50", "The invoice month cannot be in the future: the latest you can report is March 2026.")]
    [InlineData("nl-NL", "1.234,50", "De factuurmaand kan niet in de toekomst liggen: de laatste maand die u kunt melden is maart 2026.")]
    [InlineData("tr-TR", "1.234,50", "Fatura ayı gelecekte olamaz: bildirebileceğiniz en son ay Mart 2026.")]
    public async Task A_future_month_names_the_latest_month_allowed(string locale, string kpi, string expected)
    {
        var (errors, values) = await SubmitWithAsync(locale, kpi, DiscrepancyForm.Month, "4");

        Assert.Equal(new Dictionary<string, string> { [DiscrepancyForm.Month] = expected }, errors);
        Assert.Equal("4", values[DiscrepancyForm.Month]);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task A_currency_not_on_the_ISO_list_is_refused(string locale, string kpi)
    {
        var strings = Strings(locale);

        var (errors, values) = await SubmitWithAsync(locale, kpi, DiscrepancyForm.Currency, "XYZ");

        Assert.Equal(new Dictionary<string, string> { [DiscrepancyForm.Currency] = strings.ErrorCurrency }, errors);
        Assert.Equal("XYZ", values[DiscrepancyForm.Currency]);
    }

    [Theory]
    [InlineData("en-US", "USD")]
    [InlineData("en-GB", "GBP")]
    [InlineData("nl-NL", "EUR")]
    [InlineData("tr-TR", "TRY")]
    public async Task The_currency_list_starts_with_the_partners_own(string locale, string first)
    {
        using var chat = Chat(locale);
        Activity? form = null;

        await chat.Flow().Send(RequestCards.FileRequest(TopicActions.KpiDiscrepancy)).AssertReply(reply => form = reply).StartTestAsync();

        var currency = RequestCards.Inputs(form!).Single(i => i["id"]!.GetValue<string>() == DiscrepancyForm.Currency);
        var choices = currency["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()).ToList();
        Assert.Equal("Input.ChoiceSet", currency["type"]!.GetValue<string>());
        Assert.Equal(first, choices[0]);
        Assert.Equal(choices.Count, choices.Distinct().Count());
        Assert.Contains("JPY", choices);
        Assert.DoesNotContain("XYZ", choices);
    }

    [Theory]
    [InlineData("en", "2025.5")]
    [InlineData("nl", "2025,5")]
    [InlineData("tr", "2025,5")]
    public void A_year_with_decimals_is_told_to_be_a_whole_number(string language, string year)
    {
        var strings = RequestStrings.Get(CultureInfo.GetCultureInfo(language));

        var check = DiscrepancyForm.Check(new Dictionary<string, string> { [DiscrepancyForm.Month] = "1", [DiscrepancyForm.Year] = year }, new DateOnly(2026, 3, 10), strings);

        Assert.Equal(strings.ErrorWholeNumber, check.Errors[DiscrepancyForm.Year]);
        Assert.Equal(year, check.Kept[DiscrepancyForm.Year]);
    }

    /// <summary>Opens the form, submits a valid one with <paramref name="field"/> set to <paramref name="value"/>; the errors and values of the form that comes back.</summary>
    private async Task<(Dictionary<string, string> Errors, Dictionary<string, string> Values)> SubmitWithAsync(string locale, string kpi, string field, string value)
    {
        using var chat = Chat(locale);
        Activity? form = null;
        Activity? again = null;
        var entered = DiscrepancyConversationTests.Valid(kpi);
        entered[field] = value;

        await chat.Flow().Send(RequestCards.FileRequest(TopicActions.KpiDiscrepancy)).AssertReply(reply => form = reply).StartTestAsync();
        await chat.Flow().Send(RequestCards.Click(form!, FormSubmit.Submit, entered)).AssertReply(reply => again = reply).StartTestAsync();

        Assert.Empty(await chat.Tickets.ListForRequesterAsync(chat.RequesterId));
        return (RequestCards.Errors(again!), RequestCards.Values(again!));
    }

    private ChatHarness Chat(string locale)
    {
        var chat = new ChatHarness(locale, output, seedDemoData: true);
        chat.SignInOnTeams("demo-tom-tailspin");
        return chat;
    }

    private static RequestStrings Strings(string locale) => RequestStrings.Get(LocaleResolver.Resolve(new Activity { Locale = locale }));
}
