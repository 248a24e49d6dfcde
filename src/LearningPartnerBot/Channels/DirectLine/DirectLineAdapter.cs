using BotKit.Hosting;
using BotKit.Schema;
using LearningPartnerBot.Bots;
using ChannelIds = BotKit.Schema.Channels;

namespace LearningPartnerBot.Channels.DirectLine;

/// <summary>
/// Runs the bot in-process for the Direct Line endpoint, with the same pipeline as every other adapter: what a client
/// posts is echoed into the conversation's transcript, and what the bot sends is appended to it for clients to poll.
/// The channel id is "directline", as the hosted service stamps on activities from Web Chat or directlinejs clients
/// ("webchat" belongs to Azure's embedded Web Chat channel).
/// </summary>
public sealed class DirectLineAdapter : InProcessAdapter
{
    public static readonly ChannelAccount Bot = new("learning-partner-bot", "Learning Partner Bot", RoleTypes.Bot);

    /// <summary>
    /// The serviceUrl of every Direct Line conversation. Replies never leave the process, so this is a name, not an
    /// address: it is not built from the request (whose Host header the client chooses), cannot be resolved, and no
    /// connector call is ever made to it. A ticket filed here keeps it and is answered in-process.
    /// </summary>
    public const string ServiceUrl = "urn:learningpartnerbot:directline";

    private readonly DirectLineConversationStore _conversations;

    public DirectLineAdapter(BotPipeline pipeline, DirectLineConversationStore conversations, TimeProvider clock)
        : base(clock)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        _conversations = conversations ?? throw new ArgumentNullException(nameof(conversations));
        pipeline.Apply(this);
    }

    /// <summary>
    /// Gives the activity the conversation's identity, echoes it into the transcript (unless it is a
    /// conversationUpdate, which Direct Line never shows to clients) and runs the bot's turn.
    /// </summary>
    /// <returns>The id the activity got in the transcript.</returns>
    public async Task<string?> ProcessAsync(DirectLineConversation conversation, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var reference = new ConversationReference
        {
            ChannelId = ChannelIds.Directline,
            ServiceUrl = ServiceUrl,
            Conversation = new ConversationAccount(conversation.Id),
            User = conversation.User,
            Bot = Bot,
            Locale = conversation.Locale,
        };
        string? id = null;
        await RunTurnAsync(activity, reference, a => id = a.IsType(ActivityTypes.ConversationUpdate) ? null : conversation.Append(a), bot, cancellationToken);
        return id;
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var conversation = ConversationOf(turnContext);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            responses[i] = new ResourceResponse(Deliver(conversation, activities[i]));
        }

        return Task.FromResult(responses);
    }

    /// <summary>Direct Line clients can't edit a shown message, so the updated one is shown again.</summary>
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return Task.FromResult(new ResourceResponse(Deliver(ConversationOf(turnContext), activity)));
    }

    private string? Deliver(DirectLineConversation? conversation, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);

        // Over polling, Direct Line delivers neither typing indicators nor traces; a conversation dropped from the
        // store mid-turn has nobody left to read the reply.
        if (conversation is null || activity.IsType(ActivityTypes.Typing) || activity.IsType(ActivityTypes.Trace))
        {
            return activity.Id;
        }

        activity.Timestamp = Clock.GetUtcNow();
        return conversation.Append(activity);
    }

    /// <summary>
    /// A message the bot starts itself (a ticket update) into a Direct Line conversation of this process.
    /// </summary>
    /// <returns>False when the conversation is gone (restart, or dropped as idle): nobody is left to read it.</returns>
    public bool SendProactive(ConversationReference reference, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(activity);
        if (reference.Conversation?.Id is not { } id || _conversations.Find(id) is not { Started: true } conversation)
        {
            return false;
        }

        activity.ApplyConversationReference(reference);
        Deliver(conversation, activity);
        return true;
    }

    private DirectLineConversation? ConversationOf(ITurnContext turnContext) =>
        turnContext.Activity.Conversation?.Id is { } id ? _conversations.Find(id) : null;
}
