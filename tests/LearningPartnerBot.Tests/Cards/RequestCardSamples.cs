using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Requests.DirectoryListing;
using LearningPartnerBot.Requests.Discrepancy;
using LearningPartnerBot.Tests.Requests;
using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Tests.Cards;

/// <summary>The request forms and their confirmation card, bound through the request card builders.</summary>
internal static class RequestCardSamples
{
    private const string Instance = "instance-1";

    private static readonly CardLibrary Library = new();
    private static readonly Dictionary<string, string> None = [];
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly DirectoryUpdate Update = DirectoryUpdateSchedule.For(new DateOnly(2026, 3, 10));

    public static IEnumerable<(string, JsonObject)> DiscrepancyForms(string language)
    {
        var strings = Strings(language);
        var cards = new DiscrepancyCards(Library);
        var submitted = new Dictionary<string, string> { [DiscrepancyForm.Year] = "2020", [DiscrepancyForm.Month] = "13", [DiscrepancyForm.KpiValue] = "abc" };
        var check = DiscrepancyForm.Check(submitted, new DateOnly(2026, 3, 10), strings);
        yield return ("empty", Json(cards.Form(Instance, None, None, SampleRequesters.Linked(), Today, strings).Content));
        yield return ("with errors", Json(cards.Form(Instance, check.Kept, check.Errors, SampleRequesters.Linked(), Today, strings).Content));
        yield return ("asking an unlinked requester for their partner", Json(cards.Form(Instance, None, None, SampleRequesters.Unlinked("NL"), Today, strings).Content));
    }

    public static IEnumerable<(string, JsonObject)> DirectoryForms(string language)
    {
        var strings = Strings(language);
        var cards = new DirectoryCards(Library);
        var values = new Dictionary<string, string> { [DirectoryForm.LandingPage] = "https://learn.other.example/ms" };
        var errors = new Dictionary<string, string> { [DirectoryForm.HostConfirmed] = strings.ErrorConfirm };
        yield return ("empty", Json(cards.Form(Instance, None, None, SampleRequesters.Unlinked(), null, Update, strings).Content));
        yield return ("with a host warning and errors", Json(cards.Form(Instance, values, errors, SampleRequesters.Linked(), "warning", Update, strings).Content));
    }

    public static IEnumerable<(string, JsonObject)> Confirmations(string language)
    {
        var strings = Strings(language);
        var discrepancy = new DiscrepancyCards(Library);
        var payload = new KpiDiscrepancyPayload(1, 2026, "Courseware", "Seat", "INV-202601-005", 80, 2000, "GBP", DiscrepancyForm.Invoice, "Missing 10");
        var stored = new KpiRecord
        {
            PartnerMpnId = "1", Month = 1, Year = 2026, OmlpType = "Courseware", PurchaseUnit = "Seat", InvoiceNumber = "INV-202601-005",
            KpiValue = 70, RevenueValue = 1750, Currency = "GBP", Competency = "Cloud Platform",
        };
        var listing = new DirectoryListingPayload("Tailspin", "GB", new Uri("https://tailspin.example/ms"), true, true, true, true, Update.BatchStart, Update.VisibleBy);
        yield return ("discrepancy beside the stored line", Json(discrepancy.Confirm(Instance, payload, SampleRequesters.LinkedPartner, [stored], strings).Content));
        yield return ("discrepancy for an invoice not stored", Json(discrepancy.Confirm(Instance, payload, SampleRequesters.LinkedPartner, [], strings).Content));
        yield return ("discrepancy for an unknown partner", Json(discrepancy.Confirm(Instance, payload, SampleRequesters.Stated(), null, strings).Content));
        yield return ("directory listing", Json(new DirectoryCards(Library).Confirm(Instance, listing, SampleRequesters.Stated(), strings).Content));
    }

    private static RequestStrings Strings(string language) => RequestStrings.Get(CultureInfo.GetCultureInfo(language));

    private static JsonObject Json(object? content) => JsonNode.Parse(JsonSerializer.Serialize(content))!.AsObject();
}
