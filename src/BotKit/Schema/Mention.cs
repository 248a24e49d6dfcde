using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotKit.Schema;

/// <summary>
/// An entity of type <c>mention</c>: who was mentioned, and the text that stands for them in the message (Teams:
/// <c>&lt;at&gt;Display name&lt;/at&gt;</c>, with the name as the mentioning client shows it).
/// </summary>
public sealed class Mention
{
    public const string EntityType = "mention";

    public ChannelAccount? Mentioned { get; set; }

    public string? Text { get; set; }

    public string? Type { get; set; } = EntityType;

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
