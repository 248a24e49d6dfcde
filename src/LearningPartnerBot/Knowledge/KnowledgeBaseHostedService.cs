using LearningPartnerBot.Knowledge.Search;

namespace LearningPartnerBot.Knowledge;

/// <summary>
/// Loads and indexes the knowledge base before the bot takes traffic, so a broken KB file stops start-up with its
/// file and line instead of failing a partner's first question; until it has run, /readyz reports not ready.
/// </summary>
internal sealed class KnowledgeBaseHostedService(FaqIndex index, KnowledgeBaseStatus status, ILogger<KnowledgeBaseHostedService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        status.MarkLoaded(index.Knowledge.Topics.Count);
        logger.LogInformation("Knowledge base ready: {Topics} topics in {Languages} languages.", index.Knowledge.Topics.Count, KnowledgeLanguages.All.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
