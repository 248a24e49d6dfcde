using System.Globalization;
using System.Text.Json;
using BotKit.Schema;
using LearningPartnerBot.Dialogs;
using LearningPartnerBot.Localization;
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

    private static BotStrings StringsFor(string locale) => BotStrings.Get(LocaleResolver.Resolve(new Activity { Locale = locale }));

    public static TheoryData<string, string, string> TypedChoices => new()
    {
        // locale, what the partner types at the menu, the journey it must start
        { "en-US", "2", Journeys.Eligibility },
        { "en-US", "check my eligibility", Journeys.Eligibility },
        { "nl-NL", "3", Journeys.Requests },
        { "nl-NL", "een verzoek indienen", Journeys.Requests },
        { "tr-TR", "UYGUNLUGUMU KONTROL ET", Journeys.Eligibility },
    };

    [Theory]
    [MemberData(nameof(TypedChoices))]
    public async Task A_greeting_gets_the_menu_and_a_menu_choice_starts_its_journey_then_the_menu_again(string locale, string typed, string journey)
    {
        var strings = StringsFor(locale);
        using var chat = new ChatHarness(locale, output);

        await chat.Flow()
            .Send("hello")
            .AssertReply(strings.SmallTalkGreeting)
            .AssertReply(IsMenu(strings))
            .Send(typed)
            .AssertReply(ComingSoon(strings, journey))
            .AssertReply(IsMenu(strings))
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
            .AssertReply(ComingSoon(strings, Journeys.Requests))
            .AssertReply(IsMenu(strings))
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

    private static string ComingSoon(BotStrings strings, string journey) => journey switch
    {
        Journeys.Eligibility => strings.EligibilityComingSoon,
        _ => strings.RequestsComingSoon,
    };
}
