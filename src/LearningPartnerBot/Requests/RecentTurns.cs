using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Hosting;
using BotKit.Schema;
using BotKit.State;
using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Requests;

/// <summary>
/// The last messages of the conversation, both sides, kept in conversation state: the bot has no transcript store,
/// and "talk to a person" hands them to support staff so the partner does not have to repeat themselves.
/// Must run inside the state-saving middleware, so what it records is saved with the turn.
/// </summary>
public sealed class RecentTurns(ConversationState conversationState, TimeProvider clock) : BotKit.Hosting.IMiddleware
{
    public const int Kept = 20;

    private const int MaxLineLength = 1000;
    private const string UserSide = "partner";
    private const string BotSide = "bot";

    private readonly IStatePropertyAccessor<List<TranscriptLine>> _lines = conversationState.CreateProperty<List<TranscriptLine>>("RecentTurns");

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.Activity.IsType(ActivityTypes.Message))
        {
            await AddAsync(turnContext, UserSide, Describe(turnContext.Activity), cancellationToken);
            turnContext.OnSendActivities(async (context, activities, sendNext) =>
            {
                foreach (var activity in activities.Where(a => a.IsType(ActivityTypes.Message)))
                {
                    await AddAsync(context, BotSide, Describe(activity), cancellationToken);
                }

                return await sendNext();
            });
        }

        await next(cancellationToken);
    }

    public async Task<IReadOnlyList<TranscriptLine>> ReadAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await _lines.GetAsync(turnContext, cancellationToken: cancellationToken) ?? [];

    private async Task AddAsync(ITurnContext turnContext, string from, string text, CancellationToken cancellationToken)
    {
        if (text.Length == 0)
        {
            return;
        }

        var lines = await _lines.GetAsync(turnContext, () => [], cancellationToken) ?? [];
        lines.Add(new TranscriptLine(clock.GetUtcNow(), from, text.Length <= MaxLineLength ? text : text[..MaxLineLength]));
        if (lines.Count > Kept)
        {
            lines.RemoveRange(0, lines.Count - Kept);
        }

        await _lines.SetAsync(turnContext, lines, cancellationToken);
    }

    /// <summary>Text as written; a card by its spoken title; a card click by the data it posted.</summary>
    private static string Describe(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            return activity.Text.Trim();
        }

        if (activity.Value is JsonElement { ValueKind: JsonValueKind.Object } value)
        {
            return "[card submit] " + value.GetRawText();
        }

        var cards = (activity.Attachments ?? []).Select(a => Speak(a.Content)).OfType<string>();
        return string.Join(" | ", cards.Select(title => "[card] " + title));
    }

    /// <summary>A card's spoken summary, read in place: re-serializing every card of every reply was the cost before.</summary>
    private static string? Speak(object? card) => card switch
    {
        JsonObject json => json["speak"] is JsonValue speak && speak.TryGetValue<string>(out var text) ? text : null,
        JsonElement { ValueKind: JsonValueKind.Object } json => json.TryGetProperty("speak", out var speak) && speak.ValueKind == JsonValueKind.String ? speak.GetString() : null,
        _ => null,
    };
}
