using System.Buffers;
using System.Text;
using System.Text.Json;
using BotKit.Hosting;
using BotKit.Schema;

namespace BotKit.State;

/// <summary>
/// A JSON document of named properties, loaded once per turn into TurnState and written back only when it changed.
/// The write carries the ETag it was read with, so a concurrent change elsewhere is detected, never overwritten.
/// </summary>
public abstract class BotState
{
    private const string EmptyDocument = "{}";

    private readonly string _contextServiceKey;

    protected BotState(IStorage storage, string contextServiceKey)
    {
        Storage = storage ?? throw new ArgumentNullException(nameof(storage));
        _contextServiceKey = contextServiceKey;
    }

    protected IStorage Storage { get; }

    public IStatePropertyAccessor<T> CreateProperty<T>(string name) => new StatePropertyAccessor<T>(this, name);

    /// <summary>The storage key of this state for the turn's activity, e.g. "msteams/conversations/19:abc".</summary>
    protected abstract string GetStorageKey(ITurnContext turnContext);

    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && turnContext.TurnState.ContainsKey(_contextServiceKey))
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var items = await Storage.ReadAsync([key], cancellationToken);
        turnContext.TurnState[_contextServiceKey] = items.TryGetValue(key, out var item)
            ? CachedState.Loaded(item.ToJson(), item.ETag)
            : CachedState.Loaded(EmptyDocument, etag: null);
    }

    /// <summary>Writes the state if anything changed since it was loaded (or always, with <paramref name="force"/>).</summary>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<CachedState>(_contextServiceKey) is not { } cached)
        {
            return;
        }

        var json = cached.ToJson();
        if (!force && json == cached.LoadedJson)
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var written = await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = StoreItem.FromJson(json, cached.ETag) }, cancellationToken);
        cached.MarkSaved(json, written[key]);
    }

    /// <summary>Empties the state for this turn; the next save removes the stored properties.</summary>
    public async Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);

        // The save must carry the stored ETag: without it, a state cleared before it was ever read would be
        // written as create-only and conflict with the very document it means to replace.
        var etag = (await GetCachedAsync(turnContext, cancellationToken)).ETag;
        turnContext.TurnState[_contextServiceKey] = CachedState.Cleared(etag);
    }

    /// <summary>Deletes the stored state and forgets the cached copy.</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Remove(_contextServiceKey);
        await Storage.DeleteAsync([GetStorageKey(turnContext)], cancellationToken);
    }

    internal async Task<CachedState> GetCachedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, force: false, cancellationToken);
        return turnContext.TurnState.Get<CachedState>(_contextServiceKey)!;
    }

    /// <summary>
    /// The loaded document plus the live objects handed out by accessors. Objects are serialized back at save time,
    /// so code can mutate what GetAsync returned, as with the SDK.
    /// The document is read from its text as one immutable JSON value, not a tree of nodes: a property is deserialized
    /// straight from its bytes when first asked for, and a property nobody asked for is copied back as it was.
    /// </summary>
    internal sealed class CachedState
    {
        private readonly JsonElement _document;
        private readonly Dictionary<string, object?> _live = new(StringComparer.Ordinal);
        private HashSet<string>? _removed;

        private CachedState(JsonElement document, string? etag, string? loadedJson)
        {
            _document = document;
            ETag = etag;
            LoadedJson = loadedJson;
        }

        /// <summary>As read from storage (<paramref name="json"/> is its text, one JSON object): saving it unchanged writes nothing.</summary>
        public static CachedState Loaded(string json, string? etag) => new(ParseObject(json), etag, json);

        /// <summary>Emptied in this turn: the next save always writes, replacing what is stored.</summary>
        public static CachedState Cleared(string? etag) => new(default, etag, loadedJson: null);

        public string? ETag { get; private set; }

        public string? LoadedJson { get; private set; }

        public bool TryGet<T>(string name, out T? value)
        {
            if (_live.TryGetValue(name, out var live))
            {
                value = (T?)live;
                return true;
            }

            if (Stored(name) is { } element)
            {
                value = element.Deserialize<T>(BotJson.Options);
                _live[name] = value;
                return true;
            }

            value = default;
            return false;
        }

        public void Set(string name, object? value) => _live[name] = value;

        public void Remove(string name)
        {
            _live.Remove(name);
            (_removed ??= new(StringComparer.Ordinal)).Add(name);
        }

        /// <summary>
        /// The document with the live objects in place of what was loaded for them, as JSON text: written straight
        /// from the objects, without building a tree of them first, since every turn that touched state does this.
        /// The stored properties keep their order; properties first set in this turn follow them.
        /// </summary>
        public string ToJson()
        {
            var buffer = SaveBuffer ??= new ArrayBufferWriter<byte>(4 * 1024);
            buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                if (_document.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in _document.EnumerateObject())
                    {
                        if (_removed?.Contains(property.Name) == true)
                        {
                            continue;
                        }

                        writer.WritePropertyName(property.Name);
                        if (_live.TryGetValue(property.Name, out var value))
                        {
                            Write(writer, value);
                        }
                        else
                        {
                            property.Value.WriteTo(writer);
                        }
                    }
                }

                foreach (var (name, value) in _live)
                {
                    if (!IsStored(name))
                    {
                        writer.WritePropertyName(name);
                        Write(writer, value);
                    }
                }

                writer.WriteEndObject();
            }

            var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
            if (buffer.Capacity > MaxKeptBuffer)
            {
                // A huge state was written: let its buffer go rather than keep it for the thread's lifetime.
                SaveBuffer = null;
            }

            return json;
        }

        /// <summary>The stored value of a property not removed in this turn; a stored null counts as absent.</summary>
        private JsonElement? Stored(string name) =>
            IsStored(name) && _document.GetProperty(name) is { ValueKind: not JsonValueKind.Null } element ? element : null;

        private bool IsStored(string name) =>
            _document.ValueKind == JsonValueKind.Object && _removed?.Contains(name) != true && _document.TryGetProperty(name, out _);

        // Not pooled, so nothing needs disposing when the turn ends; a state is a few hundred bytes to a few KB.
        private static JsonElement ParseObject(string json)
        {
            if (json == EmptyDocument)
            {
                return default;
            }

            var element = JsonSerializer.Deserialize<JsonElement>(json);
            return element.ValueKind == JsonValueKind.Object
                ? element
                : throw new InvalidOperationException("A stored state is a JSON object.");
        }

        private static void Write(Utf8JsonWriter writer, object? value) =>
            JsonSerializer.Serialize(writer, value, value?.GetType() ?? typeof(object), BotJson.Options);

        private const int MaxKeptBuffer = 256 * 1024;

        // Per thread, because serializing never awaits.
        [ThreadStatic]
        private static ArrayBufferWriter<byte>? SaveBuffer;

        public void MarkSaved(string json, string etag)
        {
            LoadedJson = json;
            ETag = etag;
        }
    }

    private sealed class StatePropertyAccessor<T>(BotState state, string name) : IStatePropertyAccessor<T>
    {
        public string Name { get; } = name;

        public async Task<T?> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default)
        {
            var cached = await state.GetCachedAsync(turnContext, cancellationToken);
            if (cached.TryGet<T>(Name, out var value) && value is not null)
            {
                return value;
            }

            if (defaultValueFactory is null)
            {
                return default;
            }

            var created = defaultValueFactory();
            cached.Set(Name, created);
            return created;
        }

        public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default) =>
            (await state.GetCachedAsync(turnContext, cancellationToken)).Set(Name, value);

        public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            (await state.GetCachedAsync(turnContext, cancellationToken)).Remove(Name);
    }
}
