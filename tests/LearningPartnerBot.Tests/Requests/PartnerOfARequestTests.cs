using BotKit.Schema;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Demo;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Requests.Discrepancy;
using LearningPartnerBot.Requests.DirectoryListing;
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

        await chat.Flow().Send(RequestCards.FileRequest(TopicActions.KpiDiscrepancy)).AssertReply(reply => form = reply).StartTestAsync();
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

        await chat.Flow().Send(RequestCards.FileRequest(TopicActions.KpiDiscrepancy)).AssertReply(reply => form = reply).StartTestAsync();
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

        await chat.Flow().Send(RequestCards.FileRequest(TopicActions.KpiDiscrepancy)).AssertReply(reply => form = reply).StartTestAsync();
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

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Someone_listed_with_two_partners_picks_the_one_the_request_is_for(string locale, string kpi)
    {
        var strings = Strings(locale);
        using var chat = new ChatHarness(locale, output, seedDemoData: true);
        AlsoListTomWithContoso(chat);
        chat.SignInOnTeams("demo-tom-tailspin");
        Activity? form = null;
        Activity? refused = null;
        Activity? confirm = null;

        await chat.Flow().Send(RequestCards.FileRequest(TopicActions.KpiDiscrepancy)).AssertReply(reply => form = reply).StartTestAsync();
        var choice = RequestCards.Inputs(form!).Single(i => (string?)i["id"] == PartnerFields.PartnerChoice);
        Assert.Equal(strings.FieldFilingPartner, (string?)choice["label"]);
        Assert.Equal(
            ["Contoso Learning (" + DemoPartners.GoldMpnId + ")", "Tailspin Academy (" + DemoPartners.GoldWithPendingMpnId + ")"],
            choice["choices"]!.AsArray().Select(c => (string)c!["title"]!).ToList());
        Assert.DoesNotContain(PartnerFields.MpnId, RequestCards.InputIds(form!));

        // A partner Tom is not listed with cannot be picked by posting its MPN ID.
        var entered = DiscrepancyConversationTests.Valid(kpi);
        entered[PartnerFields.PartnerChoice] = DemoPartners.NoneMpnId;
        await chat.Flow().Send(RequestCards.Click(form!, FormSubmit.Submit, entered)).AssertReply(reply => refused = reply).StartTestAsync();
        Assert.Equal(new Dictionary<string, string> { [PartnerFields.PartnerChoice] = strings.ErrorChoice }, RequestCards.Errors(refused!));

        entered[PartnerFields.PartnerChoice] = DemoPartners.GoldMpnId;
        await chat.Flow().Send(RequestCards.Click(refused!, FormSubmit.Submit, entered)).AssertReply(reply => confirm = reply).StartTestAsync();
        Assert.Contains("Contoso Learning", RequestCards.Texts(confirm!));
        await chat.Flow().Send(RequestCards.Click(confirm!, FormSubmit.Send)).AssertReply(_ => { }).StartTestAsync();

        using var db = chat.TicketsDatabase.Factory.CreateDbContext();
        var ticket = Assert.Single(db.Tickets);
        Assert.Equal((DemoPartners.GoldMpnId, "Contoso Learning", false), (ticket.PartnerMpnId, ticket.PartnerName, ticket.PartnerStatedByRequester));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("nl-NL")]
    [InlineData("tr-TR")]
    public async Task A_directory_page_is_checked_against_the_website_of_the_partner_picked(string locale)
    {
        var strings = Strings(locale);

        // Contoso's own page, filed for Contoso: no "not on your website" warning, though Tom is linked to Tailspin.
        var accepted = await SubmitDirectoryFormForContoso(locale, "https://contoso-learning.example/microsoft-training");
        Assert.Empty(RequestCards.Errors(accepted));
        Assert.DoesNotContain(strings.HostWarning("contoso-learning.example", "tailspin-academy.example"), RequestCards.Texts(accepted));

        // Tailspin's page filed for Contoso is the one that gets the warning, naming Contoso's website.
        var warned = await SubmitDirectoryFormForContoso(locale, "https://tailspin-academy.example/courses");
        Assert.Contains(strings.HostWarning("tailspin-academy.example", "contoso-learning.example"), RequestCards.Texts(warned));
    }

    private async Task<Activity> SubmitDirectoryFormForContoso(string locale, string landingPage)
    {
        using var chat = new ChatHarness(locale, output, seedDemoData: true);
        AlsoListTomWithContoso(chat);
        chat.SignInOnTeams("demo-tom-tailspin");
        Activity? form = null;
        Activity? reply = null;
        var entered = new Dictionary<string, string>
        {
            [DirectoryForm.DisplayName] = "Contoso Learning",
            [DirectoryForm.Country] = "NL",
            [DirectoryForm.LandingPage] = landingPage,
            [DirectoryForm.AboutPartnerOnly] = "true",
            [DirectoryForm.NoCompetitors] = "true",
            [DirectoryForm.OwnedByPartner] = "true",
            [PartnerFields.PartnerChoice] = DemoPartners.GoldMpnId,
        };
        await chat.Flow().Send(RequestCards.FileRequest(TopicActions.DirectoryListing)).AssertReply(r => form = r).StartTestAsync();
        await chat.Flow().Send(RequestCards.Click(form!, FormSubmit.Submit, entered)).AssertReply(r => reply = r).StartTestAsync();
        return reply!;
    }

    private static void AlsoListTomWithContoso(ChatHarness chat)
    {
        using var db = chat.Eligibility.Open();
        var tom = db.PartnerUsers.Single(u => u.AadObjectId == "demo-tom-tailspin");
        db.PartnerUsers.Add(new PartnerUser { PartnerMpnId = DemoPartners.GoldMpnId, AadObjectId = tom.AadObjectId, Upn = tom.Upn, Name = tom.Name, Role = tom.Role });
        db.SaveChanges();
    }

    private static RequestStrings Strings(string locale) => RequestStrings.Get(LocaleResolver.Resolve(new Activity { Locale = locale }));
}
