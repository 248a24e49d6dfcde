using System.Collections.Concurrent;
using BotKit.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartnerBot.Tests.Hosting;

/// <summary>
/// Notes every activity that reaches the bot itself, past every gate in front of it (rate limits, Direct Line's
/// conversation check), by wrapping the host's registered <see cref="IBot"/>. A status code says what the caller was
/// told; this says whether the bot ran anyway.
/// </summary>
internal sealed class BotTurnRecorder
{
    private readonly ConcurrentQueue<(string? ConversationId, string? Type, string? Text)> _turns = new();

    public IReadOnlyList<(string? ConversationId, string? Type, string? Text)> Turns => [.. _turns];

    /// <summary>Replaces the host's bot with one that records each turn and then runs the real bot.</summary>
    public void WrapBot(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IBot));
        services.Remove(registered);
        services.Add(new ServiceDescriptor(typeof(IBot), sp => new RecordingBot(Create(registered, sp), this), registered.Lifetime));
    }

    private static IBot Create(ServiceDescriptor registered, IServiceProvider services) =>
        registered.ImplementationInstance as IBot
        ?? (IBot?)registered.ImplementationFactory?.Invoke(services)
        ?? (IBot)ActivatorUtilities.CreateInstance(services, registered.ImplementationType!);

    private sealed class RecordingBot(IBot bot, BotTurnRecorder recorder) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            var activity = turnContext.Activity;
            recorder._turns.Enqueue((activity.Conversation?.Id, activity.Type, activity.Text));
            return bot.OnTurnAsync(turnContext, cancellationToken);
        }
    }
}
