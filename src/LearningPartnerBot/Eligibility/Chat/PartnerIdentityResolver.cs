using BotKit.Hosting;
using BotKit.Schema;
using BotKit.State;
using LearningPartnerBot.Eligibility.Rules;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Eligibility.Chat;

/// <summary>
/// Who is asking this turn: the partner user the eligibility store knows (null when it knows none), and, in the local
/// playground, the demo user they act as (null when the channel's sign-in identified them).
/// </summary>
public sealed record AskingUser(PartnerIdentity? Partner, string? DemoUser);

/// <summary>
/// Finds who is asking, for the eligibility check and the request forms alike: by the AAD object id a channel proved
/// (see <see cref="ProvenSender"/>), else (with demo identities on) by the demo user picked for the eligibility check.
/// A UPN in the activity is never used: any caller can write one. Resolved once per turn: several
/// steps of one turn ask, and each would otherwise query the store again.
/// </summary>
public sealed class PartnerIdentityResolver(IEligibilityService eligibility, UserState userState, IOptions<EligibilityChatOptions> options, IHostEnvironment? environment = null)
{
    private readonly bool _trustAnonymousTeams = environment?.IsDevelopment() == true;

    /// <summary>The user-state property holding the picked demo user.</summary>
    public const string DemoUserProperty = "EligibilityDemoUser";

    private static readonly string TurnStateKey = typeof(PartnerIdentityResolver).FullName!;

    private readonly IStatePropertyAccessor<string> _demoUser = userState.CreateProperty<string>(DemoUserProperty);

    /// <summary>Whether someone the store does not know may pick a demo user (see <see cref="EligibilityChatOptions.DemoIdentities"/>).</summary>
    public bool DemoIdentities => options.Value.DemoIdentities;

    public async Task<AskingUser> ResolveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<AskingUser>(TurnStateKey) is { } resolved)
        {
            return resolved;
        }

        var aadObjectId = ProvenAadObjectId(turnContext);
        var asking = new AskingUser(null, null);
        if (aadObjectId is not null && await eligibility.FindUserAsync(aadObjectId, null, cancellationToken) is { } partner)
        {
            asking = new AskingUser(partner, null);
        }
        else if (DemoIdentities && await _demoUser.GetAsync(turnContext, cancellationToken: cancellationToken) is { } demoUser)
        {
            asking = new AskingUser(await eligibility.FindUserAsync(demoUser, null, cancellationToken), demoUser);
        }

        turnContext.TurnState.Set(TurnStateKey, asking);
        return asking;
    }

    /// <summary>Remembers the demo user just picked; from now on (this turn included) they are who is asking.</summary>
    public async Task<AskingUser> UseDemoUserAsync(ITurnContext turnContext, string demoUser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await _demoUser.SetAsync(turnContext, demoUser, cancellationToken);
        var asking = new AskingUser(await eligibility.FindUserAsync(demoUser, null, cancellationToken), demoUser);
        turnContext.TurnState.Set(TurnStateKey, asking);
        return asking;
    }

    /// <summary>Forgets the picked demo user, so the next check asks who to act as.</summary>
    public async Task ForgetDemoUserAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await _demoUser.DeleteAsync(turnContext, cancellationToken);
        turnContext.TurnState.Remove(TurnStateKey);
    }

    /// <summary>The sender's AAD object id if the channel proved it this turn, else null.</summary>
    public string? ProvenAadObjectId(ITurnContext turnContext) => ProvenSender.AadObjectId(turnContext, _trustAnonymousTeams);
}
