using BotKit.State;
using BotKit.State.EntityFramework;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Data;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Bot state in a SQLite file under the configured data folder, created on first run, so a newcomer's
    /// `dotnet run` needs no database server and keeps conversations across restarts.
    /// </summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.SectionName));
        services.AddSingleton<IStorage>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new SqliteStorage(options.ConnectionString(sp.GetRequiredService<IHostEnvironment>()));
        });
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        return services;
    }
}
