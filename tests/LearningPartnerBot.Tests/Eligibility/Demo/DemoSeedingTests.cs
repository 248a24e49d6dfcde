using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Demo;
using LearningPartnerBot.Tests.Eligibility.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Tests.Eligibility.Demo;

public sealed class DemoSeedingTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Fact]
    public async Task Seeding_twice_leaves_one_copy_of_everything_dated_from_the_second_run()
    {
        using var database = new TempEligibilityDatabase();
        await using (var db = database.Open())
        {
            await DemoDataSeeder.SeedAsync(db, Today);
        }

        await using (var db = database.Open())
        {
            await DemoDataSeeder.SeedAsync(db, Today.AddMonths(5));
        }

        await using var check = database.Open();
        Assert.Equal(DemoPartners.MpnIds.Order(), (await check.Partners.Select(p => p.MpnId).ToListAsync()).Order());
        Assert.Equal(DemoPartners.Users.Count, await check.PartnerUsers.CountAsync());
        Assert.Equal(5, await check.Competencies.CountAsync());
        Assert.Equal(8, await check.RequirementSets.CountAsync());
        var trainer = await check.Trainers.FirstAsync(t => t.PartnerMpnId == DemoPartners.ActionPackMpnId);
        Assert.Equal(Today.AddMonths(5).AddYears(1), trainer.CertifiedUntil);
    }

    [Fact]
    public async Task Seeding_leaves_partners_loaded_by_staff_alone_and_first_run_seeding_skips_a_database_with_partners()
    {
        using var database = new TempEligibilityDatabase();
        await using (var db = database.Open())
        {
            db.Partners.Add(new Partner { MpnId = "7654321", Name = "Real Partner", Country = "NL", AnniversaryDate = new DateOnly(2020, 4, 1) });
            await db.SaveChangesAsync();
            Assert.Null(await DemoDataSeeder.SeedIfEmptyAsync(db, Today));
            Assert.Equal(1, await db.Partners.CountAsync());
            await DemoDataSeeder.SeedAsync(db, Today);
        }

        await using var check = database.Open();
        Assert.Equal(DemoPartners.MpnIds.Count + 1, await check.Partners.CountAsync());
        Assert.True(await check.Partners.AnyAsync(p => p.MpnId == "7654321"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_first_run_seeds_only_when_configured(bool seeded)
    {
        using var database = new TempEligibilityDatabase();
        var startup = new DemoDataHostedService(
            database.Factory,
            new FixedClock(Today),
            Options.Create(new EligibilityChatOptions { SeedDemoData = seeded }),
            NullLogger<DemoDataHostedService>.Instance);

        await startup.StartAsync(CancellationToken.None);

        await using var db = database.Open();
        Assert.Equal(seeded ? DemoPartners.MpnIds.Count : 0, await db.Partners.CountAsync());
    }

    [Fact]
    public async Task The_seed_demo_command_migrates_and_seeds_the_configured_database()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"lpb-seed-demo-{Guid.NewGuid():N}");
        try
        {
            using var output = new StringWriter();

            var exitCode = await BotCommandLine.InvokeAsync(["seed-demo", "--Storage:DataDirectory", folder], output, output);

            Assert.Equal(0, exitCode);
            Assert.Contains("7 partners", output.ToString(), StringComparison.Ordinal);
            await using var db = new EligibilityDbContext(new DbContextOptionsBuilder<EligibilityDbContext>()
                .UseSqlite($"Data Source={Path.Combine(folder, "learningpartnerbot.db")}").Options);
            Assert.Equal(DemoPartners.MpnIds.Count, await db.Partners.CountAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
