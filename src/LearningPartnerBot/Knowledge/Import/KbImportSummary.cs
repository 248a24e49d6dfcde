namespace LearningPartnerBot.Knowledge.Import;

/// <summary>What one `kb import` run did, for the curator reading the terminal.</summary>
internal sealed record KbImportSummary(
    LearnArticle Article,
    IReadOnlyList<string> WrittenFiles,
    IReadOnlyList<ImportedArticle> Imported,
    IReadOnlyList<StaleTopicReport> Stale,
    IReadOnlyList<string> Accepted,
    IReadOnlyList<string> Notes,
    IReadOnlyList<ImportWarning> Warnings)
{
    public void WriteTo(TextWriter output)
    {
        var questions = Article.Questions.Count();
        output.WriteLine($"Imported {Article.Slug} ({Article.ContentLocale}): {Article.Sections.Count} sections, {questions} Q&A pairs, {Article.Sentences.Count} sentences.");
        var entries = Imported.Count > 0 ? Imported[0].Entries : [];
        output.WriteLine($"Wrote {entries.Count} entries per language to {string.Join(" and ", WrittenFiles)}.");

        var curated = entries.Where(entry => entry.CuratedBy is not null).ToList();
        output.WriteLine($"Covered by curated topics (not offered separately): {curated.Count}");
        foreach (var entry in curated)
        {
            output.WriteLine($"  {entry.Id} -> {entry.CuratedBy}");
        }

        var pending = Stale.Where(topic => !Accepted.Contains(topic.TopicId, StringComparer.Ordinal)).ToList();
        output.WriteLine($"Possibly stale curated topics: {pending.Count}");
        foreach (var topic in pending)
        {
            var why = topic.NeverReviewed
                ? $"never reviewed (hash {topic.NewHash})"
                : $"article text changed ({topic.OldHash} -> {topic.NewHash})";
            var sentences = string.Join(", ", topic.ChangedSentences.Select(sentence => sentence.Id));
            output.WriteLine($"  {topic.TopicId}: {why}; sentences {sentences}");
        }

        if (Accepted.Count > 0)
        {
            output.WriteLine($"Accepted (source.hash updated): {string.Join(", ", Accepted)}");
        }

        foreach (var note in Notes)
        {
            output.WriteLine(note);
        }

        output.WriteLine($"Warnings: {Warnings.Count}");
        foreach (var warning in Warnings)
        {
            output.WriteLine($"  {warning}");
        }
    }
}
