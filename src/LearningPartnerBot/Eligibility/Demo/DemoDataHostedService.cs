using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Eligibility.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Eligibility.Demo;

/// <summary>
/// On a developer's first run (Eligibility:SeedDemoData, on in appsettings.Development.json and the console chat),
/// fills an empty partners table with the demo partners, so the eligibility check has someone to check. Registered
/// after the eligibility tables' migration, which therefore runs first.
/// </summary>
internal sealed class DemoDataHostedService(
    IDbContextFactory<EligibilityDbContext> contexts,
    TimeProvider clock,
    IOptions<EligibilityChatOptions> options,
    ILogger<DemoDataHostedService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedDemoData)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (await DemoDataSeeder.SeedIfEmptyAsync(db, today, cancellationToken) is { } seeded)
        {
            logger.LogInformation(
                "No partners yet: seeded the demo data ({Partners} partners, {Users} users, sample program year). Re-seed any time with: dotnet run --project src/LearningPartnerBot -- seed-demo",
                seeded.Partners, seeded.Users);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
