using System.Text;
using BotKit.Hosting;
using BotKit.Schema;
using LearningPartnerBot.Knowledge.Chat;
using LearningPartnerBot.Knowledge.SmallTalk;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Requests;

/// <summary>
/// What works from any point in the chat, even mid-form (which stays where it was): "my requests", "talk to a person"
/// (typed in en/nl/tr, or a button, including the FAQ's and the eligibility card's "Contact support"), and a repeated
/// click on the Send button of a form that was already sent.
/// </summary>
public sealed class RequestShortcuts(ITicketService tickets, RequestFiling filing, RequesterLookup requesters, RecentTurns recentTurns)
{
    /// <summary>Longer messages are questions or requests in their own words, not one of the phrases.</summary>
    private const int MaxPhraseLength = 60;

    private static readonly HashSet<string> MyRequestsPhrases = Folded(s => s.MyRequestsPhrases);
    private static readonly HashSet<string> TalkToPersonPhrases = Folded(s => s.TalkToPersonPhrases);

    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var submit = FormSubmit.From(activity);
        if (submit is { Action: FormSubmit.Send, Instance: { } instance }
            && await filing.SentReferenceAsync(turnContext, instance, cancellationToken) is { } reference)
        {
            await SendAsync(turnContext, Strings(turnContext).AlreadySent(reference), cancellationToken);
            return true;
        }

        if (submit?.Action == FormSubmit.MyRequests || IsSaid(activity.Text, MyRequestsPhrases))
        {
            await ShowMyRequestsAsync(turnContext, cancellationToken);
            return true;
        }

        if (submit?.Action == FormSubmit.Person
            || FaqCardAction.From(activity)?.Action == FaqCardAction.Support
            || IsSaid(activity.Text, TalkToPersonPhrases))
        {
            await TalkToPersonAsync(turnContext, cancellationToken);
            return true;
        }

        return false;
    }

    public async Task ShowMyRequestsAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var strings = Strings(turnContext);
        var mine = await tickets.ListForRequesterAsync(requesters.RequesterId(turnContext), cancellationToken);
        if (mine.Count == 0)
        {
            await SendAsync(turnContext, strings.MyRequestsNone, cancellationToken);
            return;
        }

        var text = new StringBuilder(strings.MyRequestsHeading);
        foreach (var ticket in mine)
        {
            text.Append("\n\n- ").Append(strings.MyRequestsLine(ticket));
        }

        await SendAsync(turnContext, text.ToString(), cancellationToken);
    }

    /// <summary>Files a general ticket with the recent messages; the reference is shown once the ticket exists.</summary>
    public async Task TalkToPersonAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var strings = Strings(turnContext);
        var requester = await requesters.FindAsync(turnContext, cancellationToken);
        var transcript = await recentTurns.ReadAsync(turnContext, cancellationToken);
        var message = turnContext.Activity.Text is { Length: > 0 } text ? text : strings.MenuTalkToPerson;
        var receipt = await filing.FileAsync(
            turnContext, requester, TicketType.General, new GeneralRequestPayload(message, [.. transcript]), formInstance: null, cancellationToken);
        await SendAsync(turnContext, strings.PersonFiled(receipt.Reference), cancellationToken);
    }

    /// <summary>A whole message that is one of the phrases in any of the bot's languages, ignoring case, accents and punctuation.</summary>
    private static bool IsSaid(string? text, HashSet<string> phrases) =>
        !string.IsNullOrWhiteSpace(text) && text.Length <= MaxPhraseLength && phrases.Contains(SmallTalkRecognizer.Normalize(text));

    /// <summary>The phrases of every language, folded the way small talk folds a message: once, not on every message.</summary>
    private static HashSet<string> Folded(Func<RequestStrings, string> phrases) =>
        SupportedLocales.All
            .SelectMany(culture => phrases(RequestStrings.Get(culture)).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(SmallTalkRecognizer.Normalize)
            .ToHashSet(StringComparer.Ordinal);

    private static RequestStrings Strings(ITurnContext turnContext) => RequestStrings.Get(LocaleResolver.Resolve(turnContext.Activity));

    private static async Task SendAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken) =>
        await turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
}
