using System.Text;

namespace LearningPartnerBot.Knowledge.Import;

/// <summary>
/// `kb import &lt;file.md&gt; [--accept &lt;topic-id&gt;]... [--accept-all]`: turns a localized Microsoft Learn article
/// into kb/imported/&lt;slug&gt;.&lt;language&gt;.yaml (its language and English), marks entries a curated topic already
/// covers, lists curated topics whose source text changed in kb/imported/stale.yaml, and with --accept records
/// the current text as reviewed in the topic's source.hash.
/// </summary>
public static class KbImportCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <returns>0 on success; 1 when the input cannot be imported or an accept failed (the reason is printed).</returns>
    public static async Task<int> RunAsync(
        string markdownFile,
        string kbDirectory,
        IReadOnlyList<string> accept,
        bool acceptAll,
        TextWriter output,
        CancellationToken ct)
    {
        try
        {
            return await ImportAsync(markdownFile, kbDirectory, accept, acceptAll, output, ct);
        }
        catch (LearnArticleFormatException ex)
        {
            return Fail(output, $"'{markdownFile}' is not a localized Microsoft Learn article: {ex.Message}.");
        }
        catch (InvalidDataException ex)
        {
            return Fail(output, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(output, ex.Message);
        }
    }

    private static async Task<int> ImportAsync(
        string markdownFile, string kbDirectory, IReadOnlyList<string> accept, bool acceptAll, TextWriter output, CancellationToken ct)
    {
        if (!File.Exists(markdownFile))
        {
            return Fail(output, Directory.Exists(markdownFile)
                ? $"'{markdownFile}' is a folder; give the article's markdown file."
                : $"'{markdownFile}' does not exist.");
        }

        if (!Directory.Exists(kbDirectory))
        {
            return Fail(output, $"the knowledge base folder '{kbDirectory}' does not exist.");
        }

        string markdown;
        try
        {
            markdown = await File.ReadAllTextAsync(markdownFile, ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(output, $"'{markdownFile}' could not be read: {ex.Message}");
        }

        var article = LearnArticleParser.Parse(markdown);
        var warnings = new List<ImportWarning>(article.Warnings);
        var curated = CuratedTopicReader.ReadAll(kbDirectory, warnings);
        var unknown = accept.Where(id => !curated.Any(topic => topic.Id == id)).ToList();
        if (unknown.Count > 0)
        {
            return Fail(output, $"--accept {string.Join(", ", unknown)}: no curated topic with that id in {Path.Combine(kbDirectory, "topics")}.");
        }

        var reviewed = ReviewedTextStore.Load(kbDirectory);
        var previouslyStale = StaleTopicStore.Load(kbDirectory);
        var stale = StaleTopicDetector.Detect(article, curated, reviewed);

        var imported = new[] { article.Language, "en" }.Distinct(StringComparer.Ordinal)
            .Select(language => ImportedEntryBuilder.Build(article, language, curated))
            .ToList();
        var importedFolder = Path.Combine(kbDirectory, "imported");
        Directory.CreateDirectory(importedFolder);
        var written = new List<string>();
        foreach (var file in imported)
        {
            var name = ImportedArticleWriter.FileName(file);
            await File.WriteAllTextAsync(Path.Combine(importedFolder, name), ImportedArticleWriter.ToYaml(file), Utf8NoBom, ct);
            written.Add($"imported/{name}");
        }

        var notes = new List<string>();
        var toAccept = acceptAll ? stale : stale.Where(topic => accept.Contains(topic.TopicId, StringComparer.Ordinal)).ToList();
        foreach (var id in accept.Where(id => !stale.Any(topic => topic.TopicId == id)))
        {
            notes.Add($"--accept {id}: nothing to accept, its source.hash already matches this article (or it cites another article).");
        }

        var accepted = await AcceptAsync(article, curated, toAccept, reviewed, kbDirectory, notes, ct);

        // Topics this article is the source of are re-judged now; stale entries from other articles stay listed.
        var judged = StaleTopicDetector.TopicsFrom(article, curated).Select(topic => topic.Id).ToHashSet(StringComparer.Ordinal);
        var stillStale = previouslyStale
            .Where(topic => !judged.Contains(topic.TopicId) && curated.Any(c => c.Id == topic.TopicId))
            .Concat(stale.Where(topic => !accepted.Contains(topic.TopicId, StringComparer.Ordinal)));
        await File.WriteAllTextAsync(StaleTopicStore.PathIn(kbDirectory), StaleTopicStore.ToYaml(stillStale), Utf8NoBom, ct);

        new KbImportSummary(article, written, imported, stale, accepted, notes, warnings).WriteTo(output);
        return accepted.Count == toAccept.Count ? 0 : 1;
    }

    private static async Task<IReadOnlyList<string>> AcceptAsync(
        LearnArticle article,
        IReadOnlyList<CuratedTopic> curated,
        IReadOnlyList<StaleTopicReport> toAccept,
        IReadOnlyDictionary<string, ReviewedText> reviewed,
        string kbDirectory,
        List<string> notes,
        CancellationToken ct)
    {
        if (toAccept.Count == 0)
        {
            return [];
        }

        var accepted = new List<string>();
        var texts = new Dictionary<string, ReviewedText>(reviewed, StringComparer.Ordinal);
        foreach (var report in toAccept)
        {
            var topic = curated.First(t => t.Id == report.TopicId);
            try
            {
                await TopicHashEditor.SetHashInFileAsync(topic.FilePath, report.NewHash, ct);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                notes.Add($"--accept {topic.Id}: could not update {topic.FilePath}: {ex.Message}");
                continue;
            }

            accepted.Add(topic.Id);
            texts[topic.Id] = new ReviewedText(topic.Id, report.NewHash, StaleTopicDetector.CurrentEnglish(article, topic));
        }

        await File.WriteAllTextAsync(ReviewedTextStore.PathIn(kbDirectory), ReviewedTextStore.ToYaml(texts.Values), Utf8NoBom, ct);
        return accepted;
    }

    private static int Fail(TextWriter output, string message)
    {
        output.WriteLine($"kb import: {message}");
        return 1;
    }
}
