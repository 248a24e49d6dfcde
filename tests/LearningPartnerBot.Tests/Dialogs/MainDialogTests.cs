using System.Globalization;
using System.Text.Json;
using BotKit.Dialogs;
using BotKit.Schema;
using BotKit.State;
using BotKit.Testing;
using LearningPartnerBot.Dialogs;
using LearningPartnerBot.Localization;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Dialogs;

public sealed class MainDialogTests(ITestOutputHelper output)
{
    private TestFlow Flow(string locale)
    {
        var state = new ConversationState(new MemoryStorage());
        var adapter = new TestAdapter(BotKit.Schema.Channels.Msteams) { Locale = locale }
            .Use(new TranscriptLoggerMiddleware(output.WriteLine))
            .Use(new AutoSaveStateMiddleware(state));
        var dialogState = state.CreateProperty<DialogState>("DialogState");
        var dialog = new MainDialog();
        return new TestFlow(adapter, (ctx, ct) => dialog.RunAsync(ctx, dialogState, ct));
    }

    private static Action<Activity> IsMenu(BotStrings strings) => reply =>
    {
        Assert.Equal(strings.MenuPrompt, reply.Text);
        Assert.Equal([strings.FaqTitle, strings.EligibilityTitle, strings.RequestsTitle], reply.SuggestedActions!.Actions.Select(a => a.Title));
    };

    public static TheoryData<string, string, string> TypedChoices => new()
    {
        // locale, what the partner types, the journey it must start
        { "en-US", "2", Journeys.Eligibility },
        { "en-US", "check my eligibility", Journeys.Eligibility },
        { "en-US", "question", Journeys.Faq },
        { "nl-NL", "3", Journeys.Requests },
        { "nl-NL", "een verzoek indienen", Journeys.Requests },
        { "tr-TR", "soru sor", Journeys.Faq },
        { "tr-TR", "UYGUNLUGUMU KONTROL ET", Journeys.Eligibility },
    };

    [Theory]
    [MemberData(nameof(TypedChoices))]
    public async Task The_menu_starts_the_journey_the_partner_picks_then_offers_the_menu_again(string locale, string typed, string journey)
    {
        var strings = BotStrings.Get(LocaleResolver.Resolve(new Activity { Locale = locale }));

        await Flow(locale)
            .Send("hello")
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
        var strings = BotStrings.Get(LocaleResolver.Resolve(new Activity { Locale = locale }));
        var click = new Activity
        {
            Type = ActivityTypes.Message,
            Text = Journeys.Requests,
            Value = JsonSerializer.SerializeToElement(new { journey = Journeys.Requests }),
        };

        await Flow(locale)
            .Send(click)
            .AssertReply(ComingSoon(strings, Journeys.Requests))
            .AssertReply(IsMenu(strings))
            .StartTestAsync();
    }

    [Fact]
    public async Task Something_the_menu_does_not_offer_gets_the_localized_retry_prompt()
    {
        var strings = BotStrings.Get(new CultureInfo("nl"));

        await Flow("nl-NL")
            .Send("hallo")
            .AssertReply(IsMenu(strings))
            .Send("wat is het weer morgen?")
            .AssertReply(reply => Assert.Equal(strings.Fallback, reply.Text))
            .StartTestAsync();
    }

    private static string ComingSoon(BotStrings strings, string journey) => journey switch
    {
        Journeys.Faq => strings.FaqComingSoon,
        Journeys.Eligibility => strings.EligibilityComingSoon,
        _ => strings.RequestsComingSoon,
    };
}
