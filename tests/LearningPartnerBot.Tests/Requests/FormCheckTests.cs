using System.Globalization;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Requests.DirectoryListing;
using LearningPartnerBot.Requests.Discrepancy;

namespace LearningPartnerBot.Tests.Requests;

/// <summary>The server-side checks a partner meets when a form comes back: numbers, dates, invoice numbers, landing pages.</summary>
public sealed class FormCheckTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Theory]
    [InlineData("en", "1,234.50", 1234.5)]
    [InlineData("en", "1234.5", 1234.5)]
    [InlineData("en", "0", 0)]
    [InlineData("nl", "1.234,50", 1234.5)]
    [InlineData("nl", "1234,5", 1234.5)]
    [InlineData("tr", "1.234.567,25", 1234567.25)]
    public void Amounts_are_read_in_the_partners_number_format(string language, string text, double expected)
    {
        Assert.True(LocalizedNumber.TryParse(text, CultureInfo.GetCultureInfo(language), out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("en", "1.234,50")]
    [InlineData("nl", "1.5")]
    [InlineData("nl", "-3")]
    [InlineData("tr", "12,34,5")]
    [InlineData("en", "abc")]
    public void Amounts_in_another_format_or_negative_are_refused(string language, string text)
    {
        Assert.False(LocalizedNumber.TryParse(text, CultureInfo.GetCultureInfo(language), out _));
    }

    [Theory]
    [InlineData("3", "2026", null)]
    [InlineData("4", "2026", "future")]
    [InlineData("12", "2014", "year")]
    [InlineData("1", "2027", "year")]
    [InlineData("0", "2025", "month")]
    public void The_invoice_month_must_be_a_month_from_2015_up_to_this_one(string month, string year, string? problem)
    {
        var strings = RequestStrings.Get(CultureInfo.GetCultureInfo("en"));
        var check = DiscrepancyForm.Check(new Dictionary<string, string> { [DiscrepancyForm.Month] = month, [DiscrepancyForm.Year] = year }, Today, strings);

        var expected = problem switch
        {
            "future" => (DiscrepancyForm.Month, strings.ErrorFutureMonth("March 2026")),
            "year" => (DiscrepancyForm.Year, strings.ErrorYear(2015, 2026)),
            "month" => (DiscrepancyForm.Month, strings.ErrorMonth),
            _ => ((string, string)?)null,
        };
        var dateErrors = check.Errors.Where(e => e.Key is DiscrepancyForm.Month or DiscrepancyForm.Year).Select(e => (e.Key, e.Value)).ToList();
        Assert.Equal(expected is { } error ? [error] : [], dateErrors);
    }

    [Theory]
    [InlineData("INV-202601-005", true)]
    [InlineData("2026/00123", true)]
    [InlineData("AB", false)]
    [InlineData("INV 2026", false)]
    [InlineData("-INV2026", false)]
    public void Invoice_numbers_have_a_sane_shape(string invoice, bool accepted)
    {
        var strings = RequestStrings.Get(CultureInfo.GetCultureInfo("nl"));
        var check = DiscrepancyForm.Check(new Dictionary<string, string> { [DiscrepancyForm.InvoiceNumber] = invoice }, Today, strings);

        Assert.Equal(accepted, !check.Errors.ContainsKey(DiscrepancyForm.InvoiceNumber));
    }

    [Theory]
    [InlineData("https://tailspin.example/microsoft", "https://tailspin.example", true)]
    [InlineData("https://learn.tailspin.example/ms", "https://www.tailspin.example", true)]
    [InlineData("https://www.tailspin.example/ms", "tailspin.example", true)]
    [InlineData("https://tailspin.example.evil.example/ms", "https://tailspin.example", false)]
    [InlineData("https://notailspin.example/ms", "https://tailspin.example", false)]
    public void A_landing_page_is_on_the_partners_site_or_a_subdomain(string page, string website, bool onSite)
    {
        Assert.Equal(onSite, DirectoryForm.IsOnSite(new Uri(page), DirectoryForm.Website(website)!));
    }

    [Theory]
    [InlineData("http://tailspin.example/ms")]
    [InlineData("tailspin.example/ms")]
    [InlineData("https://localhost/ms")]
    public void A_landing_page_must_be_an_absolute_https_url(string page)
    {
        var strings = RequestStrings.Get(CultureInfo.GetCultureInfo("tr"));
        var check = DirectoryForm.Check(new Dictionary<string, string> { [DirectoryForm.LandingPage] = page }, null, Today, strings);

        Assert.Equal(strings.ErrorUrl, check.Errors[DirectoryForm.LandingPage]);
    }

    [Theory]
    [InlineData("T", "Use 2 to 100 characters.")]
    [InlineData("Tailspin Academy", null)]
    public void A_directory_name_too_short_says_how_long_it_may_be(string name, string? problem)
    {
        var strings = RequestStrings.Get(CultureInfo.GetCultureInfo("en"));
        var check = DirectoryForm.Check(new Dictionary<string, string> { [DirectoryForm.DisplayName] = name }, null, Today, strings);

        Assert.Equal(problem, check.Errors.GetValueOrDefault(DirectoryForm.DisplayName));
    }
}
