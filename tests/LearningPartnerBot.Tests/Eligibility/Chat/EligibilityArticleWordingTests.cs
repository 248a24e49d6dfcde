using BotKit.Schema;
using LearningPartnerBot.Eligibility.Demo;
using LearningPartnerBot.Tests.Knowledge.Chat;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Eligibility.Chat;

/// <summary>
/// What the check says about dated offers, in the article's own measure: the COVID-19 extension only for a renewal in
/// the first half of 2021 and as an offer the renewal qualifies for, and the silver-to-gold discount hedged.
/// </summary>
public sealed class EligibilityArticleWordingTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("nl-NL")]
    [InlineData("tr-TR")]
    public async Task A_renewal_in_the_first_half_of_2021_shows_the_covid_note_except_for_business_applications(string locale)
    {
        var strings = EligibilityConversationTests.Strings(locale);
        using var chat = new ChatHarness(locale, output, new DateOnly(2021, 2, 10), seedDemoData: true, demoIdentities: true);
        Activity? covid = null;
        Activity? businessApplications = null;

        await EligibilityConversationTests.Check(chat, EligibilityConversationTests.AmIEligible[locale], "Willem", DemoPartners.CloudPlatform, strings)
            .AssertReply(reply => covid = reply)
            .AssertReply(reply => Assert.Contains(locale == "nl-NL" ? strings.LevelSilver : strings.LevelGold, reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
        await chat.Flow()
            .Send(EligibilityConversationTests.AmIEligible[locale])
            .AssertReply(_ => { })
            .AssertReply(reply => Assert.Contains(strings.DemoSwitchUser, reply.SuggestedActions!.Actions.Select(a => a.Title)))
            .Send(strings.DemoSwitchUser)
            .AssertReply(_ => { })
            .Send("Lale")
            .AssertReply(_ => { })
            .AssertReply(strings.CompetencyPrompt)
            .Send(DemoPartners.BusinessApplications)
            .AssertReply(reply => businessApplications = reply)
            .StartTestAsync();

        Assert.Contains("ℹ️ " + strings.CovidNote, ResultCards.Texts(covid!));
        Assert.Contains(strings.Recommended(strings.LevelGold), ResultCards.Texts(businessApplications!));
        Assert.DoesNotContain("ℹ️ " + strings.CovidNote, ResultCards.Texts(businessApplications!));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("nl-NL")]
    [InlineData("tr-TR")]
    public async Task A_partner_recorded_on_January_1_2021_and_checked_in_December_2026_is_not_told_about_the_covid_extension(string locale)
    {
        var strings = EligibilityConversationTests.Strings(locale);
        using var chat = new ChatHarness(locale, output, new DateOnly(2026, 12, 15), seedDemoData: true, demoIdentities: true);
        Activity? card = null;

        await EligibilityConversationTests.Check(chat, EligibilityConversationTests.AmIEligible[locale], "Willem", DemoPartners.CloudPlatform, strings).AssertReply(reply => card = reply).StartTestAsync();

        var texts = ResultCards.Texts(card!);
        Assert.Contains(texts, t => t.Contains("2027", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("COVID", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(texts, t => t.Contains("2021", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en-US", "may be able to")]
    [InlineData("nl-NL", "mogelijk")]
    [InlineData("tr-TR", "olabilir")]
    public void The_upgrade_discount_is_hedged_as_the_article_hedges_it_on_the_card_and_in_the_next_steps(string locale, string hedge)
    {
        var strings = EligibilityConversationTests.Strings(locale);
        var advice = new LearningPartnerBot.Eligibility.Advice.EligibilityAdvice(strings.Culture);

        Assert.Contains(hedge, strings.UpgradeDiscountNote, StringComparison.Ordinal);
        Assert.Contains(hedge, advice.Text("UpgradeDiscount", "Cloud Platform"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "has been extended")]
    [InlineData("nl-NL", "is verlengd")]
    [InlineData("tr-TR", "uzatıldı")]
    public void The_covid_note_says_the_renewal_qualifies_for_the_offer_not_that_the_competency_was_extended(string locale, string overstated)
    {
        var strings = EligibilityConversationTests.Strings(locale);

        Assert.DoesNotContain(overstated, strings.CovidNote, StringComparison.Ordinal);
        Assert.Contains("2021", strings.CovidNote, StringComparison.Ordinal);
    }
}
