using BotKit.Schema;

namespace BotKit.Hosting;

/// <summary>
/// The current turn seen through another incoming activity: the bot handles <see cref="Activity"/> while sending,
/// turn state (loaded bot state included) and hooks remain the real turn's. Lets an invoke such as Action.Execute
/// reuse the code that handles the equivalent message.
/// </summary>
public sealed class ActivityOverrideTurnContext(ITurnContext inner, Activity activity) : ITurnContext
{
    private readonly ITurnContext _inner = inner ?? throw new ArgumentNullException(nameof(inner));

    public BotAdapter Adapter => _inner.Adapter;

    public TurnContextStateCollection TurnState => _inner.TurnState;

    public Activity Activity { get; } = activity ?? throw new ArgumentNullException(nameof(activity));

    public bool Responded => _inner.Responded;

    public List<Activity> BufferedReplyActivities => _inner.BufferedReplyActivities;

    public Task<ResourceResponse?> SendActivityAsync(string textReplyToSend, string? speak = null, string inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default) =>
        _inner.SendActivityAsync(textReplyToSend, speak, inputHint, cancellationToken);

    public Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        _inner.SendActivityAsync(activity, cancellationToken);

    public Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default) =>
        _inner.SendActivitiesAsync(activities, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        _inner.UpdateActivityAsync(activity, cancellationToken);

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default) =>
        _inner.DeleteActivityAsync(activityId, cancellationToken);

    public Task DeleteActivityAsync(ConversationReference conversationReference, CancellationToken cancellationToken = default) =>
        _inner.DeleteActivityAsync(conversationReference, cancellationToken);

    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        _inner.OnSendActivities(handler);
        return this;
    }

    public ITurnContext OnUpdateActivity(UpdateActivityHandler handler)
    {
        _inner.OnUpdateActivity(handler);
        return this;
    }

    public ITurnContext OnDeleteActivity(DeleteActivityHandler handler)
    {
        _inner.OnDeleteActivity(handler);
        return this;
    }
}
