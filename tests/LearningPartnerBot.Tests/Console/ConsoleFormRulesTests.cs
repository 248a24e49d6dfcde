using BotKit.Schema;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Tests.Knowledge.Chat;
using LearningPartnerBot.Tickets;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Console;

/// <summary>
/// The console chat's field-by-field form keeps the card's rules: a pattern the card checks stops the answer at once
/// with the card's message, a value the bot refuses comes back with its message beside the question and the typed
/// value offered again, and someone linked to no partner record is asked for the MPN ID and company name. In en/nl/tr.
/// </summary>
public sealed class ConsoleFormRulesTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("en-US", "1,234.50", "12,5", "12.5")]
    [InlineData("nl-NL", "1.234,50", "12.5", "12,5")]
    [InlineData("tr-TR", "1.234,50", "12.5", "12,5")]
    public async Task A_wrong_value_is_named_beside_its_question_and_corrected_without_retyping_the_rest(string locale, string kpi, string wrongRevenue, string revenue)
    {
        var strings = RequestStrings.Get(LocaleResolver.Resolve(new Activity { Locale = locale }));
        using var chat = new ChatHarness(locale, output);
        string[] typed =
        [
            "3", // the welcome card's "File a request"
            "1", // the menu's KPI discrepancy
            "1", // the form's Continue, which asks each field in turn:
            "12345", // five digits: the card's own check refuses them before anything is sent
            "1234567", "Fabrikam Training", "1", "2026", "Courseware", "Contoso EMEA", "INV-202601-005", kpi, wrongRevenue, "eur", "1", "",
            "1", // the form comes back with the revenue refused; its Continue asks again, each value offered to keep:
            "", "", "", "", "", "", "", "", revenue, "", "", "",
            "1", // the confirm card's Send
        ];

        var printed = ConsoleChatTests.Normalize(await chat.ConsoleAsync(string.Join("\n", typed)));

        var mpnIdMessage = strings.ErrorMpnId(PartnerFields.MpnIdLength);
        Assert.Contains(mpnIdMessage + "\n", printed, StringComparison.Ordinal);
        var separatorMessage = strings.ErrorDecimalSeparator(wrongRevenue, revenue);
        // Beside the revenue question when the form is asked again, not only somewhere on the re-sent card.
        Assert.Contains($"{strings.FieldRevenueValue}", printed[..printed.IndexOf($"\n  ! {separatorMessage}\n", StringComparison.Ordinal)].Split('\n')[^1], StringComparison.Ordinal);

        using var db = chat.TicketsDatabase.Factory.CreateDbContext();
        var ticket = Assert.Single(db.Tickets);
        var payload = Assert.IsType<KpiDiscrepancyPayload>(TicketJson.Deserialize(ticket.PayloadJson));
        Assert.Equal((12.5m, 1234.5m, "EUR"), (payload.RevenueValue, payload.KpiValue, payload.Currency));
        Assert.Equal(("1234567", "Fabrikam Training", true), (ticket.PartnerMpnId, ticket.PartnerName, ticket.PartnerStatedByRequester));
    }
}
