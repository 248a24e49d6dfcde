using System.Text.Json;
using BotKit.Schema;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Eligibility.Demo;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Requests.Discrepancy;
using LearningPartnerBot.Tests.Knowledge.Chat;
using LearningPartnerBot.Tests.Requests;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Eligibility.Chat;

/// <summary>
/// "Who is asking" is one answer for the eligibility check and the request forms, found at most once per turn:
/// the demo user picked in the playground checks eligibility and then files a KPI discrepancy as the same person.
/// </summary>
public sealed class PartnerIdentityTests(ITestOutputHelper output)
{
    private const string Anna = "demo-anna-contoso";

    [Fact]
    public async Task The_demo_user_checked_for_files_the_discrepancy_with_at_most_one_lookup_per_turn()
    {
        var strings = EligibilityChatStrings.Get(LocaleResolver.Resolve(new Activity { Locale = "en-US" }));
        CountingEligibilityService? counting = null;
        using var chat = new ChatHarness("en-US", output, seedDemoData: true, demoIdentities: true, eligibilityFake: real => counting = new CountingEligibilityService(real));
        var anna = (await chat.Eligibility.Service(chat.Today).FindUserAsync(Anna, null))!;
        var lookups = new List<int>();
        Activity? card = null;
        Activity? form = null;
        Activity? confirm = null;

        async Task Turn(Func<BotKit.Testing.TestFlow, BotKit.Testing.TestFlow> turn)
        {
            var before = counting!.UserLookups;
            await turn(chat.Flow()).StartTestAsync();
            lookups.Add(counting.UserLookups - before);
        }

        await Turn(flow => flow.Send("Am I eligible?").AssertReply(_ => { }));
        await Turn(flow => flow.Send("Anna").AssertReply(strings.DemoCheckingAs("Anna", anna.PartnerName)).AssertReply(strings.CompetencyPrompt));
        await Turn(flow => flow.Send(DemoPartners.CloudPlatform).AssertReply(reply => card = reply));
        await Turn(flow => flow.Send(FileDiscrepancy()).AssertReply(reply => form = reply));
        await Turn(flow => flow.Send(RequestCards.Click(form!, FormSubmit.Submit, Discrepancy())).AssertReply(reply => confirm = reply));
        await Turn(flow => flow.Send(RequestCards.Click(confirm!, FormSubmit.Send)).AssertReply(_ => { }));

        Assert.Contains(strings.CardPartner(anna.PartnerName, anna.MpnId), ResultCards.Texts(card!));
        using var db = chat.TicketsDatabase.Factory.CreateDbContext();
        var ticket = Assert.Single(db.Tickets);
        Assert.Equal((anna.MpnId, "Anna"), (ticket.PartnerMpnId, ticket.RequesterName));
        // Nobody to look up before the pick; the pick itself; the verdict uses the identity kept in the dialog;
        // then the form, the submit (checked and confirmed in one turn) and the send each find who is asking once.
        Assert.Equal([0, 1, 0, 1, 1, 1], lookups);
    }

    private static Dictionary<string, string> Discrepancy() => new()
    {
        [DiscrepancyForm.Month] = "1",
        [DiscrepancyForm.Year] = "2026",
        [DiscrepancyForm.OmlpType] = "Courseware",
        [DiscrepancyForm.PurchaseUnit] = "Contoso EMEA",
        [DiscrepancyForm.InvoiceNumber] = "INV-202601-004",
        [DiscrepancyForm.KpiValue] = "1,234.50",
        [DiscrepancyForm.RevenueValue] = "900",
        [DiscrepancyForm.Currency] = "EUR",
        [DiscrepancyForm.DocumentType] = DiscrepancyForm.Invoice,
    };

    private static Activity FileDiscrepancy() => new()
    {
        Type = ActivityTypes.Message,
        Value = JsonSerializer.SerializeToElement(new { faq = new { action = "file", request = TopicActions.KpiDiscrepancy } }),
    };
}
