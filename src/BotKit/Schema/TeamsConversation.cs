using System.Text.Json;

namespace BotKit.Schema;

/// <summary>
/// What Teams says about the conversation an activity belongs to: <c>conversation.conversationType</c> (personal,
/// groupChat, channel), the tenant, and for a channel the team (<c>channelData.team</c>).
/// </summary>
public static class TeamsConversation
{
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";

    /// <summary>
    /// A Teams group chat or channel: several people talk to the bot in one conversation. Other channels (and Teams
    /// personal chats) are one person's conversation with the bot.
    /// </summary>
    public static bool IsShared(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelId == Channels.Msteams
            && activity.Conversation?.ConversationType is GroupChat or Channel;
    }

    /// <summary>The tenant: <c>conversation.tenantId</c>, else <c>channelData.tenant.id</c>.</summary>
    public static string? TenantId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Conversation?.TenantId is { Length: > 0 } tenant ? tenant : ChannelDataId(activity, "tenant");
    }

    /// <summary>The team of a channel conversation (<c>channelData.team.id</c>), which is also its General channel's id.</summary>
    public static string? TeamId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return ChannelDataId(activity, "team");
    }

    private static string? ChannelDataId(Activity activity, string property) =>
        BotJson.Convert<JsonElement?>(activity.ChannelData) is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty(property, out var owner) && owner.ValueKind == JsonValueKind.Object
        && owner.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}
