using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Hosting;
using BotKit.Schema;
using LearningPartnerBot.Channels.Console;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Channels.Teams;

/// <summary>
/// Keeps every outgoing message under the size every Teams surface accepts. Teams rejects a larger bot message
/// (413 MessageSizeTooBig) and the partner sees nothing at all, so an oversized message loses its cards and carries
/// their text instead: less pretty, but the answer arrives.
/// </summary>
public sealed class CardSizeGuard : BotKit.Hosting.IMiddleware
{
    /// <summary>
    /// About 28 KB: the smallest limit documented for Teams messages (incoming webhooks and Workflows); bot messages
    /// get more, but that figure has changed over time, so staying under the smallest one is safe everywhere.
    /// </summary>
    public const int MaxMessageChars = 28 * 1024;

    /// <summary>Room left for the activity's addressing and the note in front of the text.</summary>
    private const int MaxFallbackTextChars = MaxMessageChars - 4 * 1024;

    private const string ShortenedKey = "LearningPartnerBot.CardSizeGuard.Shortened";

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        turnContext.OnSendActivities((ctx, activities, sendNext) =>
        {
            for (var i = 0; i < activities.Count; i++)
            {
                if (activities[i].IsType(ActivityTypes.Message) && !SerializedFits(activities[i], ctx))
                {
                    activities[i] = WithTextInsteadOfCards(activities[i], ctx.Activity);
                    Remember(ctx, activities[i]);
                }
            }

            return sendNext();
        });
        return next(cancellationToken);
    }

    private static readonly AdaptiveCardTextRenderer CardText = new();

    /// <summary>
    /// Whether this turn's guard replaced cards with <paramref name="message"/>'s text. Send hooks registered later
    /// (Universal Actions holding replies) only see the text, and must not mistake it for a short answer of the bot.
    /// </summary>
    public static bool Shortened(ITurnContext turnContext, Activity message)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<HashSet<Activity>>(ShortenedKey)?.Contains(message) == true;
    }

    private static void Remember(ITurnContext turnContext, Activity shortened)
    {
        if (turnContext.TurnState.Get<HashSet<Activity>>(ShortenedKey) is not { } set)
        {
            turnContext.TurnState[ShortenedKey] = set = new HashSet<Activity>(ReferenceEqualityComparer.Instance);
        }

        set.Add(shortened);
    }

    /// <summary>Whether the message, as serialized for the channel, is within <see cref="MaxMessageChars"/>.</summary>
    public static bool Fits(Activity activity) => SerializedFits(activity, rememberFor: null);

    /// <summary>Whether a card alone (e.g. an invoke response replacing a card) is within <see cref="MaxMessageChars"/>.</summary>
    public static bool Fits(object card) => SerializedFits(card, rememberFor: null);

    /// <summary>
    /// Measured as UTF-8 into a reused buffer, not as a new string, because every reply of every turn is measured.
    /// A UTF-8 byte count is never below the character count, so only a message
    /// over the limit in bytes has its characters counted. A message that fits is final here (the guard's hook is
    /// the last to change replies), so its bytes are handed to the adapter to write instead of serializing it again.
    /// </summary>
    private static bool SerializedFits(object value, ITurnContext? rememberFor)
    {
        var buffer = MeasureBuffer ??= new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();

        // A writer takes its escaping and indenting from its own options, not the serializer's: the same as the channel gets.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = BotJson.Options.Encoder, Indented = BotJson.Options.WriteIndented }))
        {
            JsonSerializer.Serialize(writer, value, value.GetType(), BotJson.Options);
        }

        var fits = buffer.WrittenCount <= MaxMessageChars || Encoding.UTF8.GetCharCount(buffer.WrittenSpan) <= MaxMessageChars;
        if (fits && rememberFor is not null && value is Activity activity)
        {
            SerializedReplies.Remember(rememberFor, activity, buffer.WrittenSpan);
        }
        if (buffer.Capacity > 4 * MaxMessageChars)
        {
            // A huge message was measured: let its buffer go rather than keep it for the thread's lifetime.
            MeasureBuffer = null;
        }

        return fits;
    }

    // Per thread, because measuring never awaits.
    [ThreadStatic]
    private static System.Buffers.ArrayBufferWriter<byte>? MeasureBuffer;

    private static Activity WithTextInsteadOfCards(Activity message, Activity incoming)
    {
        var culture = SupportedLocales.Match(message.Locale) ?? LocaleResolver.Resolve(incoming);
        var text = new StringBuilder(TeamsStrings.Get(culture).CardTooLarge);
        if (!string.IsNullOrWhiteSpace(message.Text))
        {
            text.Append("\n\n").Append(message.Text);
        }

        foreach (var attachment in message.Attachments ?? [])
        {
            // The console's reader of cards: visible text and facts, never input choices' internal values.
            if (JsonSerializer.SerializeToNode(attachment.Content, BotJson.Options) is JsonObject card)
            {
                foreach (var line in CardText.Render(card))
                {
                    text.Append("\n\n").Append(line);
                }
            }
        }

        var trimmed = message.Clone();
        trimmed.Attachments = null;
        trimmed.AttachmentLayout = null;
        trimmed.TextFormat = TextFormatTypes.Markdown;
        trimmed.Text = Shorten(text.ToString(), MaxFallbackTextChars);
        return trimmed;
    }

    private static string Shorten(string text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxChars - 1);
        return string.Concat(text.AsSpan(0, cut > maxChars / 2 ? cut : maxChars - 1), "…");
    }
}
