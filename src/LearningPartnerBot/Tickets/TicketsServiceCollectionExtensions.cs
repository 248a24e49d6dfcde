using LearningPartnerBot.Data;
using LearningPartnerBot.Tickets.Data;
using LearningPartnerBot.Tickets.Notifications;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Tickets;

public static class TicketsServiceCollectionExtensions
{
    /// <summary>
    /// The ticket tables in the bot's database (own migration history, migrated at start-up) and the
    /// <see cref="ITicketService"/> the chat files requests through; <see cref="TicketDesk"/> for the staff side.
    /// </summary>
    public static IServiceCollection AddTickets(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddMigration<TicketsDbContext>(TicketsDbContext.MigrationsHistoryTable);
        services.Configure<TicketWebhookOptions>(configuration.GetSection(TicketWebhookOptions.SectionName));
        services.AddHttpClient(TicketWebhookOutbox.HttpClientName);
        services.TryAddSingleton<TicketWebhookOutbox>();
        services.AddHostedService<TicketWebhookWorker>();
        services.TryAddSingleton<ITicketService, TicketService>();
        services.TryAddSingleton<ITicketUpdateNotifier, ProactiveTicketUpdateNotifier>();
        services.TryAddSingleton<TicketDesk>();
        return services;
    }
}
