using LearningPartnerBot.Knowledge.Feedback;
using LearningPartnerBot.Knowledge.Search;
using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Knowledge;

/// <summary>
/// Loads and indexes the knowledge base and migrates its tables before the bot takes traffic, so a broken KB file
/// stops start-up with its file and line instead of failing a partner's first question.
/// </summary>
internal sealed class KnowledgeStartup(FaqIndex index, IDbContextFactory<KnowledgeDbContext> contexts, KnowledgeBaseStatus status, ILogger<KnowledgeStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        status.MarkLoaded(index.Knowledge.Topics.Count);
        logger.LogInformation("Knowledge base ready: {Topics} topics in {Languages} languages.", index.Knowledge.Topics.Count, KnowledgeLanguages.All.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
