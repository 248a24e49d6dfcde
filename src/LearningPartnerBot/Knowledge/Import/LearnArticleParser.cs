using System.Text.RegularExpressions;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Knowledge.Import;

/// <summary>
/// Reads a localized Microsoft Learn markdown file (front matter with ms.contentlocale, headings with
/// &lt;a name&gt; anchors, translated spans each followed by their English original) into a <see cref="LearnArticle"/>.
/// Markup problems inside the text become warnings; only a file that is not such an article at all throws.
/// </summary>
public static partial class LearnArticleParser
{
    /// <exception cref="LearnArticleFormatException">The text is not a localized Learn article.</exception>
    public static LearnArticle Parse(string markdown)
    {
        var lines = markdown.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        var bodyStart = LearnFrontMatter.Read(lines, out var frontMatter);
        if (!frontMatter.TryGetValue("ms.contentlocale", out var contentLocale) || string.IsNullOrWhiteSpace(contentLocale))
        {
            throw new LearnArticleFormatException("its front matter has no ms.contentlocale");
        }

        var language = SupportedLocales.Match(contentLocale)?.TwoLetterISOLanguageName
            ?? throw new LearnArticleFormatException(
                $"its ms.contentlocale '{contentLocale}' is not a language the bot speaks (en, nl, tr)");

        var warnings = new List<ImportWarning>();
        var builder = new ArticleBuilder(warnings);
        var inCodeFence = false;
        for (var index = bodyStart; index < lines.Count; index++)
        {
            var line = lines[index];
            var number = index + 1;
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inCodeFence = !inCodeFence;
            }

            var heading = inCodeFence ? Match.Empty : HeadingPattern().Match(line);
            if (heading.Success)
            {
                AddHeading(builder, heading, number, warnings);
            }
            else
            {
                builder.AddLine(inCodeFence ? Literal(line, number) : Aligned(line, number, warnings));
            }
        }

        var article = builder.Build(contentLocale.Trim(), language);
        if (!article.Sentences.Values.Any(sentence => sentence.Translated is not null))
        {
            throw new LearnArticleFormatException("it has no translated sentences (data-ttu-id spans)");
        }

        return article;
    }

    private static void AddHeading(ArticleBuilder builder, Match heading, int number, List<ImportWarning> warnings)
    {
        var level = heading.Groups["level"].Length;
        var text = heading.Groups["text"].Value;
        var anchorMatch = AnchorPattern().Match(text);
        var line = Aligned(AnchorPattern().Replace(text, string.Empty), number, warnings);
        var english = line.Render(ArticleLanguage.English).Trim();
        var anchor = anchorMatch.Success ? anchorMatch.Groups["anchor"].Value.Trim() : string.Empty;
        if (anchor.Length == 0)
        {
            anchor = AnchorFromTitle(english);
            warnings.Add(new ImportWarning(number, $"heading '{english}' has no <a name> anchor; using '{anchor}'"));
        }

        var isQuestion = level >= 3
            && (anchor.StartsWith("q-", StringComparison.Ordinal) || QuestionMarker.StartsWithMarker(english));
        builder.AddHeading(level, isQuestion, anchor, line);
    }

    private static ArticleLine Aligned(string text, int number, List<ImportWarning> warnings) =>
        new(number, SentenceAligner.Align(text, number, warnings));

    private static ArticleLine Literal(string text, int number) => new(number, [new LiteralSegment(text)]);

    private static string AnchorFromTitle(string title) =>
        NonWordRun().Replace(title.ToLowerInvariant(), "-").Trim('-') is { Length: > 0 } anchor ? anchor : "untitled";

    [GeneratedRegex(@"^(?<level>#{1,6})\s+(?<text>.*)$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"<a\s+(?:name|id)\s*=\s*""(?<anchor>[^""]*)""\s*/?>\s*(?:</a>)?", RegexOptions.IgnoreCase)]
    private static partial Regex AnchorPattern();

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex NonWordRun();
}
