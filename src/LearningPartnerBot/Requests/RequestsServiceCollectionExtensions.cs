using LearningPartnerBot.Requests.DirectoryListing;
using LearningPartnerBot.Requests.Discrepancy;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LearningPartnerBot.Requests;

public static class RequestsServiceCollectionExtensions
{
    /// <summary>
    /// The request forms, "my requests" and "talk to a person" in the chat. Needs an <see cref="Tickets.ITicketService"/>
    /// (AddTickets) and the eligibility chat (AddEligibilityChat), whose options say whether demo identities are on.
    /// </summary>
    public static IServiceCollection AddRequestsChat(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RecentTurns>();
        services.AddOptions<RecentTurnsOptions>().BindConfiguration(RecentTurnsOptions.SectionName);
        services.AddHostedService<RecentTurnsFlusher>();
        services.AddSingleton<RequesterLookup>();
        services.AddSingleton<RequestFiling>();
        services.AddSingleton<RequestShortcuts>();
        services.AddSingleton<DiscrepancyCards>();
        services.AddSingleton<DirectoryCards>();
        services.AddSingleton<DiscrepancyDialog>();
        services.AddSingleton<DirectoryDialog>();
        services.AddSingleton<RequestsDialog>();
        return services;
    }
}
