using BotKit.Dialogs;
using BotKit.Dialogs.Choices;
using BotKit.Schema;
using LearningPartnerBot.Eligibility.Advice;
using LearningPartnerBot.Eligibility.Demo;
using LearningPartnerBot.Eligibility.Rules;
using LearningPartnerBot.Knowledge.Text;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Eligibility.Chat;

/// <summary>
/// "Am I eligible?": finds the partner the user belongs to (or, in a local demo, lets them pick a demo user), asks
/// for the competency, and answers with the result card. A user linked to no partner is told why and offered support.
/// </summary>
public sealed class EligibilityDialog : ComponentDialog
{
    private const string Flow = "eligibilityFlow";
    private const string DemoUserPrompt = "eligibilityDemoUser";
    private const string CompetencyPrompt = "eligibilityCompetency";
    private const string IdentityKey = "identity";
    private const string AskKey = "ask";

    /// <summary>Begin option (and competency choice value) meaning "forget the demo user and pick again".</summary>
    private const string SwitchDemoUser = "switchDemoUser";

    private readonly IEligibilityService _eligibility;
    private readonly EligibilityResultCard _resultCard;
    private readonly UnmappedUserCard _unmappedCard;
    private readonly PartnerIdentityResolver _identities;

    public EligibilityDialog(
        IEligibilityService eligibility,
        EligibilityResultCard resultCard,
        UnmappedUserCard unmappedCard,
        PartnerIdentityResolver identities)
        : base(nameof(EligibilityDialog))
    {
        _eligibility = eligibility ?? throw new ArgumentNullException(nameof(eligibility));
        _resultCard = resultCard ?? throw new ArgumentNullException(nameof(resultCard));
        _unmappedCard = unmappedCard ?? throw new ArgumentNullException(nameof(unmappedCard));
        _identities = identities ?? throw new ArgumentNullException(nameof(identities));
        AddDialog(new ChoicePrompt(DemoUserPrompt) { Style = ListStyle.HeroCard });
        // "do I need a business application plan?" shares a word with Cloud Business Applications but does not name it.
        AddDialog(new ChoicePrompt(CompetencyPrompt) { Style = ListStyle.SuggestedAction, MinScore = 0.5 });
        AddDialog(new WaterfallDialog(Flow, [IdentifyAsync, ChooseCompetencyAsync, ShowVerdictAsync]));
        InitialDialogId = Flow;
    }

