using Microsoft.EntityFrameworkCore;

namespace BotKit.EntityFramework;

/// <summary>
/// The bot state table. Nothing here names a database provider, so the same context can run on SQLite
/// today and on a server database later; provider specifics live in the options and the storage.
/// </summary>
public sealed class BotStateDbContext(DbContextOptions<BotStateDbContext> options) : DbContext(options)
{
    public DbSet<BotStateRecord> States => Set<BotStateRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var state = modelBuilder.Entity<BotStateRecord>();
        state.ToTable("BotState");
        state.HasKey(record => record.Key);
        state.Property(record => record.Key).HasMaxLength(BotStateRecord.MaxKeyLength);
        state.Property(record => record.Document).IsRequired();
        state.Property(record => record.ETag).HasMaxLength(64).IsRequired();
    }
}

/// <summary>One stored document: the JSON text and the version it is at.</summary>
public sealed class BotStateRecord
{
    /// <summary>Keys are "{channelId}/conversations/{id}" or "{channelId}/users/{id}"; channel ids can be long.</summary>
    public const int MaxKeyLength = 1024;

    public required string Key { get; set; }

    public required string Document { get; set; }

    public required string ETag { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
