using System.Text.Json.Serialization;
using BotKit.Hosting;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Eligibility.Rules;
using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Requests;

/// <summary>
/// Who is filing: the channel account a ticket is filed for, their partner when the eligibility store knows it, and
/// the country their chat locale names ("nl-NL"), if any, which puts their currency first on the form.
/// <see cref="Partners"/> lists every partner the store has them with, <see cref="Partner"/> among them, for someone who
/// works for several and may file for any.
/// </summary>
public sealed record Requester(TicketRequester Account, PartnerIdentity? Partner, string? Country = null, IReadOnlyList<PartnerIdentity>? Partners = null)
{
    /// <summary>The partners the requester may file for: all they are listed with, or just <see cref="Partner"/>.</summary>
    [JsonIgnore]
    public IReadOnlyList<PartnerIdentity> FilingChoices =>
        Partner is null ? [] : Partners is { Count: > 1 } all ? all : [Partner];

    /// <summary>
    /// What a form card shows of the requester (their partners' names and MPN IDs, their country), kept with an open
    /// form so that offering it again needs no lookup in the partner store; their name, email and the admins' names are left out.
    /// </summary>
    public Requester ShownOnCards() =>
        new(new TicketRequester(Account.Id, null, null, null), Partner is null ? null : Shown(Partner), Country, Partners?.Select(Shown).ToList());

    private static PartnerIdentity Shown(PartnerIdentity partner) =>
        partner with { UserName = null, AdminNames = [], UserPrincipalName = null };
}

/// <summary>
/// The requester of a ticket: who is asking (as the eligibility check finds them, so a partner files as the person
/// the check answered for) and their channel account. Someone linked to no partner can still file; the ticket has no partner.
/// </summary>
public sealed class RequesterLookup(PartnerIdentityResolver identities, IEligibilityService eligibility)
{
    public async Task<Requester> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var asking = await identities.ResolveAsync(turnContext, cancellationToken);
        var partner = asking.Partner;

        // The partners of the same proven identity (or picked demo user) the resolver found, never of one the activity claims.
        var partners = partner is null
            ? []
            : await eligibility.PartnersOfUserAsync(identities.ProvenAadObjectId(turnContext) ?? asking.DemoUser, partner.UserPrincipalName, cancellationToken);

        // The email is the partner store's, never one the activity claims.
        var account = new TicketRequester(RequesterId(turnContext), partner?.UserName ?? activity.From?.Name, partner?.UserPrincipalName, partner?.Role.ToString());
        return new Requester(account, partner, LocaleCountry(activity.Locale), partners);
    }

    /// <summary>"NL" from "nl-NL"; null for a locale that names no country.</summary>
    public static string? LocaleCountry(string? locale)
    {
        var region = locale?.Split('-', '_') is { Length: >= 2 } parts ? parts[^1] : null;
        return region is { Length: 2 } && region.All(char.IsAsciiLetter) ? region.ToUpperInvariant() : null;
    }

    /// <summary>Who filed, as <see cref="RequesterId(BotKit.Schema.Activity, string?)"/> with the AAD object id the channel proved.</summary>
    public string RequesterId(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return RequesterId(turnContext.Activity, identities.ProvenAadObjectId(turnContext));
    }

    /// <summary>
    /// One partner across conversations: a proven AAD object id (Teams), else the channel's own user id, which is
    /// scoped by the channel so that no one can take another channel's user's id, nor an AAD object id by writing one.
    /// </summary>
    public static string RequesterId(BotKit.Schema.Activity activity, string? provenAadObjectId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return provenAadObjectId is { Length: > 0 } aad
            ? aad.ToLowerInvariant()
            : (activity.ChannelId ?? "unknown") + ":" + (activity.From?.Id ?? "anonymous");
    }
}
