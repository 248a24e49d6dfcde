using System.Text.Json;

namespace BotKit.Schema;

public sealed partial class Activity
{
    public static Activity CreateMessageActivity() => new() { Type = ActivityTypes.Message };

    public static Activity CreateTraceActivity(string name, string? valueType = null, object? value = null, string? label = null) =>
        new() { Type = ActivityTypes.Trace, Name = name, Label = label, ValueType = valueType ?? value?.GetType().Name, Value = value };

    public static Activity CreateEventActivity(string name, object? value = null) =>
        new() { Type = ActivityTypes.Event, Name = name, Value = value };

    /// <summary>
    /// A reply addressed back to this activity's sender: from/recipient swapped, same conversation,
    /// replyToId pointing at this activity, locale carried over.
    /// </summary>
    public Activity CreateReply(string? text = null, string? locale = null) => new()
    {
        Type = ActivityTypes.Message,
        Timestamp = DateTimeOffset.UtcNow,
        From = Recipient is null ? null : new ChannelAccount(Recipient.Id, Recipient.Name),
        Recipient = From is null ? null : new ChannelAccount(From.Id, From.Name),
        ReplyToId = Id,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        Conversation = Conversation is null ? null : new ConversationAccount(Conversation.Id, Conversation.Name, Conversation.IsGroup),
        Text = text ?? string.Empty,
        Locale = locale ?? Locale,
        Attachments = [],
        Entities = [],
    };

    /// <remarks>
    /// Direct Line does not store the conversationUpdate it sends, so replying to its id fails there; the id is
    /// dropped only in that case, as the SDK does. Every other activity id is kept so replies thread.
    /// </remarks>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = IsType(ActivityTypes.ConversationUpdate) && ChannelId is Channels.Directline or Channels.Webchat ? null : Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        Locale = Locale,
        ServiceUrl = ServiceUrl,
    };

    /// <summary>
    /// Fills the routing fields of an activity from a reference. Unlike the SDK, a locale or replyToId the bot already
    /// set is kept, so a reply can deliberately answer in another language or thread.
    /// </summary>
    public Activity ApplyConversationReference(ConversationReference reference, bool isIncoming = false)
    {
        ChannelId = reference.ChannelId;
        ServiceUrl = reference.ServiceUrl;
        Conversation = reference.Conversation;
        Locale ??= reference.Locale;
        if (isIncoming)
        {
            From = reference.User;
            Recipient = reference.Bot;
            Id = reference.ActivityId ?? Id;
        }
        else
        {
            From = reference.Bot;
            Recipient = reference.User;
            ReplyToId ??= reference.ActivityId;
        }

        return this;
    }

    public bool IsType(string activityType) => string.Equals(Type, activityType, StringComparison.Ordinal);

    /// <summary>Reads <see cref="Value"/> as <typeparamref name="T"/>, whether it came off the wire or was set in code.</summary>
    public T? GetValue<T>() => BotJson.Convert<T>(Value);

    /// <summary>Reads <see cref="ChannelData"/> as <typeparamref name="T"/>.</summary>
    public T? GetChannelData<T>() => BotJson.Convert<T>(ChannelData);

    /// <summary>A deep copy through JSON, so a sent activity can't be changed by code that still holds it.</summary>
    public Activity Clone() =>
        JsonSerializer.Deserialize<Activity>(JsonSerializer.SerializeToUtf8Bytes(this, BotJson.Options), BotJson.Options)!;
}
