using BotKit.Hosting;
using BotKit.State;
using BotKit.EntityFramework;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Data;

/// <summary>
/// The one place that decides which database the bot persists to: bot state and the three EF areas (knowledge
/// feedback, eligibility, tickets with their outbox) all get their provider and connection string from here, so
/// they can never end up on different databases.
/// </summary>
public sealed class BotDatabase
{
    public BotDatabase(StorageProvider provider, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        Provider = provider;
        ConnectionString = connectionString;
    }

    public StorageProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>
    /// True when several instances of the bot may run on this database, so anything an instance keeps in memory to
    /// stay correct (the ids of activities it has run) must be kept here as well. A SQLite file serves one instance.
    /// </summary>
    public bool IsShared => Provider == StorageProvider.Postgres;

    /// <summary>Reads Storage:Provider with ConnectionStrings:Postgres, or the SQLite file under Storage:DataDirectory.</summary>
    public static BotDatabase FromConfiguration(StorageOptions options, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        if (options.Provider == StorageProvider.Sqlite)
        {
            return new BotDatabase(StorageProvider.Sqlite, options.ConnectionString(environment));
        }

        var connectionString = configuration.GetConnectionString(StorageOptions.PostgresConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new OptionsValidationException(
                StorageOptions.SectionName,
                typeof(StorageOptions),
                [$"Storage:Provider is Postgres, but ConnectionStrings:{StorageOptions.PostgresConnectionStringName} is empty."]);
        }

        return new BotDatabase(StorageProvider.Postgres, connectionString);
    }

    /// <summary>
    /// Points an area's context at this database, with the area's own migration history table so each area
    /// evolves its schema on its own.
    /// </summary>
    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string migrationsHistoryTable)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ = Provider == StorageProvider.Postgres
            ? options.UseNpgsql(ConnectionString, npgsql => npgsql.MigrationsHistoryTable(migrationsHistoryTable))
            : options.UseSqlite(ConnectionString, sqlite => sqlite.MigrationsHistoryTable(migrationsHistoryTable))
                .AddInterceptors(SqliteBusyTimeout.Instance);

        // The migrations are written by hand (no EF design tools here), so there is no model snapshot to compare
        // with; tests compare each area's migrated schema with its model instead, on both providers.
        return options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>How instances on this database tell a live claimant from a stopped one; a SQLite file serves one instance.</summary>
    public IInstanceLiveness CreateInstanceLiveness() => Provider == StorageProvider.Postgres
        ? new PostgresInstanceLiveness(ConnectionString)
        : new SingleInstanceLiveness();

    /// <summary>
    /// The bot state store (conversation and user state, with ETags) on this database. Read from the database on
    /// every turn: on SQLite a read is one prepared statement on an open connection, and a cache in front of it was
    /// measured to save nothing on traffic where every question is new.
    /// </summary>
    public IStorage CreateStateStorage() => Provider == StorageProvider.Postgres
        ? new PostgresStorage(ConnectionString)
        : new SqliteStorage(ConnectionString);
}
