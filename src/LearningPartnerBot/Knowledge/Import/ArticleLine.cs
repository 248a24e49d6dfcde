using System.Text;

namespace LearningPartnerBot.Knowledge.Import;

/// <summary>A piece of a line: markdown outside any sentence (list bullets, quote marks, spaces) or a sentence.</summary>
public abstract record InlineSegment;

public sealed record LiteralSegment(string Text) : InlineSegment;

public sealed record SentenceSegment(ArticleSentence Sentence) : InlineSegment;

/// <summary>
/// A source line with its span markup resolved. Keeping the literal parts lets either language be rendered
/// with the article's own markdown structure (bullets, numbering, block quotes) intact.
/// </summary>
public sealed record ArticleLine(int Number, IReadOnlyList<InlineSegment> Segments)
{
    public IEnumerable<ArticleSentence> Sentences => Segments.OfType<SentenceSegment>().Select(s => s.Sentence);

    public string Render(ArticleLanguage language)
    {
        var text = new StringBuilder();
        foreach (var segment in Segments)
        {
            text.Append(segment switch
            {
                SentenceSegment sentence => sentence.Sentence.Text(language),
                LiteralSegment literal => literal.Text,
                _ => string.Empty,
            });
        }

        return text.ToString();
    }
}
