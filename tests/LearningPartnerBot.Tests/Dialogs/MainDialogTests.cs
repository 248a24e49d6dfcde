using System.Globalization;
using System.Text.Json;
using BotKit.Schema;
using LearningPartnerBot.Conversation;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Tests.Knowledge.Chat;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Dialogs;

public sealed class MainDialogTests(ITestOutputHelper output)
{
    private static Action<Activity> IsMenu(BotStrings strings) => reply =>
    {
        Assert.Equal(strings.MenuPrompt, reply.Text);
        Assert.Equal([strings.FaqTitle, strings.EligibilityTitle, strings.RequestsTitle], reply.SuggestedActions!.Actions.Select(a => a.Title));
    };

    private static Action<Activity> IsRequestsMenu(BotStrings strings) => reply =>
    {
        var requests = RequestStrings.Get(strings.Culture);
        Assert.Equal(requests.MenuPrompt, reply.Text);
        Assert.Equal(
            [requests.MenuDiscrepancy, requests.MenuDirectory, requests.MenuMyRequests, requests.MenuTalkToPerson],
            reply.SuggestedActions!.Actions.Select(a => a.Title));
    };

    private static BotStrings StringsFor(string locale) => BotStrings.Get(LocaleResolver.Resolve(new Activity { Locale = locale }));

    public static TheoryData<string, string> TypedRequestChoices => new()
    {
        // locale, what the partner types at the menu to file a request
        { "en-US", "3" },
        { "nl-NL", "3" },
        { "nl-NL", "een verzoek indienen" },
        { "tr-TR", "talep oluştur" },
    };

    [Theory]
    [MemberData(nameof(TypedRequestChoices))]
    public async Task A_greeting_gets_the_menu_and_the_requests_choice_offers_the_requests_menu(string locale, string typed)
    {
        var strings = StringsFor(locale);
        using var chat = new ChatHarness(locale, output);

        await chat.Flow()
            .Send("hello")
            .AssertReply(strings.SmallTalkGreeting)
            .AssertReply(IsMenu(strings))
            .Send(typed)
            .AssertReply(IsRequestsMenu(strings))
            .StartTestAsync();
    }

    public static TheoryData<string, string> TypedEligibilityChoices => new()
    {
        { "en-US", "2" },
        { "en-US", "check my eligibility" },
        { "nl-NL", "mijn geschiktheid controleren" },
        { "tr-TR", "UYGUNLUGUMU KONTROL ET" },
    };

    [Theory]
    [MemberData(nameof(TypedEligibilityChoices))]
    public async Task The_eligibility_choice_starts_the_eligibility_check(string locale, string typed)
    {
        var strings = StringsFor(locale);
        using var chat = new ChatHarness(locale, output);

        // The test user has no AAD object id and demo identities are off, so the check explains it cannot find the partner.
        await chat.Flow()
            .Send("hello")
            .AssertReply(strings.SmallTalkGreeting)
            .AssertReply(IsMenu(strings))
            .Send(typed)
            .AssertReply(reply => Assert.Equal(
                EligibilityChatStrings.Get(strings.Culture).UnmappedTitle,
                CardReader.Card(reply)["body"]![0]!["text"]!.GetValue<string>()))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("nl-NL")]
    [InlineData("tr-TR")]
    public async Task A_welcome_card_button_skips_the_menu(string locale)
    {
        var strings = StringsFor(locale);
        using var chat = new ChatHarness(locale, output);
        var click = new Activity
        {
            Type = ActivityTypes.Message,
            Text = Journeys.Requests,
            Value = JsonSerializer.SerializeToElement(new { journey = Journeys.Requests }),
        };

        await chat.Flow()
            .Send(click)
            .AssertReply(IsRequestsMenu(strings))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "1")]
    [InlineData("nl-NL", "faq")]
    [InlineData("tr-TR", "1")]
    public async Task The_faq_journey_asks_for_a_question_and_answers_it_with_a_card(string locale, string choice)
    {
        var strings = StringsFor(locale);
        using var chat = new ChatHarness(locale, output);

        await chat.Flow()
            .Send("help")
            .AssertReply(strings.Help)
            .AssertReply(IsMenu(strings))
            .Send(choice)
            .AssertReply(strings.FaqAskPrompt)
            .Send("COVID-19")
            .AssertReply(reply => Assert.Equal("covid-extension", CardReader.AnsweredTopic(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task Text_that_is_not_a_menu_choice_is_taken_as_a_question_even_while_the_menu_waits()
    {
        var strings = StringsFor("nl-NL");
        using var chat = new ChatHarness("nl-NL", output);

        await chat.Flow()
            .Send("hallo")
            .AssertReply(strings.SmallTalkGreeting)
            .AssertReply(IsMenu(strings))
            .Send("wat is het weer morgen?")
            .AssertReply(reply => Assert.Equal(strings.FaqNotSure, CardReader.Card(reply)["body"]![0]!["text"]!.GetValue<string>()))
            .Send("bedankt!")
            .AssertReply(strings.SmallTalkThanks)
            .StartTestAsync();
    }
}
