using BotKit.Schema;

namespace BotKit.Hosting;

/// <summary>
/// The turn context the adapters hand to the bot. Outgoing activities are addressed from the incoming
/// activity's conversation reference, run through the registered send hooks, then either buffered
/// (expectReplies), kept as the invoke response, or passed to the adapter.
/// </summary>
public sealed class TurnContext : ITurnContext, IDisposable
{
    /// <summary>TurnState key under which an invoke's response is kept until the adapter writes it.</summary>
    public const string InvokeResponseKey = "BotFrameworkAdapter.InvokeResponse";

    private readonly List<SendActivitiesHandler> _onSend = [];
    private readonly List<UpdateActivityHandler> _onUpdate = [];
    private readonly List<DeleteActivityHandler> _onDelete = [];

    public TurnContext(BotAdapter adapter, Activity activity)
    {
        Adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        Activity = activity ?? throw new ArgumentNullException(nameof(activity));
    }

    public BotAdapter Adapter { get; }

    public TurnContextStateCollection TurnState { get; } = [];

    public Activity Activity { get; }

    public bool Responded { get; private set; }

    public List<Activity> BufferedReplyActivities { get; } = [];

    public Task<ResourceResponse?> SendActivityAsync(string textReplyToSend, string? speak = null, string inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default) =>
        SendActivityAsync(MessageFactory.Text(textReplyToSend, speak, inputHint), cancellationToken);

    public async Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var responses = await SendActivitiesAsync([activity], cancellationToken);
        return responses.FirstOrDefault();
    }

    public Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Count == 0)
        {
            return Task.FromResult(Array.Empty<ResourceResponse>());
        }

        var reference = Activity.GetConversationReference();
        var outgoing = activities.Select(a =>
        {
            a.ApplyConversationReference(reference);
            a.Locale ??= Activity.Locale;
            return a;
        }).ToList();

        return RunSendHooksAsync(0, outgoing, cancellationToken);
    }

    private Task<ResourceResponse[]> RunSendHooksAsync(int index, List<Activity> activities, CancellationToken cancellationToken)
    {
        if (index == _onSend.Count)
        {
            return DeliverAsync(activities, cancellationToken);
        }

        return _onSend[index](this, activities, () => RunSendHooksAsync(index + 1, activities, cancellationToken));
    }

    private async Task<ResourceResponse[]> DeliverAsync(List<Activity> activities, CancellationToken cancellationToken)
    {
        ResourceResponse[] responses;
        if (string.Equals(Activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal))
        {
            responses = new ResourceResponse[activities.Count];
            for (var i = 0; i < activities.Count; i++)
            {
                BufferedReplyActivities.Add(activities[i]);
                responses[i] = new ResourceResponse(string.Empty);
            }
        }
        else
        {
            // The invoke response is answered in the HTTP body, never sent to the channel.
            var toSend = new List<Activity>(activities.Count);
            foreach (var activity in activities)
            {
                if (activity.IsType(ActivityTypes.InvokeResponse))
                {
                    TurnState[InvokeResponseKey] = activity;
                }
                else
                {
                    toSend.Add(activity);
                }
            }

            responses = toSend.Count == 0 ? [] : await Adapter.SendActivitiesAsync(this, [.. toSend], cancellationToken);
        }

        if (activities.Any(a => !a.IsType(ActivityTypes.Trace) && !a.IsType(ActivityTypes.InvokeResponse)))
        {
            Responded = true;
        }

        return responses;
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.ApplyConversationReference(Activity.GetConversationReference());
        return RunUpdateHooksAsync(0, activity, cancellationToken);
    }

    private Task<ResourceResponse> RunUpdateHooksAsync(int index, Activity activity, CancellationToken cancellationToken) =>
        index == _onUpdate.Count
            ? Adapter.UpdateActivityAsync(this, activity, cancellationToken)
            : _onUpdate[index](this, activity, () => RunUpdateHooksAsync(index + 1, activity, cancellationToken));

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        var reference = Activity.GetConversationReference();
        reference.ActivityId = activityId;
        return DeleteActivityAsync(reference, cancellationToken);
    }

    public Task DeleteActivityAsync(ConversationReference conversationReference, CancellationToken cancellationToken = default) =>
        RunDeleteHooksAsync(0, conversationReference, cancellationToken);

    private Task RunDeleteHooksAsync(int index, ConversationReference reference, CancellationToken cancellationToken) =>
        index == _onDelete.Count
            ? Adapter.DeleteActivityAsync(this, reference, cancellationToken)
            : _onDelete[index](this, reference, () => RunDeleteHooksAsync(index + 1, reference, cancellationToken));

    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        _onSend.Add(handler ?? throw new ArgumentNullException(nameof(handler)));
        return this;
    }

    public ITurnContext OnUpdateActivity(UpdateActivityHandler handler)
    {
        _onUpdate.Add(handler ?? throw new ArgumentNullException(nameof(handler)));
        return this;
    }

    public ITurnContext OnDeleteActivity(DeleteActivityHandler handler)
    {
        _onDelete.Add(handler ?? throw new ArgumentNullException(nameof(handler)));
        return this;
    }

    public void Dispose() => TurnState.Clear();
}
