using LearningPartnerBot.Tests.Data;
using LearningPartnerBot.Tickets;
using LearningPartnerBot.Tickets.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Tests.Tickets.Data;

/// <summary>
/// The ticket tables in an empty database of their own for one test (a SQLite file unless another
/// <see cref="TestDatabase"/> is given), migrated like the bot migrates them at start-up.
/// </summary>
public sealed class TempTicketsDatabase : IDisposable
{
    public TempTicketsDatabase(TestDatabase? database = null, bool migrate = true)
    {
        Database = database ?? TestDatabase.Sqlite();
        Options = Database.Options<TicketsDbContext>(TicketsDbContext.MigrationsHistoryTable);
        if (migrate)
        {
            using var db = Open();
            db.Database.Migrate();
        }
    }

    public TestDatabase Database { get; }

    public DbContextOptions<TicketsDbContext> Options { get; }

    public IDbContextFactory<TicketsDbContext> Factory => new ContextFactory(Options);

    public TicketsDbContext Open() => new(Options);

    public TicketService Service(TimeProvider clock) => new(Factory, clock);

    public void Dispose() => Database.Dispose();

    private sealed class ContextFactory(DbContextOptions<TicketsDbContext> options) : IDbContextFactory<TicketsDbContext>
    {
        public TicketsDbContext CreateDbContext() => new(options);
    }
}
