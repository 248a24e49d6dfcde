using System.Globalization;
using BotKit.Schema;

namespace LearningPartnerBot.Channels.DirectLine;

/// <summary>
/// Decides who the user of a Direct Line conversation is. Clients choose their own ids, as on the real Direct Line,
/// but never an AAD object id: only an offered sample user's id gets one, so the eligibility
/// dialog finds that user's partner and nobody can claim a real partner's account from a browser.
/// </summary>
public sealed class DirectLineUsers(ISampleUsers sampleUsers)
{
    public const string AnonymousPrefix = "playground-";

    public ChannelAccount Resolve(string? id, string? name)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return new ChannelAccount(AnonymousPrefix + Guid.NewGuid().ToString("N")[..12], name, RoleTypes.User);
        }

        var sample = sampleUsers.Find(id, CultureInfo.InvariantCulture);
        return new ChannelAccount(id, sample?.Name ?? name, RoleTypes.User, sample?.AadObjectId);
    }
}
