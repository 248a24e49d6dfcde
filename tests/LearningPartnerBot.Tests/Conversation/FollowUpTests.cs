using BotKit.Schema;
using LearningPartnerBot.Conversation;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Eligibility.Demo;
using LearningPartnerBot.Eligibility.Rules;
using LearningPartnerBot.Tests.Knowledge.Chat;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Conversation;

/// <summary>The bot keeps the thread: a follow-up is read against what was just said, in each language.</summary>
public sealed class FollowUpTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("en-US", "why not gold?")]
    [InlineData("en-US", "and for gold")]
    [InlineData("nl-NL", "waarom geen gold?")]
    [InlineData("nl-NL", "en voor goud?")]
    [InlineData("tr-TR", "neden altın değil")]
    [InlineData("tr-TR", "peki gold?")]
    public async Task Why_not_gold_after_a_check_lists_this_partners_own_gold_gaps(string locale, string followUp)
    {
        var strings = EligibilityChatStrings.Get(SteeringTests.Culture(locale));
        using var chat = new ChatHarness(locale, output, seedDemoData: true);
        chat.SignInOnTeams("demo-ada-adventureworks");

        await chat.Flow()
            .Send(SteeringTests.Click(new { journey = Journeys.Eligibility }))
            .AssertReply(_ => { })
            .Send(DemoPartners.CloudPlatform)
            .AssertReply(_ => { })
            .Send(followUp)
            .AssertReply(reply =>
            {
                Assert.StartsWith(strings.LevelMissing(strings.LevelGold, DemoPartners.CloudPlatform), reply.Text, StringComparison.Ordinal);
                Assert.Contains(strings.RequirementMct, reply.Text, StringComparison.Ordinal);
                Assert.Contains(strings.RequirementKpi, reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "are we gold yet?")]
    [InlineData("en-US", "can we get gold for cloud platform")]
    [InlineData("nl-NL", "voldoen wij aan gold?")]
    [InlineData("nl-NL", "kunnen we goud halen")]
    [InlineData("tr-TR", "gold için yeterli miyiz")]
    [InlineData("tr-TR", "altin alabilir miyiz")]
    public async Task A_personal_question_starts_the_check_and_answers_for_the_level_it_names(string locale, string question)
    {
        var strings = EligibilityChatStrings.Get(SteeringTests.Culture(locale));
        using var chat = new ChatHarness(locale, output, seedDemoData: true);
        chat.SignInOnTeams("demo-ada-adventureworks");
        var flow = chat.Flow().Send(question);
        if (!question.Contains("cloud platform", StringComparison.Ordinal))
        {
            flow = flow.AssertReply(strings.CompetencyPrompt).Send(DemoPartners.CloudPlatform);
        }

        await flow
            .AssertReply(reply => Assert.Contains(strings.CardTitle(DemoPartners.CloudPlatform), Eligibility.Chat.ResultCards.Texts(reply)))
            .AssertReply(reply => Assert.StartsWith(strings.LevelMissing(strings.LevelGold, DemoPartners.CloudPlatform), reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "when will my invoice from january show up?", "and for march?")]
    [InlineData("nl-NL", "wanneer is mijn factuur van januari zichtbaar?", "en voor maart?")]
    [InlineData("tr-TR", "ocak faturam ne zaman görünür?", "peki mart?")]
    public async Task And_for_march_after_an_invoice_date_gives_marchs_date(string locale, string first, string followUp)
    {
        var strings = EligibilityChatStrings.Get(SteeringTests.Culture(locale));
        using var chat = new ChatHarness(locale, output, today: new DateOnly(2026, 3, 10));
        var march = new DateOnly(2026, 3, 1);
        var visible = KpiVisibility.VisibleFrom(2026, 3);

        await chat.Flow()
            .Send(first)
            .AssertReply(_ => { })
            .Send(followUp)
            .AssertReply(strings.InvoiceWillShow(march, visible))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "invoice dated january 2020, when is it visible?")]
    [InlineData("nl-NL", "factuur van januari 2020, wanneer zie ik die?")]
    [InlineData("tr-TR", "ocak 2020 tarihli faturam ne zaman görünür")]
    public async Task A_year_the_partner_names_is_the_year_answered_for(string locale, string question)
    {
        var strings = EligibilityChatStrings.Get(SteeringTests.Culture(locale));
        using var chat = new ChatHarness(locale, output, today: new DateOnly(2026, 12, 6));

        await chat.Flow()
            .Send(question)
            .AssertReply(strings.InvoiceShown(new DateOnly(2020, 1, 1), KpiVisibility.VisibleFrom(2020, 1)))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "why aren't we in the learning partner directory?", "how long does that take?")]
    [InlineData("nl-NL", "waarom staan wij niet in de Learning Partner-directory?", "hoe lang duurt dat?")]
    [InlineData("tr-TR", "neden Learning Partner dizininde görünmüyoruz?", "bu ne kadar sürer?")]
    public async Task How_long_does_that_take_is_asked_about_the_topic_just_answered(string locale, string question, string followUp)
    {
        using var chat = new ChatHarness(locale, output);

        await chat.Flow()
            .Send(question)
            .AssertReply(reply => Assert.Equal("directory-listing", CardReader.AnsweredTopic(reply)))
            .Send(followUp)
            .AssertReply(reply => Assert.Equal("directory-listing", CardReader.AnsweredTopic(reply)))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "what is the silver learning option?", "and for gold?", "gold")]
    [InlineData("nl-NL", "wat is de silver leeroptie?", "en voor gold?", "gold")]
    [InlineData("tr-TR", "gold learning seçeneği nedir?", "peki silver?", "silver")]
    public async Task And_for_a_level_after_a_topic_answers_that_levels_topic(string locale, string question, string followUp, string topic)
    {
        using var chat = new ChatHarness(locale, output);

        await chat.Flow()
            .Send(question)
            .AssertReply(_ => { })
            .Send(followUp)
            .AssertReply(reply => Assert.Equal(topic, CardReader.AnsweredTopic(reply)))
            .StartTestAsync();
    }
}
