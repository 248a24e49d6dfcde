using BotKit.Hosting;
using BotKit.Schema;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Channels.Teams;

/// <summary>
/// Answers Universal Actions (Action.Execute, invoke <c>adaptiveCard/action</c>) by running the bot's own handling of
/// the equivalent Action.Submit, then turning what it said into the invoke response Teams shows on the card: one card
/// replaces the clicked card, one plain text is shown as the action's message, and anything more goes to the chat as
/// usual with a short message on the card (as does a card too large for Teams). A verb or data the bot does not know
/// is an error response, never a crash.
/// </summary>
public static class UniversalActions
{
    public const string ExecuteActionType = "Action.Execute";

    public static async Task<AdaptiveCardInvokeResponse> ExecuteAsync(
        AdaptiveCardInvokeValue invokeValue, ITurnContext turnContext, BotCallbackHandler handleSubmit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invokeValue);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(handleSubmit);
        var strings = TeamsStrings.Get(LocaleResolver.Resolve(turnContext.Activity));
        if (invokeValue.Action is not { Type: ExecuteActionType } action)
        {
            return AdaptiveCardInvokeResponse.Error("NotSupported", strings.ActionNotSupported);
        }

        if (ExecuteActionRoute.ToSubmitMessage(turnContext.Activity, action) is not { } submit)
        {
            return AdaptiveCardInvokeResponse.Error("NotSupported", strings.ActionNotSupported);
        }

        var replies = new HeldReplies();
        turnContext.OnSendActivities(replies.HoldAsync);
        await handleSubmit(new ActivityOverrideTurnContext(turnContext, submit), cancellationToken);
        return await replies.ReleaseAsync(strings);
    }

    /// <summary>The turn's messages, held until it is known whether one of them can be the invoke response instead.</summary>
    private sealed class HeldReplies
    {
        private readonly List<(List<Activity> Batch, Func<Task<ResourceResponse[]>> Send)> _held = [];
        private bool _released;
        private bool _shortened;

        public Task<ResourceResponse[]> HoldAsync(ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> send)
        {
            // The invoke response itself, typing and traces are not replies to hold.
            if (_released || !activities.All(a => a.IsType(ActivityTypes.Message)))
            {
                return send();
            }

            // The size guard runs first: a card too large for Teams arrives here already turned into long text, which
            // belongs in the chat (as the card would have), not squeezed onto the clicked card.
            _shortened |= activities.Any(a => CardSizeGuard.Shortened(turnContext, a));
            _held.Add((activities, send));
            return Task.FromResult(activities.Select(_ => new ResourceResponse(string.Empty)).ToArray());
        }

        public async Task<AdaptiveCardInvokeResponse> ReleaseAsync(TeamsStrings strings)
        {
            _released = true;
            var messages = _held.SelectMany(h => h.Batch).ToList();
            if (messages is [{ } only] && !_shortened)
            {
                if (IsPlainText(only))
                {
                    return AdaptiveCardInvokeResponse.Message(only.Text!);
                }

                if (SingleCard(only) is { } card && CardSizeGuard.Fits(card))
                {
                    return AdaptiveCardInvokeResponse.Card(card);
                }
            }

            foreach (var (_, send) in _held)
            {
                await send();
            }

            return AdaptiveCardInvokeResponse.Message(messages.Count == 0 ? strings.ActionDone : strings.ActionAnsweredInChat);
        }

        private static bool IsPlainText(Activity message) =>
            !string.IsNullOrWhiteSpace(message.Text) && message.Attachments is null or { Count: 0 } && message.SuggestedActions is null;

        private static object? SingleCard(Activity message) =>
            string.IsNullOrWhiteSpace(message.Text) && message.SuggestedActions is null
            && message.Attachments is [{ ContentType: ContentTypes.AdaptiveCard, Content: { } card }]
                ? card
                : null;
    }
}
