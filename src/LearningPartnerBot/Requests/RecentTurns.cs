using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Hosting;
using BotKit.Schema;
using BotKit.State;
using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Requests;

/// <summary>
/// The last messages of the conversation, both sides: the bot has no transcript store, and "talk to a person" hands
/// them to support staff so the partner does not have to repeat themselves.
/// Lines are kept in memory and written to their own document ("{conversation key}/recent-turns") by
/// <see cref="FlushAsync(CancellationToken)"/>, which <see cref="RecentTurnsFlusher"/> runs twenty times a second,
/// and before any read. Kept in conversation state they would make every message turn write state. The price: lines
/// of the last twentieth of a second are lost if the process dies, and another instance reading the same
/// conversation misses what this one has not flushed yet. Neither loses a request, only context for staff.
/// </summary>
public sealed class RecentTurns(IStorage storage, TimeProvider clock) : BotKit.Hosting.IMiddleware
{
    public const int Kept = 20;

    private const int MaxLineLength = 1000;
    private const int WriteAttempts = 5;
    private const int BatchSize = 200;
    private const string UserSide = "partner";
    private const string BotSide = "bot";

    private readonly ConcurrentDictionary<string, PendingTurnLines> _pending = new(StringComparer.Ordinal);

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.Activity.IsType(ActivityTypes.Message) && Key(turnContext.Activity) is { } key)
        {
            Add(key, UserSide, Describe(turnContext.Activity));
            turnContext.OnSendActivities((_, activities, sendNext) =>
            {
                foreach (var activity in activities.Where(a => a.IsType(ActivityTypes.Message)))
                {
                    Add(key, BotSide, Describe(activity));
                }

                return sendNext();
            });
        }

        return next(cancellationToken);
    }

    /// <summary>The conversation's recent lines, oldest first, including this instance's not yet written ones.</summary>
    public async Task<IReadOnlyList<TranscriptLine>> ReadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (Key(turnContext.Activity) is not { } key)
        {
            return [];
        }

        await FlushAsync(key, cancellationToken);
        var stored = await storage.ReadAsync([key], cancellationToken);
        return stored.TryGetValue(key, out var item) ? Lines(item) : [];
    }

    /// <summary>
    /// Writes every conversation's pending lines. A conversation whose write fails keeps its lines for the next flush.
    /// Conversations are written in batches, one read and one all-or-nothing write each: a busy bot has hundreds of
    /// conversations to flush at each tick, and a round trip and commit apiece would dominate the flush.
    /// A batch that fails (another instance wrote one of its conversations, or the database refused) is written again
    /// conversation by conversation, so one conflict costs nobody their lines.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        List<Exception>? failures = null;
        foreach (var keys in _pending.Keys.Chunk(BatchSize))
        {
            var batch = Take(keys);
            if (batch.Count == 0)
            {
                continue;
            }

            try
            {
                await AppendAsync(batch, cancellationToken);
                continue;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Written one by one below; nothing of the batch was written.
            }
            catch
            {
                Restore(batch);
                throw;
            }

            for (var i = 0; i < batch.Count; i++)
            {
                var (key, lines) = batch[i];
                try
                {
                    await AppendAsync(key, lines, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Restore([batch[i]]);
                    (failures ??= []).Add(e);
                }
                catch
                {
                    Restore(batch[i..]);
                    throw;
                }
            }
        }

        if (failures is not null)
        {
            throw new AggregateException("Recent turns of some conversations could not be written; they are kept for the next flush.", failures);
        }
    }

    /// <summary>Whether lines wait to be written.</summary>
    public bool HasPending => !_pending.IsEmpty;

    private async Task FlushAsync(string key, CancellationToken cancellationToken)
    {
        var taken = Take([key]);
        if (taken.Count == 0)
        {
            return;
        }

        try
        {
            await AppendAsync(key, taken[0].Lines, cancellationToken);
        }
        catch
        {
            Restore(taken);
            throw;
        }
    }

    /// <summary>Closes the conversations' pending entries and hands over their lines; later lines go to new entries.</summary>
    private List<(string Key, List<TranscriptLine> Lines)> Take(IEnumerable<string> keys)
    {
        var taken = new List<(string, List<TranscriptLine>)>();
        foreach (var key in keys)
        {
            if (_pending.TryRemove(key, out var pending))
            {
                taken.Add((key, pending.Close()));
            }
        }

        return taken;
    }

    private void Restore(IEnumerable<(string Key, List<TranscriptLine> Lines)> unwritten)
    {
        foreach (var (key, lines) in unwritten)
        {
            foreach (var line in lines)
            {
                Add(key, line);
            }
        }
    }

    private async Task AppendAsync(List<(string Key, List<TranscriptLine> Lines)> batch, CancellationToken cancellationToken)
    {
        var stored = await storage.ReadAsync(batch.ConvertAll(b => b.Key), cancellationToken);
        var changes = new Dictionary<string, StoreItem>(batch.Count, StringComparer.Ordinal);
        foreach (var (key, lines) in batch)
        {
            var current = stored.TryGetValue(key, out var item) ? item : null;
            changes[key] = Merge(current, lines);
        }

        await storage.WriteAsync(changes, cancellationToken);
    }

    private async Task AppendAsync(string key, IReadOnlyList<TranscriptLine> lines, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await storage.ReadAsync([key], cancellationToken);
            var current = stored.TryGetValue(key, out var item) ? item : null;
            try
            {
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = Merge(current, lines) }, cancellationToken);
                return;
            }
            catch (EtagConflictException) when (attempt < WriteAttempts)
            {
                // Another writer got there first: merge with what it wrote.
            }
        }
    }

    private static StoreItem Merge(StoreItem? current, IReadOnlyList<TranscriptLine> lines) =>
        StoreItem.FromJson(RecentTurnsDocument.Merge(current?.ToJson(), lines, Kept), current?.ETag);

    private void Add(string key, string from, string text)
    {
        if (text.Length > 0)
        {
            Add(key, new TranscriptLine(clock.GetUtcNow(), from, text.Length <= MaxLineLength ? text : text[..MaxLineLength]));
        }
    }

    private void Add(string key, TranscriptLine line)
    {
        // A flush may close the entry between GetOrAdd and Add; the line then goes into a fresh one.
        while (!_pending.GetOrAdd(key, _ => new PendingTurnLines()).TryAdd(line))
        {
        }
    }

    private static List<TranscriptLine> Lines(StoreItem item) => RecentTurnsDocument.Lines(item.ToJson());

    /// <summary>Beside the conversation's state document.</summary>
    private static string? Key(Activity activity) =>
        ConversationState.StorageKeyOf(activity) is { } conversation ? conversation + "/recent-turns" : null;

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

    /// <summary>A card's spoken summary, read in place rather than by serializing the card again.</summary>
    private static string? Speak(object? card) => card switch
    {
        Cards.RenderedCard rendered => rendered.Speak,
        JsonObject json => json["speak"] is JsonValue speak && speak.TryGetValue<string>(out var text) ? text : null,
        JsonElement { ValueKind: JsonValueKind.Object } json => json.TryGetProperty("speak", out var speak) && speak.ValueKind == JsonValueKind.String ? speak.GetString() : null,
        _ => null,
    };
}
