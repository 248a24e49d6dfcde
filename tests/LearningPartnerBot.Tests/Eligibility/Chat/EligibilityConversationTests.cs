using System.Globalization;
using BotKit.Schema;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Eligibility.Demo;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Tests.Knowledge.Chat;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Eligibility.Chat;

/// <summary>
/// "Am I eligible?" as a partner meets it in the local playground: the demo-identity picker, the competency prompt and
/// the result card, on the real eligibility service over the seeded demo partners, on 10 March 2026.
/// </summary>
public sealed class EligibilityConversationTests(ITestOutputHelper output)
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    public static TheoryData<string, string> Questions => new()
    {
        { "en-US", "Am I eligible for gold?" },
        { "nl-NL", "kom ik in aanmerking voor silver" },
        { "tr-TR", "gold için uygun muyum" },
    };

    internal static readonly Dictionary<string, string> AmIEligible = new()
    {
        ["en-US"] = "Am I eligible for gold?",
        ["nl-NL"] = "kom ik in aanmerking voor silver",
        ["tr-TR"] = "gold için uygun muyum",
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task An_admin_of_a_gold_partner_sees_every_level_met_gold_recommended_and_the_upgrade_discount(string locale, string question)
    {
        var strings = Strings(locale);
        using var chat = Demo(locale);
        Activity? card = null;

        await Check(chat, question, "Anna", DemoPartners.CloudPlatform, strings).AssertReply(reply => card = reply).StartTestAsync();

        var texts = ResultCards.Texts(card!);
        Assert.Equal(strings.CardTitle(DemoPartners.CloudPlatform), texts[0]);
        Assert.Contains(strings.Recommended(strings.LevelGold), texts);
        Assert.Equal(3, texts.Count(t => t == strings.LevelMet));
        Assert.All(ResultCards.Rows(card!, strings.LevelGold), row => Assert.StartsWith("✅", row, StringComparison.Ordinal));
        Assert.Contains("🎉 " + strings.UpgradeDiscountNote, texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("ℹ️", StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string> PendingInvoices => new()
    {
        // The invoice of March 2026 shows on the KPI dashboard from 15 April 2026, written the way each language writes dates.
        { "en-US", "Am I eligible for gold?", "⏳ Invoice INV-202603-005 (Courseware, March 2026, KPI 30): visible from April 15, 2026" },
        { "nl-NL", "kom ik in aanmerking voor silver", "⏳ Factuur INV-202603-005 (Courseware, maart 2026, KPI 30): zichtbaar vanaf 15 april 2026" },
        { "tr-TR", "gold için uygun muyum", "⏳ Fatura INV-202603-005 (Courseware, Mart 2026, KIP 30): 15 Nisan 2026 tarihinden itibaren görünür" },
    };

    [Theory]
    [MemberData(nameof(PendingInvoices))]
    public async Task A_pending_invoice_is_listed_with_the_date_it_shows_up_and_is_not_counted(string locale, string question, string pendingLine)
    {
        var strings = Strings(locale);
        using var chat = Demo(locale);
        Activity? card = null;

        await Check(chat, question, "Tom", DemoPartners.CloudPlatform, strings).AssertReply(reply => card = reply).StartTestAsync();

        var texts = ResultCards.Texts(card!);
        Assert.Contains(strings.Recommended(strings.LevelGold), texts);
        Assert.Contains(pendingLine, texts);
        Assert.Contains(ResultCards.Rows(card!, strings.LevelGold), row => row.EndsWith(strings.RequirementKpi + "|115|100", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task A_silver_partner_sees_what_gold_still_needs(string locale, string question)
    {
        var strings = Strings(locale);
        using var chat = Demo(locale);
        Activity? card = null;

        await Check(chat, question, "Ada", DemoPartners.CloudPlatform, strings).AssertReply(reply => card = reply).StartTestAsync();

        var texts = ResultCards.Texts(card!);
        Assert.Contains(strings.Recommended(strings.LevelSilver), texts);
        var gold = ResultCards.Rows(card!, strings.LevelGold);
        Assert.Contains("❌ " + strings.RequirementKpi + "|40|100", gold);
        Assert.Contains("❌ " + strings.RequirementMct + "|1|2", gold);
        Assert.Contains("❌ " + strings.RequirementExams + "|AZ-104|AZ-104, AZ-305", gold);
        Assert.Contains(strings.MissingExams(["AZ-305"]), texts);
        Assert.Contains(strings.LevelNotMet, texts);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task A_user_who_may_not_enroll_is_told_to_ask_their_admins_by_name(string locale, string question)
    {
        var strings = Strings(locale);
        using var chat = Demo(locale);
        Activity? card = null;

        await Check(chat, question, "Carla", DemoPartners.CloudPlatform, strings).AssertReply(reply => card = reply).StartTestAsync();

        var enrollStep = Assert.Single(ResultCards.Texts(card!), t => t.StartsWith("1. ", StringComparison.Ordinal));
        Assert.Contains("Anna", enrollStep, StringComparison.Ordinal);
        Assert.Contains("Ben", enrollStep, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("nl-NL")]
    [InlineData("tr-TR")]
    public async Task A_user_linked_by_aad_object_id_goes_straight_to_the_competencies_with_no_picker(string locale)
    {
        var strings = Strings(locale);
        using var chat = new ChatHarness(locale, output, Today, seedDemoData: true);
        chat.SignInOnTeams("DEMO-ADA-ADVENTUREWORKS");
        Activity? card = null;

        await chat.Flow()
            .Send(BotStrings.Get(strings.Culture).EligibilityTitle)
            .AssertReply(reply =>
            {
                Assert.Equal(strings.CompetencyPrompt, reply.Text);
                Assert.Equal(
                    ["Application Development", "Cloud Business Applications", "Cloud Platform", "Data Analytics"],
                    reply.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .Send("Cloud Platform")
            .AssertReply(reply => card = reply)
            .StartTestAsync();

        Assert.Contains(strings.Recommended(strings.LevelSilver), ResultCards.Texts(card!));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("nl-NL")]
    [InlineData("tr-TR")]
    public async Task A_user_linked_to_no_partner_is_told_why_and_the_support_button_hands_the_chat_to_a_person(string locale)
    {
        var strings = Strings(locale);
        using var chat = new ChatHarness(locale, output, Today, seedDemoData: true);
        chat.SignInOnTeams("5f0c8e2a-0000-4000-8000-000000000000");
        Activity? card = null;

        await chat.Flow()
            .Send(AmIEligible[locale])
            .AssertReply(reply => card = reply)
            .StartTestAsync();

        Assert.Equal([strings.UnmappedTitle, strings.UnmappedExplanation, strings.UnmappedSupportOffer], ResultCards.Texts(card!));
        var support = Assert.Single(CardReader.Buttons(CardReader.Card(card!)));
        Assert.Equal(strings.ContactSupport, support["title"]!.GetValue<string>());
        await chat.Flow()
            .Send(CardReader.Click(support))
            .AssertReply(reply => card = reply)
            .StartTestAsync();

        var filed = Assert.Single(await chat.Tickets.ListForRequesterAsync(chat.RequesterId));
        Assert.Equal(RequestStrings.Get(strings.Culture).PersonFiled(filed.Reference), card!.Text);
    }

    [Fact]
    public async Task The_demo_picker_offers_someone_linked_to_no_partner()
    {
        var strings = Strings("en-US");
        using var chat = Demo("en-US");

        await chat.Flow()
            .Send("Am I eligible?")
            .AssertReply(reply => Assert.Contains(strings.DemoUnlinkedUser, CardReader.Buttons(CardReader.Card(reply)).Select(b => b["title"]!.GetValue<string>())))
            .Send(strings.DemoUnlinkedUser)
            .AssertReply(reply => Assert.Equal(strings.UnmappedTitle, ResultCards.Texts(reply)[0]))
            .StartTestAsync();
    }

    [Fact]
    public async Task The_picked_demo_user_is_remembered_until_the_partner_switches()
    {
        var strings = Strings("en-US");
        using var chat = Demo("en-US");
        await Check(chat, "Am I eligible?", "Anna", DemoPartners.CloudPlatform, strings).AssertReply(_ => { }).StartTestAsync();

        await chat.Flow()
            .Send("are we eligible for silver?")
            .AssertReply(strings.DemoCheckingAs("Anna", "Contoso Learning"))
            .AssertReply(reply => Assert.Contains(strings.DemoSwitchUser, reply.SuggestedActions!.Actions.Select(a => a.Title)))
            .Send(strings.DemoSwitchUser)
            .AssertReply(reply => Assert.Contains(strings.DemoPickerPrompt, ResultCards.Texts(reply)))
            .Send("Lale")
            .AssertReply(strings.DemoCheckingAs("Lale", "Litware Dynamics"))
            .StartTestAsync();
    }

    [Fact]
    public async Task The_check_another_button_starts_the_check_again()
    {
        var strings = Strings("en-US");
        using var chat = Demo("en-US");
        Activity? card = null;
        await Check(chat, "Am I eligible?", "Anna", DemoPartners.CloudPlatform, strings).AssertReply(reply => card = reply).StartTestAsync();
        var checkAnother = Assert.Single(CardReader.Buttons(CardReader.Card(card!)));

        await chat.Flow()
            .Send(CardReader.Click(checkAnother))
            .AssertReply(strings.DemoCheckingAs("Anna", "Contoso Learning"))
            .AssertReply(strings.CompetencyPrompt)
            .StartTestAsync();
    }

    [Fact]
    public async Task A_question_about_who_is_eligible_in_general_stays_with_the_faq()
    {
        using var chat = Demo("en-US");

        await chat.Flow()
            .Send("Who is eligible for the gold learning option?")
            .AssertReply(reply => Assert.NotEmpty(CardReader.FaqButtons(CardReader.Card(reply), "vote")))
            .StartTestAsync();
    }

    private ChatHarness Demo(string locale) => new(locale, output, Today, seedDemoData: true, demoIdentities: true);

    internal static EligibilityChatStrings Strings(string locale) =>
        EligibilityChatStrings.Get(LocaleResolver.Resolve(new Activity { Locale = locale }));

    /// <summary>Asks, picks the demo user by name and the competency; the next reply is the result card.</summary>
    internal static BotKit.Testing.TestFlow Check(ChatHarness chat, string question, string demoUser, string competency, EligibilityChatStrings strings) =>
        chat.Flow()
            .Send(question)
            .AssertReply(reply => Assert.Contains(strings.DemoPickerPrompt, ResultCards.Texts(reply)))
            .Send(demoUser)
            .AssertReply(reply => Assert.Contains(demoUser, reply.Text, StringComparison.Ordinal))
            .AssertReply(strings.CompetencyPrompt)
            .Send(competency);
}
