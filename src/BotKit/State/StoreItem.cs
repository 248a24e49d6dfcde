using System.Text.Json.Nodes;

namespace BotKit.State;

/// <summary>A stored JSON document and the version it was read at (or is expected to be at when written).</summary>
public sealed record StoreItem(JsonObject Document, string? ETag = null)
{
    public const string AnyETag = "*";
}
