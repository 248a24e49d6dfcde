using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Knowledge.Feedback;
using LearningPartnerBot.Tickets.Data;
using Microsoft.EntityFrameworkCore;
using TestSupport.Databases;

namespace LearningPartnerBot.Tests.Data;

/// <summary>
/// The migrations are written by hand (the EF design tools cannot be restored here), so nothing but these tests
/// keeps them in step with the models: on each provider, an area's migrated schema must equal the schema EF creates
/// from its model, column types, collations, identity columns, keys and indexes included.
/// </summary>
public abstract class MigratedSchemaTests(TestDatabase database) : IDisposable
{
    [DatabaseFact]
    public void The_knowledge_feedback_migrations_build_the_models_schema() =>
        AssertMigrationsBuildTheModel<KnowledgeDbContext>(KnowledgeDbContext.MigrationsHistoryTable, options => new KnowledgeDbContext(options));

    [DatabaseFact]
    public void The_eligibility_migrations_build_the_models_schema() =>
        AssertMigrationsBuildTheModel<EligibilityDbContext>(EligibilityDbContext.MigrationsHistoryTable, options => new EligibilityDbContext(options));

    [DatabaseFact]
    public void The_ticket_migrations_build_the_models_schema() =>
        AssertMigrationsBuildTheModel<TicketsDbContext>(TicketsDbContext.MigrationsHistoryTable, options => new TicketsDbContext(options));

    [DatabaseFact]
    public void The_three_areas_migrate_side_by_side_in_one_database()
    {
        using var knowledge = new KnowledgeDbContext(database.Options<KnowledgeDbContext>(KnowledgeDbContext.MigrationsHistoryTable));
        using var eligibility = new EligibilityDbContext(database.Options<EligibilityDbContext>(EligibilityDbContext.MigrationsHistoryTable));
        using var tickets = new TicketsDbContext(database.Options<TicketsDbContext>(TicketsDbContext.MigrationsHistoryTable));

        knowledge.Database.Migrate();
        eligibility.Database.Migrate();
        tickets.Database.Migrate();

        Assert.Empty(knowledge.Database.GetPendingMigrations());
        Assert.Empty(eligibility.Database.GetPendingMigrations());
        Assert.Empty(tickets.Database.GetPendingMigrations());
    }

    public void Dispose()
    {
        database.Dispose();
        GC.SuppressFinalize(this);
    }

    private void AssertMigrationsBuildTheModel<TContext>(string historyTable, Func<DbContextOptions<TContext>, TContext> open)
        where TContext : DbContext
    {
        var options = database.Options<TContext>(historyTable);
        IReadOnlyList<string> migrated;
        using (var db = open(options))
        {
            db.Database.Migrate();
            migrated = DatabaseSchema.Of(db);
        }

        database.Empty();
        using var fromModel = open(options);
        Assert.True(fromModel.Database.EnsureCreated());
        Assert.Equal(DatabaseSchema.Of(fromModel), migrated);
    }
}

public sealed class SqliteMigratedSchemaTests() : MigratedSchemaTests(TestDatabase.Sqlite());

[UsesPostgres]
public sealed class PostgresMigratedSchemaTests(PostgresTestDatabase database)
    : MigratedSchemaTests(TestDatabase.Postgres(database)), IClassFixture<PostgresTestDatabase>;
