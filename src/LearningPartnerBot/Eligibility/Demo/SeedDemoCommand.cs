using System.CommandLine;
using LearningPartnerBot.Data;
using LearningPartnerBot.Eligibility.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Eligibility.Demo;

/// <summary>
/// <c>dotnet run --project src/LearningPartnerBot -- seed-demo</c>: writes the sample program year and the demo
/// partners into the bot's database (migrating it first), dated relative to today. Safe to run again. Any further
/// arguments are configuration, as for the web host (e.g. <c>--Storage:DataDirectory /tmp/lpb</c>).
/// </summary>
public static class SeedDemoCommand
{
    /// <summary>The <c>seed-demo</c> command of <see cref="BotCommandLine"/>, reporting to <paramref name="output"/>.</summary>
    public static Command Create(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var command = new Command("seed-demo", "Write the sample program year and the demo partners into the bot's database.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((result, token) => RunAsync([.. result.UnmatchedTokens], output, token));
        return command;
    }

    private static async Task<int> RunAsync(string[] configuration, TextWriter output, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(configuration);
        builder.Logging.ClearProviders();
        builder.Services.AddBotStorage(builder.Configuration).AddEligibility();
        using var host = builder.Build();

        // Starting the host runs the eligibility tables' migration.
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
