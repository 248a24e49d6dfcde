using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace LearningPartnerBot.Health;

public static class HealthEndpoints
{
    /// <summary>
    /// /healthz is liveness: it runs no check, so a slow database never gets a healthy process restarted.
    /// /readyz is readiness: every registered health check (the state database, the knowledge base, and whatever a
    /// feature adds), 503 until all pass, so traffic waits for an instance that can answer.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz");
        return endpoints;
    }
}
