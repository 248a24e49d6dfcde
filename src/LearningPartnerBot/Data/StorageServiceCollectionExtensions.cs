using BotKit.Hosting;
using BotKit.State;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Data;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Bot state on the configured database: by default a SQLite file under the data folder, created on first run,
    /// so a newcomer's `dotnet run` needs no database server and keeps conversations across restarts.
    /// </summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotDatabase(configuration);
        services.AddSingleton(sp => sp.GetRequiredService<BotDatabase>().CreateStateStorage());

        // What claims (activity ids, outbox messages) are judged by; the container disposes it at shutdown, which on
        // PostgreSQL releases this instance's lock.
        services.AddSingleton<IInstanceLiveness>(sp => sp.GetRequiredService<BotDatabase>().CreateInstanceLiveness());
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        return services;
    }

    /// <summary>The one <see cref="BotDatabase"/> the state store and every data area are configured from.</summary>
    private static IServiceCollection AddBotDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.SectionName));
        services.AddSingleton(sp => BotDatabase.FromConfiguration(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<IConfiguration>(),
            sp.GetRequiredService<IHostEnvironment>()));
        return services;
    }
}
