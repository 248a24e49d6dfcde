using LearningPartnerBot.Tickets;
using LearningPartnerBot.Tickets.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LearningPartnerBot.Tests.Tickets.Data;

/// <summary>A SQLite file of its own for one test, migrated like the bot migrates it at start-up.</summary>
public sealed class TempTicketsDatabase : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"lpb-tickets-{Guid.NewGuid():N}.db");

    public TempTicketsDatabase(bool migrate = true)
    {
        Options = new DbContextOptionsBuilder<TicketsDbContext>()
            .UseSqlite($"Data Source={_file}", sqlite => sqlite.MigrationsHistoryTable(TicketsDbContext.MigrationsHistoryTable))
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options;
        if (migrate)
        {
            using var db = Open();
            db.Database.Migrate();
        }
    }

    public DbContextOptions<TicketsDbContext> Options { get; }

    public IDbContextFactory<TicketsDbContext> Factory => new ContextFactory(Options);

    public TicketsDbContext Open() => new(Options);

    public TicketService Service(TimeProvider clock) => new(Factory, clock);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    private sealed class ContextFactory(DbContextOptions<TicketsDbContext> options) : IDbContextFactory<TicketsDbContext>
    {
        public TicketsDbContext CreateDbContext() => new(options);
    }
}
