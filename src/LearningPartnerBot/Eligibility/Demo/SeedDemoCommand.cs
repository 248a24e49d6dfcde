using LearningPartnerBot.Data;
using LearningPartnerBot.Eligibility.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Eligibility.Demo;

/// <summary>
/// <c>dotnet run --project src/LearningPartnerBot -- seed-demo</c>: writes the sample program year and the demo
/// partners into the bot's database (migrating it first), dated relative to today. Safe to run again.
/// </summary>
public static class SeedDemoCommand
{
    public static bool Matches(string[] args) => args is ["seed-demo", ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var builder = Host.CreateApplicationBuilder(args[1..]);
        builder.Logging.ClearProviders();
        builder.Services.AddBotStorage(builder.Configuration).AddEligibility();
        using var host = builder.Build();

        // Starting the host runs the eligibility start-up, which migrates the tables.
        await host.StartAsync(cancellationToken);
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<EligibilityDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            var today = DateOnly.FromDateTime(host.Services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
            var seeded = await DemoDataSeeder.SeedAsync(db, today, cancellationToken);
            await output.WriteLineAsync(
                $"Seeded the demo data as of {today:yyyy-MM-dd}: {seeded.Partners} partners with {seeded.Users} users, " +
                $"{seeded.Competencies} competencies and {seeded.RequirementSets} requirement sets ({SampleProgramYear.Load().Label}).");
            await output.WriteLineAsync($"Database: {db.Database.GetConnectionString()}");
        }

        await host.StopAsync(cancellationToken);
        return 0;
    }
}
