using LearningPartnerBot.Channels;
using LearningPartnerBot.Eligibility.Demo;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LearningPartnerBot.Eligibility.Chat;

public static class EligibilityChatServiceCollectionExtensions
{
    /// <summary>
    /// The eligibility check in the chat: who is asking, the dialog, its cards, the invoice-date answer, and the demo data seeded on
    /// a developer's first run. Call after AddEligibility, whose start-up migrates the tables the demo data goes into.
    /// </summary>
    public static IServiceCollection AddEligibilityChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EligibilityChatOptions>(configuration.GetSection(EligibilityChatOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PartnerIdentityResolver>();
        services.AddSingleton<EligibilityResultCard>();
        services.AddSingleton<UnmappedUserCard>();
        services.AddSingleton<EligibilityDialog>();
        services.AddSingleton<InvoiceDateAnswer>();
        services.AddSingleton<LevelGapsAnswer>();
        services.AddHostedService<DemoDataHostedService>();
        services.AddSingleton<ISampleUsers, DemoSampleUsers>();
        return services;
    }
}
