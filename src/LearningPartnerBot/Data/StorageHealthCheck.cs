using BotKit.State;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LearningPartnerBot.Data;

/// <summary>Healthy when the state store answers a read, the one thing every turn needs.</summary>
public sealed class StorageHealthCheck(IStorage storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await storage.ReadAsync(["healthz/probe"], cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The state store is unreachable.", ex);
        }
    }
}
