using System.Collections.Concurrent;
using BotKit.Hosting;
using BotKit.Schema;

namespace BotKit.Tests.Hosting;

/// <summary>Records what the adapter would have sent to each channel, instead of calling it.</summary>
internal sealed class FakeConnector : IConnectorClientFactory, IConnectorClient
{
    public ConcurrentQueue<(string Operation, string ServiceUrl, Activity Activity)> Calls { get; } = new();

    private string _serviceUrl = string.Empty;

    public IConnectorClient Create(string serviceUrl)
    {
        _serviceUrl = serviceUrl;
        return this;
    }

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default) => Record("send", activity);

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default) => Record("reply", activity);

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default) => Record("update", activity);

    public Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        Record("delete", new Activity { Id = activityId, Conversation = new ConversationAccount(conversationId) });

    public Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue(("create", _serviceUrl, parameters.Activity ?? new Activity()));
        return Task.FromResult(new ConversationResourceResponse { Id = "conv-" + Calls.Count, ServiceUrl = _serviceUrl });
    }

    private Task<ResourceResponse> Record(string operation, Activity activity)
    {
        Calls.Enqueue((operation, _serviceUrl, activity));
        return Task.FromResult(new ResourceResponse("sent-" + Calls.Count));
    }
}
