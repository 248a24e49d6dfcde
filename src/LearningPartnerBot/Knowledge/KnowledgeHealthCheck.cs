using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LearningPartnerBot.Knowledge;

/// <summary>Ready once <see cref="KnowledgeBaseHostedService"/> has loaded and indexed the knowledge base.</summary>
public sealed class KnowledgeHealthCheck(KnowledgeBaseStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(status.IsLoaded
            ? HealthCheckResult.Healthy($"{status.Topics} topics loaded.")
            : HealthCheckResult.Unhealthy("The knowledge base is not loaded yet."));
}
