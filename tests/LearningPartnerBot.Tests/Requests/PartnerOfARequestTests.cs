using System.Text.Json;
using BotKit.Schema;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Eligibility.Demo;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Requests.Discrepancy;
using LearningPartnerBot.Tests.Knowledge.Chat;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Requests;

/// <summary>
/// Which partner a request is for, so staff can act without writing back: someone linked to no partner record types
/// the MPN ID and company name; Tom of Tailspin is told the partner his request is filed for. In en/nl/tr.
/// </summary>
public sealed class PartnerOfARequestTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Locales => new()
    {
        { "en-US", "1,234.50" },
        { "nl-NL", "1.234,50" },
        { "tr-TR", "1.234,50" },
    };

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task An_unlinked_requester_gives_the_MPN_ID_and_company_and_the_ticket_carries_them(string locale, string kpi)
    {
        var strings = Strings(locale);
        using var chat = new ChatHarness(locale, output, seedDemoData: true);
        Activity? form = null;
        Activity? again = null;
        Activity? confirm = null;
        var entered = DiscrepancyConversationTests.Valid(kpi);
        entered[PartnerFields.MpnId] = "12345";
        entered[PartnerFields.CompanyName] = "Fabrikam **Training**";

        await chat.Flow().Send(FileRequest()).AssertReply(reply => form = reply).StartTestAsync();
        Assert.Contains(strings.PartnerUnknownIntro, RequestCards.Texts(form!));
        Assert.Contains(PartnerFields.MpnId, RequestCards.InputIds(form!));
        Assert.Contains(PartnerFields.CompanyName, RequestCards.InputIds(form!));

        // Five digits are not an MPN ID: the message says what one is, and the digits stay to be completed.
        await chat.Flow().Send(RequestCards.Click(form!, FormSubmit.Submit, entered)).AssertReply(reply => again = reply).StartTestAsync();
        Assert.Equal(new Dictionary<string, string> { [PartnerFields.MpnId] = strings.ErrorMpnId(7) }, RequestCards.Errors(again!));
        Assert.Equal("12345", RequestCards.Values(again!)[PartnerFields.MpnId]);
        Assert.Equal("Fabrikam **Training**", RequestCards.Values(again!)[PartnerFields.CompanyName]);

        entered[PartnerFields.MpnId] = "1234567";
        await chat.Flow().Send(RequestCards.Click(again!, FormSubmit.Submit, entered)).AssertReply(reply => confirm = reply).StartTestAsync();
        var shown = RequestCards.Texts(confirm!);
        Assert.Contains("1234567", shown);
        Assert.Contains(CardText.Escape("Fabrikam **Training**"), shown);
        Assert.DoesNotContain(strings.ColumnStored, shown);
        await chat.Flow().Send(RequestCards.Click(confirm!, FormSubmit.Send)).AssertReply(_ => { }).StartTestAsync();

        using var db = chat.TicketsDatabase.Factory.CreateDbContext();
        var ticket = Assert.Single(db.Tickets);
        Assert.Equal(("1234567", "Fabrikam **Training**", true), (ticket.PartnerMpnId, ticket.PartnerName, ticket.PartnerStatedByRequester));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task A_missing_company_name_and_an_MPN_ID_with_a_letter_are_both_named(string locale, string kpi)
    {
        var strings = Strings(locale);
        using var chat = new ChatHarness(locale, output, seedDemoData: true);
        Activity? form = null;
        Activity? again = null;
        var entered = DiscrepancyConversationTests.Valid(kpi);
        entered[PartnerFields.MpnId] = "123456O";

        await chat.Flow().Send(FileRequest()).AssertReply(reply => form = reply).StartTestAsync();
        await chat.Flow().Send(RequestCards.Click(form!, FormSubmit.Submit, entered)).AssertReply(reply => again = reply).StartTestAsync();

        Assert.Equal(
            new Dictionary<string, string> { [PartnerFields.MpnId] = strings.ErrorMpnId(7), [PartnerFields.CompanyName] = strings.ErrorRequired },
            RequestCards.Errors(again!));
        Assert.Empty(await chat.Tickets.ListForRequesterAsync(chat.RequesterId));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task A_linked_requester_is_told_the_partner_it_files_for_and_is_not_asked(string locale, string kpi)
    {
        var strings = Strings(locale);
        using var chat = new ChatHarness(locale, output, seedDemoData: true);
        chat.SignInOnTeams("demo-tom-tailspin");
        Activity? form = null;
        Activity? confirm = null;

        await chat.Flow().Send(FileRequest()).AssertReply(reply => form = reply).StartTestAsync();
        Assert.Contains(strings.FilingFor("Tailspin Academy", DemoPartners.GoldWithPendingMpnId), RequestCards.Texts(form!));
        Assert.DoesNotContain(PartnerFields.MpnId, RequestCards.InputIds(form!));
        Assert.DoesNotContain(PartnerFields.CompanyName, RequestCards.InputIds(form!));

        // An MPN ID posted anyway (a forged submit) does not change whom the request is for.
        var entered = DiscrepancyConversationTests.Valid(kpi);
        entered[PartnerFields.MpnId] = "7777777";
        await chat.Flow().Send(RequestCards.Click(form!, FormSubmit.Submit, entered)).AssertReply(reply => confirm = reply).StartTestAsync();
        Assert.Contains(DemoPartners.GoldWithPendingMpnId, RequestCards.Texts(confirm!));
        await chat.Flow().Send(RequestCards.Click(confirm!, FormSubmit.Send)).AssertReply(_ => { }).StartTestAsync();

        using var db = chat.TicketsDatabase.Factory.CreateDbContext();
        var ticket = Assert.Single(db.Tickets);
        Assert.Equal((DemoPartners.GoldWithPendingMpnId, "Tailspin Academy", false), (ticket.PartnerMpnId, ticket.PartnerName, ticket.PartnerStatedByRequester));
    }

    internal static Activity FileRequest() => new()
    {
        Type = ActivityTypes.Message,
        Value = JsonSerializer.SerializeToElement(new { faq = new { action = "file", request = TopicActions.KpiDiscrepancy, topic = "kpi-discrepancy" } }),
    };

    private static RequestStrings Strings(string locale) => RequestStrings.Get(LocaleResolver.Resolve(new Activity { Locale = locale }));
}
