using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace BotKit.EntityFramework;

/// <summary>
/// Creates the state table unless it exists, from <see cref="BotStateDbContext"/>'s model, so every store on every
/// provider writes to the same schema. Not EnsureCreated: that skips every table as soon as the database has any, and
/// the bot's other areas (knowledge feedback, tickets…) share the file. Another process may create the table at the
/// same moment; a failed create is fine when the table can then be read.
/// </summary>
internal static class BotStateSchema
{
    public static async Task EnsureCreatedAsync(DbContextOptions<BotStateDbContext> options)
    {
        await using var db = new BotStateDbContext(options);
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync())
        {
            await creator.CreateAsync();
        }

        try
        {
            await creator.CreateTablesAsync();
        }
        catch (DbException)
        {
            // Already there (from an earlier run or a racing instance) if this read works; otherwise the real error surfaces.
            _ = await db.States.AsNoTracking().AnyAsync();
        }
    }
}
