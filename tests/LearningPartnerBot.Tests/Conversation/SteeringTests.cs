using System.Text.Json;
using BotKit.Schema;
using LearningPartnerBot.Conversation;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Eligibility.Demo;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Tests.Eligibility.Chat;
using LearningPartnerBot.Tests.Knowledge.Chat;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Conversation;

/// <summary>
/// A partner is never trapped at a prompt: cancel, help and a question work at the competency prompt in each language,
/// a choice is taken only when the message names it, and after two detours the ways out are offered.
/// </summary>
public sealed class SteeringTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("en-US", "cancel")]
    [InlineData("en-US", "stop please")]
    [InlineData("en-US", "nevermind")]
    [InlineData("en-US", "cancle")]
    [InlineData("nl-NL", "annuleren")]
    [InlineData("nl-NL", "laat maar")]
    [InlineData("nl-NL", "Stop!")]
    [InlineData("tr-TR", "iptal")]
    [InlineData("tr-TR", "vazgeçtim")]
    [InlineData("tr-TR", "IPTAL ET")]
    public async Task Cancel_at_the_competency_prompt_ends_the_check_and_says_so(string locale, string cancel)
    {
        var strings = ConversationStrings.Get(Culture(locale));
        using var chat = Ada(locale);

        await chat.Flow()
            .Send(Click(new { journey = Journeys.Eligibility }))
            .AssertReply(EligibilityChatStrings.Get(Culture(locale)).CompetencyPrompt)
            .Send(cancel)
            .AssertReply(strings.Cancelled(strings.JourneyEligibility))
            .Send(DemoPartners.CloudPlatform)
            .AssertReply(reply => Assert.False(IsCloudPlatformResult(reply, locale)))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "help")]
    [InlineData("en-US", "what do I do now?")]
    [InlineData("nl-NL", "help")]
    [InlineData("nl-NL", "wat moet ik doen")]
    [InlineData("tr-TR", "yardım")]
    [InlineData("tr-TR", "ne yapmaliyim")]
    public async Task Help_at_the_competency_prompt_explains_the_step_and_the_way_out_and_the_prompt_still_answers(string locale, string help)
    {
        var strings = ConversationStrings.Get(Culture(locale));
        using var chat = Ada(locale);

        await chat.Flow()
            .Send(Click(new { journey = Journeys.Eligibility }))
            .AssertReply(_ => { })
            .Send(help)
            .AssertReply(strings.HelpEligibility + "\n\n" + strings.LeaveHint)
            .Send(DemoPartners.CloudPlatform)
            .AssertReply(reply => Assert.True(IsCloudPlatformResult(reply, locale)))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "do I need to send a business application plan?")]
    [InlineData("nl-NL", "moet ik een business application plan indienen")]
    [InlineData("tr-TR", "business application plan göndermem gerekiyor mu")]
    public async Task A_question_at_the_competency_prompt_is_answered_not_taken_for_a_competency(string locale, string question)
    {
        var strings = ConversationStrings.Get(Culture(locale));
        var eligibility = EligibilityChatStrings.Get(Culture(locale));
        using var chat = Ada(locale);

        await chat.Flow()
            .Send(Click(new { journey = Journeys.Eligibility }))
            .AssertReply(_ => { })
            .Send(question)
            .AssertReply(reply => Assert.Equal("business-application-plan", CardReader.AnsweredTopic(reply)))
            .AssertReply(strings.StillOpen(strings.JourneyEligibility) + " " + strings.LeaveHint)
            .AssertReply(eligibility.CompetencyPrompt)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("nl-NL")]
    [InlineData("tr-TR")]
    public async Task After_two_detours_the_step_offers_the_ways_out_instead_of_asking_again(string locale)
    {
        var strings = ConversationStrings.Get(Culture(locale));
        using var chat = Ada(locale);

        await chat.Flow()
            .Send(Click(new { journey = Journeys.Eligibility }))
            .AssertReply(_ => { })
            .Send("what is the weather tomorrow?").AssertReply(_ => { }).AssertReply(_ => { }).AssertReply(_ => { })
            .Send("who won the match?").AssertReply(_ => { }).AssertReply(_ => { }).AssertReply(_ => { })
            .Send("and the stock price?")
            .AssertReply(_ => { })
            .AssertReply(reply =>
            {
                Assert.Equal(strings.WayOut(strings.JourneyEligibility), reply.Text);
                Assert.Equal([strings.WayOutCancel, strings.WayOutStartOver, strings.WayOutPerson], reply.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .Send(strings.WayOutCancel)
            .AssertReply(strings.Cancelled(strings.JourneyEligibility))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "start over")]
    [InlineData("nl-NL", "opnieuw beginnen")]
    [InlineData("tr-TR", "baştan başla")]
    public async Task Start_over_ends_the_journey_and_shows_the_menu(string locale, string startOver)
    {
        var strings = ConversationStrings.Get(Culture(locale));
        var bot = BotStrings.Get(Culture(locale));
        using var chat = Ada(locale);

        await chat.Flow()
            .Send(Click(new { journey = Journeys.Eligibility }))
            .AssertReply(_ => { })
            .Send(startOver)
            .AssertReply(strings.Cancelled(strings.JourneyEligibility))
            .AssertReply(reply => Assert.Equal(bot.MenuPrompt, reply.Text))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("nl-NL")]
    [InlineData("tr-TR")]
    public async Task A_menu_button_clicked_on_an_older_card_switches_journeys_by_its_data(string locale)
    {
        var strings = ConversationStrings.Get(Culture(locale));
        using var chat = Ada(locale);

        await chat.Flow()
            .Send(Click(new { journey = Journeys.Faq }))
            .AssertReply(BotStrings.Get(Culture(locale)).FaqAskPrompt)
            .Send(Click(new { journey = Journeys.Eligibility }, text: BotStrings.Get(Culture(locale)).EligibilityTitle))
            .AssertReply(strings.Closed(strings.JourneyFaq))
            .AssertReply(EligibilityChatStrings.Get(Culture(locale)).CompetencyPrompt)
            .StartTestAsync();
    }

    /// <summary>Ada, the MPN partner admin of Adventure Works Learning (a silver partner), signed in on Teams.</summary>
    private ChatHarness Ada(string locale)
    {
        var chat = new ChatHarness(locale, output, seedDemoData: true);
        chat.SignInOnTeams("demo-ada-adventureworks");
        return chat;
    }

    internal static Activity Click(object value, string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Value = JsonSerializer.SerializeToElement(value),
    };

    internal static System.Globalization.CultureInfo Culture(string locale) => LocaleResolver.Resolve(new Activity { Locale = locale });

    /// <summary>Whether the reply is the eligibility result card for Cloud Platform (its title names the competency).</summary>
    internal static bool IsCloudPlatformResult(Activity reply, string locale) =>
        reply.Attachments is { Count: > 0 }
        && ResultCards.Texts(reply).Contains(EligibilityChatStrings.Get(Culture(locale)).CardTitle(DemoPartners.CloudPlatform));
}
