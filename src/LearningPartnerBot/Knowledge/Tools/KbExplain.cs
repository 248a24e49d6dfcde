using System.Globalization;
using LearningPartnerBot.Knowledge.Search;

namespace LearningPartnerBot.Knowledge.Tools;

/// <summary>
/// `kb explain "question" [--language xx]`: why the bot answers what it answers. Shows the words the analyzer kept,
/// how each was read (exact, typo, longer form, unknown), the top topics with their scores and the decision, so a
/// content owner can tell whether a miss needs a new alternate, a synonym, or a threshold change.
/// </summary>
internal static class KbExplain
{
    public static int Run(string knowledgeFolder, string question, string language, KnowledgeOptions options, TextWriter output)
    {
        if (!KnowledgeLanguages.All.Contains(language))
        {
            output.WriteLine($"Unknown language '{language}'; use one of: {string.Join(", ", KnowledgeLanguages.All)}.");
            return 2;
        }

        var index = FaqIndexLoader.Load(knowledgeFolder);
        var answer = new FaqAnswerer(index, options).Answer(question, language);
        output.WriteLine($"Searched in: {answer.Language} (chat language {language})");
        foreach (var (term, matches, frequency) in index.ExplainTerms(question, answer.Language))
        {
            var reading = matches.Count == 0
                ? "unknown to the knowledge base"
                : string.Join(", ", matches.Select(m => Inv($"{m.Term} ({m.Confidence:0.0})")));
            output.WriteLine(Inv($"  {term,-24} in {frequency,3} topics -> {reading}"));
        }

        foreach (var ranked in answer.Ranked.Take(5))
        {
            output.WriteLine(Inv($"  {ranked.Score:0.000}  {ranked.Topic.Id}"));
        }

        // The one part of the decision no topic's score shows: a word that outweighs the rest and nothing answers.
        output.WriteLine(Inv($"  Unexplained word share: {answer.UnexplainedShare:0.000} (abstains at {options.AbstentionFor(answer.Language).MaxUnexplainedShare:0.00} or more)"));

        if (answer.OutOfScopeKey is { } key)
        {
            output.WriteLine($"  Out-of-scope key: '{key.Key}' of {key.TopicId}");
        }

        output.WriteLine(answer.Answer is { } best
            ? $"Answer: {best.Topic.Id}"
            : $"Abstains{(answer.IsOutOfScope ? " (out of scope)" : string.Empty)}; suggestions: {string.Join(", ", answer.Suggestions.Select(s => s.Topic.Id))}");
        return 0;
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
