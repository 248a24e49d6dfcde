using LearningPartnerBot.Data;
using LearningPartnerBot.Tickets.Data;
using LearningPartnerBot.Tickets.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Tickets;

public static class TicketsServiceCollectionExtensions
{
    /// <summary>
    /// The ticket tables in the bot's SQLite file (own migration history, migrated at start-up) and the
    /// <see cref="ITicketService"/> the chat files requests through; <see cref="TicketDesk"/> for the staff side.
    /// </summary>
    public static IServiceCollection AddTickets(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContextFactory<TicketsDbContext>((sp, options) => options
            .UseSqlite(
                sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString(sp.GetRequiredService<IHostEnvironment>()),
                sqlite => sqlite.MigrationsHistoryTable(TicketsDbContext.MigrationsHistoryTable))
            // The migrations are written by hand (no EF design tools here), so there is no model snapshot to compare with.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
        services.Configure<TicketWebhookOptions>(configuration.GetSection(TicketWebhookOptions.SectionName));
        services.AddHttpClient(TicketWebhookOutbox.HttpClientName);
        services.TryAddSingleton<TicketWebhookOutbox>();
        services.AddHostedService<TicketWebhookWorker>();
        services.TryAddSingleton<ITicketService, TicketService>();
        services.TryAddSingleton<ITicketUpdateNotifier, ProactiveTicketUpdateNotifier>();
        services.TryAddSingleton<TicketDesk>();
        services.AddHostedService<TicketsStartup>();
        return services;
    }
}