    private async Task<DialogTurnResult> IdentifyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Options is EligibilityAsk ask)
        {
            step.Values[AskKey] = ask;
        }

        var asking = await _identities.ResolveAsync(step.Context, cancellationToken);
        if (asking is { Partner: not null, DemoUser: null })
        {
            return await step.NextAsync(asking, cancellationToken);
        }

        if (!_identities.DemoIdentities)
        {
            return await EndUnmappedAsync(step, cancellationToken);
        }

        if (step.Options as string == SwitchDemoUser)
        {
            await _identities.ForgetDemoUserAsync(step.Context, cancellationToken);
        }
        else if (asking.DemoUser is not null)
        {
            return await step.NextAsync(asking, cancellationToken);
        }

        var strings = Strings(step);
        return await step.PromptAsync(DemoUserPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(strings.DemoPickerPrompt),
            Choices = DemoUserChoices(strings),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ChooseCompetencyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var strings = Strings(step);
        var asking = step.Result is FoundChoice picked
            ? await _identities.UseDemoUserAsync(step.Context, picked.Value, cancellationToken)
            : (AskingUser)step.Result!;
        var identity = asking.Partner;
        if (identity is null)
        {
            return await EndUnmappedAsync(step, cancellationToken);
        }

        if (asking.DemoUser is { } demoUser)
        {
            // Acting as a demo user, just picked or remembered from an earlier check: say which.
            await step.Context.SendActivityAsync(MessageFactory.Text(strings.DemoCheckingAs(identity.UserName ?? demoUser, identity.PartnerName)), cancellationToken);
        }

        var competencies = await _eligibility.LearningCompetenciesAsync(cancellationToken);
        if (competencies.Count == 0)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(strings.NoCompetencies), cancellationToken);
            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }

        step.Values[IdentityKey] = identity;
        if (NamedCompetency(step.Values.Get<EligibilityAsk>(AskKey)?.Text, competencies.Select(c => c.Name)) is { } named)
        {
            return await step.NextAsync(new FoundChoice { Value = named, Score = 1.0 }, cancellationToken);
        }

        List<Choice> choices = [.. competencies.Select(c => new Choice(c.Name))];
        if (_identities.DemoIdentities)
        {
            choices.Add(new Choice(SwitchDemoUser) { Action = new CardAction(ActionTypes.ImBack, strings.DemoSwitchUser, strings.DemoSwitchUser) });
        }

        return await step.PromptAsync(CompetencyPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(strings.CompetencyPrompt),
            Choices = choices,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowVerdictAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var competency = ((FoundChoice)step.Result!).Value;
        if (competency == SwitchDemoUser)
        {
            return await step.ReplaceDialogAsync(Flow, SwitchDemoUser, cancellationToken);
        }

        var identity = step.Values.Get<PartnerIdentity>(IdentityKey)!;
        var strings = Strings(step);
        var verdict = await _eligibility.CheckAsync(identity.MpnId, competency, cancellationToken: cancellationToken);

        var nextSteps = NextStepsWriter.Write(verdict, identity, strings.Culture);
        await step.Context.SendActivityAsync(MessageFactory.Attachment(_resultCard.Create(verdict, identity.PartnerName, nextSteps, strings)), cancellationToken);

        // "are we gold yet?" gets its answer in words too, under the card that shows every level.
        if (step.Values.Get<EligibilityAsk>(AskKey)?.Level is { } level && verdict.Levels.Any(l => l.Level == level))
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(LevelGapsAnswer.Summary(verdict, level, strings)), cancellationToken);
        }

        return await step.EndDialogAsync(new EligibilityChecked(identity.MpnId, verdict.Competency), cancellationToken);
    }

    /// <summary>The one competency whose whole name the partner's words contain ("… for data analytics?"), or null.</summary>
    private static string? NamedCompetency(string? text, IEnumerable<string> competencies)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = " " + TextFolding.Words(text) + " ";
        var named = competencies.Where(name => words.Contains(" " + TextFolding.Words(name) + " ", StringComparison.Ordinal)).Take(2).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    private async Task<DialogTurnResult> EndUnmappedAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(MessageFactory.Attachment(_unmappedCard.Create(Strings(step))), cancellationToken);
        return await step.EndDialogAsync(cancellationToken: cancellationToken);
    }

    private static List<Choice> DemoUserChoices(EligibilityChatStrings strings) =>
    [
        .. DemoPartners.Users.Select(user =>
        {
            var title = strings.DemoIdentity(user.Name, user.PartnerName, RoleName(user.Role, strings));
            return new Choice(user.AadObjectId) { Action = new CardAction(ActionTypes.ImBack, title, title), Synonyms = [user.Name] };
        }),
        new Choice(DemoIdentity.UnlinkedAadObjectId)
        {
            Action = new CardAction(ActionTypes.ImBack, strings.DemoUnlinkedUser, strings.DemoUnlinkedUser),
        },
    ];

    private static string RoleName(Data.PartnerRole role, EligibilityChatStrings strings) => role switch
    {
        Data.PartnerRole.MpnPartnerAdmin => strings.RoleMpnPartnerAdmin,
        Data.PartnerRole.AccountAdmin => strings.RoleAccountAdmin,
        _ => strings.RoleOther,
    };

    private static EligibilityChatStrings Strings(DialogContext dc) =>
        EligibilityChatStrings.Get(LocaleResolver.Resolve(dc.Context.Activity));
}
