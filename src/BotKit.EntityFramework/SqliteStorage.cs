using Microsoft.EntityFrameworkCore;

namespace BotKit.EntityFramework;

/// <summary>Bot state in a SQLite file (WAL mode), e.g. <c>new SqliteStorage("Data Source=botstate.db")</c>.</summary>
public sealed class SqliteStorage(string connectionString)
    : EntityFrameworkStorage(new DbContextOptionsBuilder<BotStateDbContext>().UseSqlite(connectionString).Options);
