using System.Text.Json.Nodes;

namespace BotKit.State;

/// <summary>A stored JSON document and the version it was read at (or is expected to be at when written).</summary>
public sealed record StoreItem(JsonObject Document, string? ETag = null)
{
    public const string AnyETag = "*";

    private JsonObject? _document = Document;
    private string? _json;

    /// <summary>An item whose JSON text is known already: as a store read it, or as the caller just serialized it.</summary>
    public StoreItem(JsonObject document, string json, string? etag)
        : this(document, etag)
    {
        ArgumentNullException.ThrowIfNull(json);
        _json = json;
    }

    // Known only as text; the document is parsed if anyone asks for it (the stores here write the text).
    private StoreItem(string? etag, string json)
        : this((JsonObject)null!, etag) => _json = json;

    // A copy made with `with` may hold another document, so it does not inherit the original's text.
    private StoreItem(StoreItem original)
    {
        _document = original.Document;
        ETag = original.ETag;
    }

    /// <summary>The document; an item made <see cref="FromJson"/> parses it when first asked.</summary>
    public JsonObject Document
    {
        get => _document ??= JsonNode.Parse(_json!) as JsonObject ?? throw new InvalidOperationException("A stored document is a JSON object.");
        init => _document = value;
    }

    /// <summary>An item for a document serialized already (one JSON object): it is not parsed unless a store asks for it.</summary>
    public static StoreItem FromJson(string json, string? etag)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new StoreItem(etag, json);
    }

    /// <summary>
    /// The document as JSON text, serialized at most once per item: the state that saves it and the store that writes
    /// it (or a wrapper around a store) share one serialization. An item stands for the document as it was when first
    /// serialized: change the document after a write and the next write needs a new item.
    /// </summary>
    public string ToJson() => _json ??= Document.ToJsonString();

    public bool Equals(StoreItem? other) =>
        other is not null && ReferenceEquals(Document, other.Document) && string.Equals(ETag, other.ETag, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Document, ETag);
}
