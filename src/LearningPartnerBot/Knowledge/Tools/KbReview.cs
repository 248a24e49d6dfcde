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
        var review = await host.Services.GetRequiredService<FaqReviewQueue>().ReadAsync(knowledgeFolder, cancellationToken);
        await host.StopAsync(cancellationToken);

        // The same groups as the staff review page (/staff/review), where they can also be decided on.
        output.WriteLine($"Unanswered questions, grouped by similarity ({review.Unanswered.Count} groups):");
        foreach (var q in review.Unanswered.Take(top))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {q.Count,4}× [{q.Language}] {q.Question}  (closest: {(q.ClosestTopics.Count > 0 ? string.Join(", ", q.ClosestTopics) : "-")})"));
            foreach (var wording in q.Wordings.Skip(1))
            {
                output.WriteLine($"         also: {wording}");
            }
        }

        output.WriteLine($"Answers voted not helpful ({review.NotHelpful.Count}):");
        foreach (var v in review.NotHelpful.Take(top))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {v.Count,4}× [{v.Language}] {v.TopicId}{(v.Questions.Count > 0 ? "  e.g. " + string.Join(" | ", v.Questions.Take(3)) : string.Empty)}"));
        }

        output.WriteLine($"Possibly stale topics ({review.Stale.Count}):");
        foreach (var topic in review.Stale)
        {
            output.WriteLine($"  {topic.TopicId}: the article's text behind it changed since it was last reviewed");
        }

        return 0;
    }
}
