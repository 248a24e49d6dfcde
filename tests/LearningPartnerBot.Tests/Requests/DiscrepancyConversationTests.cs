using BotKit.Schema;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Requests.Discrepancy;
using LearningPartnerBot.Tests.Knowledge.Chat;
using LearningPartnerBot.Tickets;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Requests;

/// <summary>
/// The KPI discrepancy form from the FAQ's "File this request" to the reference, on the real ticket store, in
/// en/nl/tr on 10 March 2026, for Tom of the demo partner Tailspin Academy.
/// </summary>
public sealed class DiscrepancyConversationTests(ITestOutputHelper output)
{
    private const string Tom = "demo-tom-tailspin";

    public static TheoryData<string, string> Locales => new()
    {
        // locale, a KPI value written the way that language writes it
        { "en-US", "1,234.50" },
        { "nl-NL", "1.234,50" },
        { "tr-TR", "1.234,50" },
    };

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Two_invalid_fields_come_back_with_both_errors_and_every_value_as_typed(string locale, string kpi)
    {
        var strings = Strings(locale);
        using var chat = Chat(locale);
        Activity? form = null;
        Activity? again = null;
        var entered = Valid(kpi);
        entered[DiscrepancyForm.Year] = "2031";
        entered[DiscrepancyForm.RevenueValue] = "-5";

        await chat.Flow().Send(RequestCards.FileRequest(TopicActions.KpiDiscrepancy)).AssertReply(reply => form = reply).StartTestAsync();
        await chat.Flow().Send(RequestCards.Click(form!, FormSubmit.Submit, entered)).AssertReply(reply => again = reply).StartTestAsync();

        Assert.Equal(
            new Dictionary<string, string>
            {
                [DiscrepancyForm.Year] = strings.ErrorYear(2015, 2026),
                [DiscrepancyForm.RevenueValue] = strings.ErrorNumber(LocalizedNumber.Format(1234.5m, strings.Culture)),
            },
            RequestCards.Errors(again!));
        // The rejected year and revenue come back as typed, beside their messages, to be corrected rather than retyped.
        var kept = RequestCards.Values(again!);
        Assert.Equal(entered.OrderBy(e => e.Key), kept.OrderBy(e => e.Key));
        Assert.Contains(strings.FixErrors, RequestCards.Texts(again!));
        Assert.Empty(await MyTickets(chat));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task An_order_confirmation_is_refused_with_the_articles_rule(string locale, string kpi)
    {
        var strings = Strings(locale);
        using var chat = Chat(locale);
        Activity? form = null;
        Activity? again = null;
        var entered = Valid(kpi);
        entered[DiscrepancyForm.DocumentType] = DiscrepancyForm.OrderConfirmation;

        await chat.Flow().Send(RequestCards.FileRequest(TopicActions.KpiDiscrepancy)).AssertReply(reply => form = reply).StartTestAsync();
        await chat.Flow().Send(RequestCards.Click(form!, FormSubmit.Submit, entered)).AssertReply(reply => again = reply).StartTestAsync();

        Assert.Equal(strings.ErrorNotInvoice, Assert.Single(RequestCards.Errors(again!)).Value);
        Assert.Equal(DiscrepancyForm.OrderConfirmation, RequestCards.Values(again!)[DiscrepancyForm.DocumentType]);
        Assert.Empty(await MyTickets(chat));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task A_valid_form_is_confirmed_beside_the_stored_invoice_and_files_one_ticket(string locale, string kpi)
    {
        var strings = Strings(locale);
        using var chat = Chat(locale);
        Activity? form = null;
        Activity? confirm = null;
        Activity? sent = null;

        await chat.Flow().Send(RequestCards.FileRequest(TopicActions.KpiDiscrepancy)).AssertReply(reply => form = reply).StartTestAsync();
        await chat.Flow().Send(RequestCards.Click(form!, FormSubmit.Submit, Valid(kpi))).AssertReply(reply => confirm = reply).StartTestAsync();
        Assert.Empty(await MyTickets(chat));
        await chat.Flow().Send(RequestCards.Click(confirm!, FormSubmit.Send)).AssertReply(reply => sent = reply).StartTestAsync();

        var texts = RequestCards.Texts(confirm!);
        Assert.Equal(strings.ConfirmTitle, texts[0]);
        Assert.Contains(strings.ColumnStored, texts);
        Assert.Contains(LocalizedNumber.Format(1234.5m, strings.Culture), texts);
        Assert.Contains(LocalizedNumber.Format(StoredInvoice(chat).KpiValue, strings.Culture), texts);
        var ticket = Assert.Single(await MyTickets(chat));
        Assert.Equal(TicketType.KpiDiscrepancy, ticket.Type);
        Assert.Equal(strings.Sent(ticket.Reference), sent!.Text);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task The_same_send_twice_files_one_ticket_and_shows_the_same_reference(string locale, string kpi)
    {
        var strings = Strings(locale);
        using var chat = Chat(locale);
        Activity? form = null;
        Activity? confirm = null;
        Activity? first = null;
        Activity? second = null;

        await chat.Flow().Send(RequestCards.FileRequest(TopicActions.KpiDiscrepancy)).AssertReply(reply => form = reply).StartTestAsync();
        await chat.Flow().Send(RequestCards.Click(form!, FormSubmit.Submit, Valid(kpi))).AssertReply(reply => confirm = reply).StartTestAsync();
        var send = RequestCards.Click(confirm!, FormSubmit.Send);
        await chat.Flow()
            .Send(send).AssertReply(reply => first = reply)
            .Send(RequestCards.Click(confirm!, FormSubmit.Send)).AssertReply(reply => second = reply)
            .StartTestAsync();

        var ticket = Assert.Single(await MyTickets(chat));
        Assert.Equal(strings.Sent(ticket.Reference), first!.Text);
        Assert.Equal(strings.AlreadySent(ticket.Reference), second!.Text);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Cancel_on_the_confirm_card_sends_nothing(string locale, string kpi)
    {
        var strings = Strings(locale);
        using var chat = Chat(locale);
        Activity? form = null;
        Activity? confirm = null;

        await chat.Flow().Send(RequestCards.FileRequest(TopicActions.KpiDiscrepancy)).AssertReply(reply => form = reply).StartTestAsync();
        await chat.Flow().Send(RequestCards.Click(form!, FormSubmit.Submit, Valid(kpi))).AssertReply(reply => confirm = reply).StartTestAsync();
        await chat.Flow().Send(RequestCards.Click(confirm!, FormSubmit.Cancel)).AssertReply(strings.Cancelled).StartTestAsync();

        Assert.Empty(await MyTickets(chat));
    }

    private ChatHarness Chat(string locale)
    {
        var chat = new ChatHarness(locale, output, seedDemoData: true);
        chat.SignInOnTeams(Tom);
        return chat;
    }

    /// <summary>A discrepancy for Tailspin's January invoice that passes every check, with the KPI value as that language writes it.</summary>
    internal static Dictionary<string, string> Valid(string kpi) => new()
    {
        [DiscrepancyForm.Month] = "1",
        [DiscrepancyForm.Year] = "2026",
        [DiscrepancyForm.OmlpType] = "Courseware",
        [DiscrepancyForm.PurchaseUnit] = "Contoso EMEA",
        [DiscrepancyForm.InvoiceNumber] = TailspinJanuaryInvoice,
        [DiscrepancyForm.KpiValue] = kpi,
        [DiscrepancyForm.RevenueValue] = "900",
        [DiscrepancyForm.Currency] = "eur",
        [DiscrepancyForm.DocumentType] = DiscrepancyForm.Invoice,
        [DiscrepancyForm.Comment] = "The dashboard shows less.",
    };

    /// <summary>The demo data numbers invoices INV-yyyyMM-&lt;last three digits of the MPN ID&gt;.</summary>
    private static string TailspinJanuaryInvoice => "INV-202601-005";

    private static global::LearningPartnerBot.Eligibility.Data.KpiRecord StoredInvoice(ChatHarness chat)
    {
        using var db = chat.Eligibility.Open();
        return db.Kpis.First(k => k.InvoiceNumber == TailspinJanuaryInvoice);
    }

    private static Task<IReadOnlyList<TicketSummary>> MyTickets(ChatHarness chat) =>
        chat.Tickets.ListForRequesterAsync(chat.RequesterId);

    private static RequestStrings Strings(string locale) => RequestStrings.Get(LocaleResolver.Resolve(new Activity { Locale = locale }));
}
