using BotKit.Hosting;
using BotKit.State;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Eligibility.Rules;
using LearningPartnerBot.Tickets;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Requests;

/// <summary>Who is filing: the channel account a ticket is filed for, and their partner when the eligibility store knows it.</summary>
public sealed record Requester(TicketRequester Account, PartnerIdentity? Partner);

/// <summary>
/// Finds the requester the way the eligibility check does: by AAD object id or UPN, or, in the local playground, the
/// demo user picked for the eligibility check. Someone linked to no partner can still file; the ticket has no partner.
/// </summary>
public sealed class RequesterLookup(IEligibilityService eligibility, UserState userState, IOptions<EligibilityChatOptions> options)
{
    private readonly IStatePropertyAccessor<string> _demoUser = userState.CreateProperty<string>(EligibilityDialog.DemoUserProperty);

    public async Task<Requester> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var from = activity.From;
        var upn = from?.Properties is { } properties && properties.TryGetValue("userPrincipalName", out var value) ? value.GetString() : null;
        PartnerIdentity? partner = null;
        if (from?.AadObjectId is not null || upn is not null)
        {
            partner = await eligibility.FindUserAsync(from?.AadObjectId, upn, cancellationToken);
        }

        if (partner is null && options.Value.DemoIdentities && await _demoUser.GetAsync(turnContext, cancellationToken: cancellationToken) is { } demoUser)
        {
            partner = await eligibility.FindUserAsync(demoUser, null, cancellationToken);
        }

        var account = new TicketRequester(RequesterId(activity), partner?.UserName ?? from?.Name, upn, partner?.Role.ToString());
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
