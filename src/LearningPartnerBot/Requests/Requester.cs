using BotKit.Hosting;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Eligibility.Rules;
using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Requests;

/// <summary>Who is filing: the channel account a ticket is filed for, and their partner when the eligibility store knows it.</summary>
public sealed record Requester(TicketRequester Account, PartnerIdentity? Partner);

/// <summary>
/// The requester of a ticket: who is asking (as the eligibility check finds them, so a partner files as the person
/// the check answered for) and their channel account. Someone linked to no partner can still file; the ticket has no partner.
/// </summary>
public sealed class RequesterLookup(PartnerIdentityResolver identities)
{
    public async Task<Requester> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var partner = (await identities.ResolveAsync(turnContext, cancellationToken)).Partner;
        var account = new TicketRequester(RequesterId(activity), partner?.UserName ?? activity.From?.Name, PartnerIdentityResolver.Upn(activity), partner?.Role.ToString());
        return new Requester(account, partner);
    }

    /// <summary>One partner across conversations: Teams gives a stable AAD object id, other channels their own user id.</summary>
    public static string RequesterId(BotKit.Schema.Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.From?.AadObjectId is { Length: > 0 } aad
            ? aad.ToLowerInvariant()
            : (activity.ChannelId ?? "unknown") + ":" + (activity.From?.Id ?? "anonymous");
    }
}
