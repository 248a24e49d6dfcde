using LearningPartnerBot.Data;
using LearningPartnerBot.Knowledge.Chat;
using LearningPartnerBot.Knowledge.Feedback;
using LearningPartnerBot.Knowledge.Search;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// The FAQ: the knowledge base loaded from its folder and indexed at start-up (a malformed file stops start-up),
    /// the answerer, the chat pieces, and the feedback tables in the bot's database.
    /// </summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<KnowledgeOptions>(configuration.GetSection(KnowledgeOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => FaqIndexLoader.Load(ContentDirectory(sp)));
        services.AddSingleton(sp => sp.GetRequiredService<FaqIndex>().Knowledge);
        services.AddSingleton(sp => new FaqAnswerer(sp.GetRequiredService<FaqIndex>(), sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value));
        services.AddSingleton<FaqCards>();
        services.AddSingleton<FaqResponder>();
        services.AddSingleton<FaqDialog>();

        services.AddMigration<KnowledgeDbContext>(KnowledgeDbContext.MigrationsHistoryTable);
        services.AddSingleton<FaqFeedbackStore>();
        services.AddSingleton<QuestionGrouper>();
        services.AddSingleton<FaqReviewQueue>();
        services.AddSingleton<KnowledgeBaseStatus>();
        services.AddHostedService<KnowledgeBaseHostedService>();
        services.AddHealthChecks().AddCheck<KnowledgeHealthCheck>("knowledge-base");
        return services;
    }

    private static string ContentDirectory(IServiceProvider services) =>
        services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.ResolveContentDirectory();
}
