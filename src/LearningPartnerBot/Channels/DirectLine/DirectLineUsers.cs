using BotKit.Schema;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Eligibility.Demo;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Channels.DirectLine;

/// <summary>
/// Decides who the user of a Direct Line conversation is. Clients choose their own ids, as on the real Direct Line,
/// but never an AAD object id: only a demo user's id (when demo identities are on) gets one, so the eligibility
/// dialog finds that user's partner and nobody can claim a real partner's account from a browser.
/// </summary>
public sealed class DirectLineUsers(IOptions<EligibilityChatOptions> eligibility)
{
    public const string AnonymousPrefix = "playground-";

    public ChannelAccount Resolve(string? id, string? name)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return new ChannelAccount(AnonymousPrefix + Guid.NewGuid().ToString("N")[..12], name, RoleTypes.User);
        }

        var demo = eligibility.Value.DemoIdentities ? DemoPartners.Users.FirstOrDefault(u => u.AadObjectId == id) : null;
        return new ChannelAccount(id, demo?.Name ?? name, RoleTypes.User, demo?.AadObjectId);
    }
}
