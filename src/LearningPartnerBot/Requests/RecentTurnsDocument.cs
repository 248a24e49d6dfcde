using System.Buffers;
using System.Text;
using System.Text.Json;
using BotKit.Schema;
using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Requests;

/// <summary>
/// The stored recent turns of a conversation, <c>{ "lines": [ { "at": …, "from": …, "text": … }, … ] }</c>,
/// oldest first. Merging new lines into it copies the stored lines as the JSON they are, reading only their times:
/// a conversation's document is merged on nearly every turn (a person's turns are seconds apart, so each flush finds
/// a line or two per conversation), and decoding every stored line into strings only to encode them again was most
/// of what a merge allocated.
/// </summary>
internal static class RecentTurnsDocument
{
    private static readonly JsonEncodedText LinesProperty = JsonEncodedText.Encode(
        BotJson.Options.PropertyNamingPolicy?.ConvertName(nameof(StoredLines.Lines)) ?? nameof(StoredLines.Lines));

    private static readonly string AtProperty =
        BotJson.Options.PropertyNamingPolicy?.ConvertName(nameof(TranscriptLine.At)) ?? nameof(TranscriptLine.At);

    /// <summary>The document's lines, decoded.</summary>
    public static List<TranscriptLine> Lines(string json) =>
        JsonSerializer.Deserialize<StoredLines>(json, BotJson.Options)?.Lines ?? [];

    /// <summary>
    /// <paramref name="stored"/> (null for none) with <paramref name="added"/>, by time and stably (two instances, or a
    /// flush racing a read, may write a conversation's lines out of order), the last <paramref name="kept"/> of them.
    /// </summary>
    public static string Merge(string? stored, IReadOnlyList<TranscriptLine> added, int kept)
    {
        // Per thread, because merging never awaits; a flush merges one conversation after another on the same thread.
        var scratch = Scratch ??= new MergeScratch();
        var (buffer, addedUtf8, pieces) = (scratch.Output, scratch.Added, scratch.Pieces);
        buffer.ResetWrittenCount();
        addedUtf8.ResetWrittenCount();
        pieces.Clear();
        byte[]? storedUtf8 = null;
        try
        {
            if (stored is not null)
            {
                storedUtf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(stored.Length));
                var length = Encoding.UTF8.GetBytes(stored, storedUtf8);
                if (!TryReadPieces(storedUtf8.AsSpan(0, length), pieces))
                {
                    // Not in the shape this version writes: merged through the decoded lines, as any reader sees them.
                    return Decoded(Lines(stored), added, kept);
                }
            }

            using var writer = new Utf8JsonWriter(addedUtf8, WriterOptions);
            foreach (var line in added)
            {
                // Each line is a value of its own: a writer reset between them writes no separator.
                var start = addedUtf8.WrittenCount;
                JsonSerializer.Serialize(writer, line, BotJson.Options);
                writer.Flush();
                writer.Reset(addedUtf8);
                pieces.Add(new Piece(line.At, pieces.Count, start, addedUtf8.WrittenCount - start, Added: true));
            }

            pieces.Sort(static (a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Order.CompareTo(b.Order));
            writer.Reset(buffer);
            writer.WriteStartObject();
            writer.WriteStartArray(LinesProperty);
            for (var i = Math.Max(0, pieces.Count - kept); i < pieces.Count; i++)
            {
                var piece = pieces[i];
                var source = piece.Added ? addedUtf8.WrittenSpan : storedUtf8.AsSpan();
                writer.WriteRawValue(source.Slice(piece.Start, piece.Length), skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.Flush();

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        finally
        {
            if (storedUtf8 is not null)
            {
                ArrayPool<byte>.Shared.Return(storedUtf8);
            }

            if (buffer.Capacity > MaxScratchBytes || addedUtf8.Capacity > MaxScratchBytes)
            {
                // An unusually long transcript was merged: let its buffers go rather than keep them for the
                // thread's lifetime.
                Scratch = null;
            }
        }
    }

    /// <summary>Twenty lines of at most a thousand characters each, with room for escaping.</summary>
    private const int MaxScratchBytes = 128 * 1024;

    [ThreadStatic]
    private static MergeScratch? Scratch;

    private sealed class MergeScratch
    {
        public ArrayBufferWriter<byte> Output { get; } = new(4096);

        public ArrayBufferWriter<byte> Added { get; } = new(1024);

        public List<Piece> Pieces { get; } = [];
    }

    private static JsonWriterOptions WriterOptions => new() { Encoder = BotJson.Options.Encoder, Indented = BotJson.Options.WriteIndented };

    /// <summary>Where each stored line is and when it was said; false when the document is not as this version writes it.</summary>
    private static bool TryReadPieces(ReadOnlySpan<byte> utf8, List<Piece> pieces)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = BotJson.Options.MaxDepth });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var sawLines = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals(LinesProperty.EncodedUtf8Bytes) || sawLines)
            {
                return false;
            }

            sawLines = true;
            if (!reader.Read())
            {
                return false;
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                var start = (int)reader.TokenStartIndex;
                DateTimeOffset? at = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isAt = reader.ValueTextEquals(AtProperty);
                    if (!reader.Read())
                    {
                        return false;
                    }

                    if (isAt)
                    {
                        if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTimeOffset(out var value))
                        {
                            return false;
                        }

                        at = value;
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                if (reader.TokenType != JsonTokenType.EndObject || at is null)
                {
                    return false;
                }

                pieces.Add(new Piece(at.Value, pieces.Count, start, (int)reader.BytesConsumed - start, Added: false));
            }

            if (reader.TokenType != JsonTokenType.EndArray)
            {
                return false;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0;
    }

    private static string Decoded(IEnumerable<TranscriptLine> stored, IReadOnlyList<TranscriptLine> added, int kept)
    {
        var merged = stored.Concat(added).OrderBy(l => l.At).TakeLast(kept).ToList();
        return JsonSerializer.Serialize(new StoredLines(merged), BotJson.Options);
    }

    /// <summary>A line as JSON: in the stored document or among the added lines, at <see cref="Start"/>.</summary>
    private readonly record struct Piece(DateTimeOffset At, int Order, int Start, int Length, bool Added);

    /// <summary>The stored document.</summary>
    private sealed record StoredLines(List<TranscriptLine>? Lines);
}
