using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Requests.DirectoryListing;
using LearningPartnerBot.Requests.Discrepancy;
using LearningPartnerBot.Tickets;
using TestSupport;

namespace LearningPartnerBot.Tests.Requests;

/// <summary>The request cards, empty, with errors and with stored values, are valid Adaptive Cards 1.5 in every language.</summary>
public sealed class RequestCardSchemaTests
{
    private static readonly SchemaValidator AdaptiveCard = Schemas.Load("adaptive-card-1.5.json");
    private static readonly CardLibrary Library = new();
    private static readonly Dictionary<string, string> None = [];

    public static TheoryData<string> Languages => ["en", "nl", "tr"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_discrepancy_form_empty_and_with_errors_is_valid(string language)
    {
        var strings = Strings(language);
        var cards = new DiscrepancyCards(Library);
        var submitted = new Dictionary<string, string> { [DiscrepancyForm.Year] = "2020", [DiscrepancyForm.Month] = "13", [DiscrepancyForm.KpiValue] = "abc" };
        var check = DiscrepancyForm.Check(submitted, new DateOnly(2026, 3, 10), strings);

        AssertValid(cards.Form("instance", None, None, SampleRequesters.Unlinked("TR"), new DateOnly(2026, 3, 10), strings).Content);
        AssertValid(cards.Form("instance", check.Kept, check.Errors, SampleRequesters.Linked(), new DateOnly(2026, 3, 10), strings).Content);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_confirm_card_with_and_without_stored_values_is_valid(string language)
    {
        var strings = Strings(language);
        var cards = new DiscrepancyCards(Library);
        var payload = new KpiDiscrepancyPayload(1, 2026, "Courseware", "Seat", "INV-202601-005", 80, 2000, "GBP", DiscrepancyForm.Invoice, "Missing 10");
        var stored = new KpiRecord
        {
            PartnerMpnId = "1", Month = 1, Year = 2026, OmlpType = "Courseware", PurchaseUnit = "Seat", InvoiceNumber = "INV-202601-005",
            KpiValue = 70, RevenueValue = 1750, Currency = "GBP", Competency = "Cloud Platform",
        };

        AssertValid(cards.Confirm("instance", payload, SampleRequesters.LinkedPartner, [stored], strings).Content);
        AssertValid(cards.Confirm("instance", payload, SampleRequesters.LinkedPartner, [], strings).Content);
        AssertValid(cards.Confirm("instance", payload, SampleRequesters.Stated(), null, strings).Content);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_directory_form_and_its_confirm_card_are_valid(string language)
    {
        var strings = Strings(language);
        var cards = new DirectoryCards(Library);
        var update = DirectoryUpdateSchedule.For(new DateOnly(2026, 3, 10));
        var values = new Dictionary<string, string> { [DirectoryForm.LandingPage] = "https://learn.other.example/ms" };
        var payload = new DirectoryListingPayload("Tailspin", "GB", new Uri("https://tailspin.example/ms"), true, true, true, false, update.BatchStart, update.VisibleBy);

        AssertValid(cards.Form("instance", None, None, SampleRequesters.Unlinked(), null, update, strings).Content);
        AssertValid(cards.Form("instance", values, new Dictionary<string, string> { [DirectoryForm.HostConfirmed] = strings.ErrorConfirm }, SampleRequesters.Linked(), "warning", update, strings).Content);
        AssertValid(cards.Confirm("instance", payload, SampleRequesters.LinkedPartner, strings).Content);
    }

    private static void AssertValid(object? content)
    {
        var card = JsonNode.Parse(JsonSerializer.Serialize(content))!;
        var result = AdaptiveCard.Validate(card);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
    }

    private static RequestStrings Strings(string language) => RequestStrings.Get(CultureInfo.GetCultureInfo(language));
}
