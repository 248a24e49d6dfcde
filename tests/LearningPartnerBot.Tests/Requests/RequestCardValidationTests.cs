using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Requests.DirectoryListing;
using LearningPartnerBot.Requests.Discrepancy;

namespace LearningPartnerBot.Tests.Requests;

/// <summary>
/// The checks Teams and Web Chat run before a form is sent (Adaptive Cards 1.5 isRequired, maxLength, regex, min/max
/// and errorMessage) against the server's: the card never stops a value the server takes, stops what it can in the
/// partner's language with the server's own message, and asks for exactly the fields the server requires.
/// </summary>
public sealed class RequestCardValidationTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly CardLibrary Library = new();
    private static readonly Dictionary<string, string> None = [];

    public static TheoryData<string> Languages => ["en", "nl", "tr"];

    /// <summary>Values to try on every patterned input: good ones, near misses and junk.</summary>
    private static readonly string[] Probes =
    [
        "", " ", "1", "12", "1234567", "12345678", "123456O", "1 234 567", "-5", "12.5", "12,5", "1,234.50", "1.234,50", "1.2.3",
        "abc", "INV-202601-005", "INV 2026 001", "2026/00123", "-INV2026", "AB", "https://tailspin.example/ms", "http://tailspin.example/ms",
        "https://localhost/ms", "https://user@tailspin.example/ms", "tailspin.example", "HTTPS://TAILSPIN.EXAMPLE", "١٢٣٤٥٦٧",
    ];

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_card_requires_exactly_the_fields_the_server_requires(string language)
    {
        var strings = Strings(language);
        foreach (var (form, inputs) in Forms(strings))
        {
            var cardRequired = inputs.Where(i => i["isRequired"]?.GetValue<bool>() == true).Select(Id).Order().ToList();
            var serverRequired = inputs.Select(Id).Where(id => ServerError(form, id, string.Empty, strings) == strings.ErrorRequired).Order().ToList();
            Assert.Equal(serverRequired, cardRequired);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_pattern_on_the_card_refuses_only_what_the_server_refuses_and_says_what_the_server_says(string language)
    {
        var strings = Strings(language);
        var patterned = 0;
        foreach (var (form, inputs) in Forms(strings))
        {
            foreach (var input in inputs.Where(i => i["regex"] is not null))
            {
                patterned++;
                var id = Id(input);
                var regex = new Regex(input["regex"]!.GetValue<string>(), RegexOptions.ECMAScript);
                // The card takes no more than maxLength characters, so a longer probe never meets the pattern.
                var maxLength = input["maxLength"]?.GetValue<int>() ?? int.MaxValue;
                foreach (var probe in Probes.Where(p => p.Length > 0 && p.Length <= maxLength))
                {
                    var server = ServerError(form, id, probe, strings);
                    if (!regex.IsMatch(probe))
                    {
                        Assert.True(server is not null, $"{form}.{id}: the card refuses '{probe}', which the server takes");
                        if (server != strings.ErrorRequired)
                        {
                            Assert.Equal(server, input["errorMessage"]!.GetValue<string>());
                        }
                    }
                    else if (id is PartnerFields.MpnId or DiscrepancyForm.InvoiceNumber)
                    {
                        Assert.True(server is null, $"{form}.{id}: the card lets '{probe}' through, which the server refuses: {server}");
                    }
                }
            }
        }

        Assert.Equal(6, patterned);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_length_limit_on_the_card_is_the_servers(string language)
    {
        var strings = Strings(language);
        foreach (var (form, inputs) in Forms(strings))
        {
            foreach (var input in inputs.Where(i => i["maxLength"] is not null))
            {
                var id = Id(input);
                var max = input["maxLength"]!.GetValue<int>();
                var filler = id switch
                {
                    PartnerFields.MpnId or DiscrepancyForm.KpiValue or DiscrepancyForm.RevenueValue => '1',
                    _ => 'A',
                };
                Assert.Null(ServerError(form, id, new string(filler, max), strings));
                Assert.NotNull(ServerError(form, id, new string(filler, max + 1), strings));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_year_on_the_card_runs_from_the_first_program_year_to_this_one(string language)
    {
        var strings = Strings(language);
        var year = Assert.Single(Forms(strings).First().Inputs, i => Id(i) == DiscrepancyForm.Year);

        var (min, max) = (year["min"]!.GetValue<int>(), year["max"]!.GetValue<int>());

        Assert.Equal((DiscrepancyForm.FirstYear, Today.Year), (min, max));
        Assert.Equal(strings.ErrorYear(min, max), year["errorMessage"]!.GetValue<string>());
        Assert.Null(ServerError("discrepancy", DiscrepancyForm.Year, Invariant(min), strings));
        Assert.Null(ServerError("discrepancy", DiscrepancyForm.Year, Invariant(max), strings));
        Assert.Equal(strings.ErrorYear(min, max), ServerError("discrepancy", DiscrepancyForm.Year, Invariant(min - 1), strings));
        Assert.Equal(strings.ErrorYear(min, max), ServerError("discrepancy", DiscrepancyForm.Year, Invariant(max + 1), strings));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_checked_input_explains_itself_in_the_partners_language(string language)
    {
        var strings = Strings(language);
        var english = Strings("en");
        foreach (var (_, inputs) in Forms(strings))
        {
            foreach (var input in inputs.Where(i => i["isRequired"] is not null || i["regex"] is not null))
            {
                var message = input["errorMessage"]?.GetValue<string>();
                Assert.False(string.IsNullOrWhiteSpace(message), $"{Id(input)} has no errorMessage");
                if (language != "en")
                {
                    Assert.DoesNotContain(message, new[] { english.ErrorRequired, english.ErrorInvoiceNumber, english.ErrorMpnId(7), english.ErrorUrl, english.ErrorCurrency });
                }
            }
        }
    }

    /// <summary>The unlinked requester's forms, where every input shows (the MPN ID and company name too).</summary>
    private static IEnumerable<(string Form, IReadOnlyList<JsonObject> Inputs)> Forms(RequestStrings strings)
    {
        var requester = SampleRequesters.Unlinked("NL");
        var discrepancy = new DiscrepancyCards(Library).Form("i", None, None, requester, Today, strings);
        var directory = new DirectoryCards(Library).Form("i", None, None, requester, null, DirectoryUpdateSchedule.For(Today), strings);
        yield return ("discrepancy", Inputs(discrepancy.Content));
        yield return ("directory", Inputs(directory.Content));
    }

    private static IReadOnlyList<JsonObject> Inputs(object? content)
    {
        // The template holds the year twice (with and without a value); only one of them is ever bound.
        return RequestCards.Inputs(JsonNode.Parse(JsonSerializer.Serialize(content))!);
    }

    /// <summary>What the server says about <paramref name="value"/> in <paramref name="field"/> of <paramref name="form"/>, or null.</summary>
    private static string? ServerError(string form, string field, string value, RequestStrings strings)
    {
        var submitted = new Dictionary<string, string> { [field] = value };
        if (PartnerFields.Fields.Contains(field))
        {
            return PartnerFields.Check(submitted, SampleRequesters.Unlinked(), strings).Errors.GetValueOrDefault(field);
        }

        return form == "discrepancy"
            ? DiscrepancyForm.Check(submitted, Today, strings).Errors.GetValueOrDefault(field)
            : DirectoryForm.Check(submitted, null, Today, strings).Errors.GetValueOrDefault(field);
    }

    private static string Id(JsonObject input) => input["id"]!.GetValue<string>();

    private static string Invariant(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static RequestStrings Strings(string language) => RequestStrings.Get(CultureInfo.GetCultureInfo(language));
}
