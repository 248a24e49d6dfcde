using System.Globalization;
using System.Text.Json;
using BotKit.Hosting;
using BotKit.Schema;
using BotKit.Testing;
using LearningPartnerBot.Channels.Teams;

namespace LearningPartnerBot.Tests.Channels.Teams;

/// <summary>How the replies of a routed Action.Execute become its invoke response.</summary>
public sealed class UniversalActionsTests
{
    private readonly TestAdapter _adapter = new(BotKit.Schema.Channels.Msteams) { Locale = "nl-NL" };

    private static AdaptiveCardInvokeValue Journey(string journey) => new()
    {
        Action = new AdaptiveCardInvokeAction { Type = UniversalActions.ExecuteActionType, Verb = ExecuteActionRoute.JourneyVerb, Data = JsonSerializer.SerializeToElement(journey) },
    };

    private async Task<(AdaptiveCardInvokeResponse Response, Activity? Seen)> ExecuteAsync(AdaptiveCardInvokeValue value, BotCallbackHandler handleSubmit)
    {
        AdaptiveCardInvokeResponse? response = null;
        Activity? seen = null;
        await _adapter.ProcessActivityAsync(new Activity { Type = ActivityTypes.Invoke, Name = "adaptiveCard/action" }, async (ctx, ct) =>
            response = await UniversalActions.ExecuteAsync(value, ctx, (routed, ct2) =>
            {
                seen = routed.Activity;
                return handleSubmit(routed, ct2);
            }, ct));
        return (response!, seen);
    }

    [Fact]
    public async Task The_submit_handler_sees_a_message_with_the_submit_value_of_the_same_button()
    {
        var (_, seen) = await ExecuteAsync(Journey("requests"), (_, _) => Task.CompletedTask);

        Assert.Equal(ActivityTypes.Message, seen!.Type);
        Assert.Equal("requests", ((JsonElement)seen.Value!).GetProperty("journey").GetString());
    }

    [Fact]
    public async Task Several_replies_go_to_the_chat_and_the_card_says_where_the_answer_is()
    {
        var (response, _) = await ExecuteAsync(Journey("requests"), async (ctx, ct) =>
        {
            await ctx.SendActivityAsync("Requests are coming soon.", cancellationToken: ct);
            await ctx.SendActivityAsync(MessageFactory.SuggestedActions(["faq"], "What next?"), ct);
        });

        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, response.Type);
        Assert.Equal(TeamsStrings.Get(CultureInfo.GetCultureInfo("nl")).ActionAnsweredInChat, response.Value);
        Assert.Equal(["Requests are coming soon.", "What next?"], _adapter.ActiveQueue.Select(a => a.Text));
    }

    [Fact]
    public async Task A_single_text_becomes_the_cards_message_and_is_not_also_posted()
    {
        var (response, _) = await ExecuteAsync(Journey("faq"), (ctx, ct) => ctx.SendActivityAsync("Thanks!", cancellationToken: ct));

        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, response.Type);
        Assert.Equal("Thanks!", response.Value);
        Assert.Empty(_adapter.ActiveQueue);
    }

    [Fact]
    public async Task A_card_too_large_for_teams_goes_to_the_chat_and_the_clicked_card_says_so()
    {
        _adapter.Use(new CardSizeGuard());
        var huge = new { type = "AdaptiveCard", version = "1.5", body = new[] { new { type = "TextBlock", text = new string('x', CardSizeGuard.MaxMessageChars), wrap = true } } };

        var (response, _) = await ExecuteAsync(Journey("faq"), (ctx, ct) =>
            ctx.SendActivityAsync(MessageFactory.Attachment(new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = huge }), ct));

        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, response.Type);
        Assert.Equal(TeamsStrings.Get(CultureInfo.GetCultureInfo("nl")).ActionAnsweredInChat, response.Value);
        var posted = Assert.Single(_adapter.ActiveQueue);
        Assert.StartsWith(TeamsStrings.Get(CultureInfo.GetCultureInfo("nl")).CardTooLarge, posted.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_turn_that_says_nothing_is_still_answered()
    {
        var (response, _) = await ExecuteAsync(Journey("eligibility"), (_, _) => Task.CompletedTask);

        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, response.Type);
        Assert.Equal(TeamsStrings.Get(CultureInfo.GetCultureInfo("nl")).ActionDone, response.Value);
    }
}
