using BotKit.Auth;
using BotKit.Hosting;
using ChannelIds = BotKit.Schema.Channels;

namespace LearningPartnerBot.Eligibility.Chat;

/// <summary>
/// The sender's AAD object id, when a channel proved it. Anyone can write one into an activity; only Teams, over a
/// token the Bot Connector signed (and endorsed for msteams), vouches that it is the signed-in user's. A channel this
/// app plays itself vouches for the accounts it assigned (the playground's demo users). Everyone else is unlinked.
/// </summary>
public static class ProvenSender
{
    /// <param name="trustAnonymousTeams">
    /// Development only: a bot without an app id (the Emulator posing as Teams) has no token to prove anything with.
    /// </param>
    public static string? AadObjectId(ITurnContext turnContext, bool trustAnonymousTeams)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.From?.AadObjectId is not { Length: > 0 } aadObjectId)
        {
            return null;
        }

        var identity = ChannelIdentity.Of(turnContext);
        if (ChannelIdentity.IsInProcess(identity))
        {
            return aadObjectId;
        }

        if (activity.ChannelId != ChannelIds.Msteams)
        {
            return null;
        }

        return ChannelIdentity.IsBotConnector(identity) || (trustAnonymousTeams && ChannelIdentity.IsAnonymous(identity)) ? aadObjectId : null;
    }
}
