using Microsoft.EntityFrameworkCore;

namespace BotKit.EntityFramework;

/// <summary>
/// Bot state in a PostgreSQL database shared by every instance of the bot, e.g.
/// <c>new PostgresStorage("Host=db;Database=bot;Username=bot")</c>. The table is created on first use.
/// </summary>
public sealed class PostgresStorage(string connectionString)
    : EntityFrameworkStorage(new DbContextOptionsBuilder<BotStateDbContext>().UseNpgsql(connectionString).Options);
