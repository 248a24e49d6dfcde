using System.Net;
using BotKit.Schema;

namespace BotKit.Hosting;

/// <summary>
/// An <see cref="IBot"/> that dispatches each activity to a virtual method by type, as the SDK's ActivityHandler does.
/// Override only what the bot handles; everything else is ignored (invokes answer 501).
/// </summary>
public class ActivityHandler : IBot
{
    public const string AdaptiveCardActionInvokeName = "adaptiveCard/action";

    public virtual async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (string.IsNullOrEmpty(turnContext.Activity.Type))
        {
            throw new InvalidOperationException("The activity has no type.");
        }

        switch (turnContext.Activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageActivityAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateActivityAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.Event:
                await OnEventActivityAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.Invoke:
                var invokeResponse = await OnInvokeActivityAsync(turnContext, cancellationToken);

                // A handler may already have sent its own response; never answer twice.
                if (invokeResponse is not null && !turnContext.TurnState.ContainsKey(TurnContext.InvokeResponseKey))
                {
                    await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.InvokeResponse, Value = invokeResponse }, cancellationToken);
                }

                break;
            case ActivityTypes.InstallationUpdate:
                await OnInstallationUpdateActivityAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.MessageReaction:
                await OnMessageReactionActivityAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.EndOfConversation:
                await OnEndOfConversationActivityAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.Typing:
                await OnTypingActivityAsync(turnContext, cancellationToken);
                break;
            default:
                await OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken);
                break;
        }
    }

    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual async Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;

        // The bot is told about itself joining too; greeting itself would be noise.
        var added = activity.MembersAdded?.Where(m => m.Id != botId).ToList();
        if (added is { Count: > 0 })
        {
            await OnMembersAddedAsync(added, turnContext, cancellationToken);
        }

        var removed = activity.MembersRemoved?.Where(m => m.Id != botId).ToList();
        if (removed is { Count: > 0 })
        {
            await OnMembersRemovedAsync(removed, turnContext, cancellationToken);
        }
    }

    protected virtual Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Returns the invoke's response; null lets the adapter answer 501 Not Implemented.</summary>
    protected virtual async Task<InvokeResponse?> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Name == AdaptiveCardActionInvokeName)
        {
            var request = turnContext.Activity.GetValue<AdaptiveCardInvokeValue>();
            if (request?.Action is null)
            {
                return CreateInvokeResponse(HttpStatusCode.BadRequest, AdaptiveCardInvokeResponse.Error("BadRequest", "Missing action in adaptiveCard/action value."));
            }

            var response = await OnAdaptiveCardInvokeAsync(request, turnContext, cancellationToken);
            return response is null ? null : CreateInvokeResponse(HttpStatusCode.OK, response);
        }

        return null;
    }

    /// <summary>Universal Actions (Action.Execute). Return null when this bot does not handle the verb.</summary>
    protected virtual Task<AdaptiveCardInvokeResponse?> OnAdaptiveCardInvokeAsync(AdaptiveCardInvokeValue invokeValue, ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.FromResult<AdaptiveCardInvokeResponse?>(null);

    protected virtual async Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // Teams sends add-upgrade / remove-upgrade; for the bot they mean the same as add / remove.
        switch (turnContext.Activity.Action)
        {
            case "add" or "add-upgrade":
                await OnInstallationUpdateAddAsync(turnContext, cancellationToken);
                break;
            case "remove" or "remove-upgrade":
                await OnInstallationUpdateRemoveAsync(turnContext, cancellationToken);
                break;
        }
    }

    protected virtual Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMessageReactionActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnTypingActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected static InvokeResponse CreateInvokeResponse(object? body = null) => CreateInvokeResponse(HttpStatusCode.OK, body);

    protected static InvokeResponse CreateInvokeResponse(HttpStatusCode status, object? body) => new() { Status = (int)status, Body = body };
}
