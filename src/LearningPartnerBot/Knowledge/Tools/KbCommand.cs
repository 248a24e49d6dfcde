using System.CommandLine;
using LearningPartnerBot.Knowledge.Import;
using LearningPartnerBot.Knowledge.Search;

namespace LearningPartnerBot.Knowledge.Tools;

/// <summary>
/// <c>dotnet run --project src/LearningPartnerBot -- kb test|import|review|explain</c>: the content owners' tools.
/// They work on the repository's <c>kb/</c> folder when run from the repository root, else on the bot's copy.
/// </summary>
public static class KbCommand
{
    /// <summary>The <c>kb</c> command of <see cref="BotCommandLine"/>, writing its reports to <paramref name="output"/>.</summary>
    public static Command Create(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var kb = new Option<string?>("--kb") { Description = "The knowledge-base folder (default: the nearest kb/ from the current folder upwards, else the bot's copy)." };

        var testFile = new Argument<string>("file") { Description = "Tab-separated: locale, question, topic (none = must abstain)." };
        var minTop1 = new Option<double?>("--min-top1") { Description = "Fail (exit 1) when any locale's top-1 accuracy is below this." };
        var minAbstain = new Option<double?>("--min-abstain") { Description = "Fail (exit 1) when abstention recall on 'none' rows is below this." };
        var test = new Command("test", "Measure answer accuracy and abstention on a question set.") { testFile, minTop1, minAbstain, kb };
        test.SetAction((result, _) => Guarded(output, () =>
            KbTest.Run(KnowledgeFolder(result.GetValue(kb)), result.GetValue(testFile)!, result.GetValue(minTop1), result.GetValue(minAbstain), output)));

        var markdown = new Argument<string>("file") { Description = "A localized Microsoft Learn markdown file (with sxs-lookup English spans)." };
        var accept = new Option<string[]>("--accept") { Description = "Mark these curated topics as reviewed against the imported text.", AllowMultipleArgumentsPerToken = true };
        var acceptAll = new Option<bool>("--accept-all") { Description = "Mark every curated topic as reviewed." };
        var import = new Command("import", "Import a localized article and flag curated topics whose source text changed.") { markdown, accept, acceptAll, kb };
        import.SetAction((result, token) => KbImportCommand.RunAsync(
            ToolPaths.Find(result.GetValue(markdown)!) ?? result.GetValue(markdown)!, KnowledgeFolder(result.GetValue(kb)), result.GetValue(accept) ?? [], result.GetValue(acceptAll), output, token));

        var top = new Option<int>("--top") { Description = "How many of each list to show.", DefaultValueFactory = _ => 20 };
        var review = new Command("review", "List unanswered questions, 👎 answers and possibly stale topics, most frequent first.") { top, kb };
        review.SetAction((result, token) => KbReview.RunAsync(KnowledgeFolder(result.GetValue(kb)), result.GetValue(top), output, token));

        var question = new Argument<string>("question") { Description = "The question, as a partner would type it." };
        var language = new Option<string>("--language") { Description = "The chat's language: en, nl or tr.", DefaultValueFactory = _ => KnowledgeLanguages.Default };
        var explain = new Command("explain", "Show how a question is read, scored and answered.") { question, language, kb };
        explain.SetAction((result, _) => Guarded(output, () =>
            KbExplain.Run(KnowledgeFolder(result.GetValue(kb)), result.GetValue(question)!, result.GetValue(language)!, KbTest.ConfiguredOptions(), output)));

        return new Command("kb", "Knowledge-base tools.") { test, import, review, explain };
    }

    /// <summary>A broken KB file is the content owner's to fix: name it and the line, not a stack trace.</summary>
    private static Task<int> Guarded(TextWriter output, Func<int> run)
    {
        try
        {
            return Task.FromResult(run());
        }
        catch (KnowledgeFileException ex)
        {
            output.WriteLine(ex.Message);
            return Task.FromResult(2);
        }
    }

    private static string KnowledgeFolder(string? chosen) =>
        chosen is not null
            ? ToolPaths.Find(chosen) ?? chosen
            : (ToolPaths.Find(Path.Combine("kb", "topics")) is { } topics ? Path.GetDirectoryName(topics)! : new KnowledgeOptions().ResolveContentDirectory());
}
