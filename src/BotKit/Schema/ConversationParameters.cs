using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotKit.Schema;

/// <summary>The body of POST /v3/conversations: who the new (proactive) conversation is with, and an optional first activity.</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public Activity? Activity { get; set; }
    public object? ChannelData { get; set; }

    /// <summary>Teams needs the partner's tenant to open a 1:1 chat.</summary>
    public string? TenantId { get; set; }
}

/// <summary>What the channel answers when it creates a conversation.</summary>
public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }

    /// <summary>Where to send to the new conversation; may differ from the URL the bot called.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The id of the first activity, when the parameters carried one.</summary>
    public string? ActivityId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
