using System.Globalization;
using LearningPartnerBot.Data;
using LearningPartnerBot.Knowledge.Feedback;
using LearningPartnerBot.Knowledge.Import;

namespace LearningPartnerBot.Knowledge.Tools;

/// <summary>`kb review`: what partners asked that the bot could not answer, the answers they voted down, and stale topics.</summary>
internal static class KbReview
{
    public static async Task<int> RunAsync(string knowledgeFolder, int top, TextWriter output, CancellationToken cancellationToken)
    {
        // The same configuration as the bot (appsettings, environment), so this reads the database the bot writes.
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddBotStorage(builder.Configuration).AddKnowledge(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        var review = await host.Services.GetRequiredService<FaqFeedbackStore>().ReviewAsync(top, cancellationToken);
        await host.StopAsync(cancellationToken);

        output.WriteLine($"Unanswered questions ({review.Unanswered.Count}):");
        foreach (var q in review.Unanswered)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {q.Count,4}× [{q.Language}] {q.Question}  (closest: {q.ClosestTopicId ?? "-"})"));
        }

        output.WriteLine($"Answers voted not helpful ({review.NotHelpful.Count}):");
        foreach (var v in review.NotHelpful)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {v.Count,4}× [{v.Language}] {v.TopicId}{(v.ExampleQuestions.Count > 0 ? "  e.g. " + string.Join(" | ", v.ExampleQuestions) : string.Empty)}"));
        }

        var stale = StaleTopicStore.Load(knowledgeFolder);
        output.WriteLine($"Possibly stale topics ({stale.Count}):");
        foreach (var topic in stale)
        {
            output.WriteLine($"  {topic.TopicId}: the article's text behind it changed since it was last reviewed");
        }

        return 0;
    }
}
