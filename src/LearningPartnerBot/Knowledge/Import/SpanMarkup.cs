using System.Text;
using System.Text.RegularExpressions;

namespace LearningPartnerBot.Knowledge.Import;

/// <summary>
/// The span elements of one line as a tree. Learn's localization markup nests spans (the English lookup is a
/// span inside a span, and translators sometimes wrap words in further spans), so a flat regex would mis-pair
/// closing tags. Anything that is not a span tag is kept as text.
/// </summary>
internal sealed partial class SpanMarkup
{
    private SpanMarkup(IReadOnlyDictionary<string, string> attributes)
    {
        Attributes = attributes;
    }

    public IReadOnlyDictionary<string, string> Attributes { get; }

    /// <summary>Text (string) and child spans (SpanMarkup) in document order.</summary>
    public List<object> Children { get; } = [];

    public bool HasNestedSpans => Children.OfType<SpanMarkup>().Any();

    public string? Attribute(string name) => Attributes.TryGetValue(name, out var value) ? value : null;

    /// <summary>The text of this span with all nested span tags removed.</summary>
    public string InnerText()
    {
        var text = new StringBuilder();
        AppendText(text);
        return text.ToString();
    }

    public IEnumerable<SpanMarkup> Descendants()
    {
        foreach (var child in Children.OfType<SpanMarkup>())
        {
            yield return child;
            foreach (var descendant in child.Descendants())
            {
                yield return descendant;
            }
        }
    }

    /// <summary>Parses a line into top-level text and spans; unbalanced tags are repaired and reported.</summary>
    public static IReadOnlyList<object> ParseLine(string line, int lineNumber, ICollection<ImportWarning> warnings)
    {
        var root = new SpanMarkup(new Dictionary<string, string>());
        var open = new Stack<SpanMarkup>();
        open.Push(root);
        var text = new StringBuilder();
        var position = 0;
        while (position < line.Length)
        {
            var tagStart = line.IndexOf('<', position);
            if (tagStart < 0)
            {
                text.Append(line, position, line.Length - position);
                break;
            }

            text.Append(line, position, tagStart - position);
            var openTag = OpenTag().Match(line, tagStart);
            var closeTag = CloseTag().Match(line, tagStart);
            if (openTag.Success)
            {
                Flush(text, open.Peek());
                var span = new SpanMarkup(ParseAttributes(openTag.Groups["attributes"].Value));
                open.Peek().Children.Add(span);
                open.Push(span);
                position = tagStart + openTag.Length;
            }
            else if (closeTag.Success)
            {
                Flush(text, open.Peek());
                if (open.Count > 1)
                {
                    open.Pop();
                }
                else
                {
                    warnings.Add(new ImportWarning(lineNumber, "a </span> without an opening tag was ignored"));
                }

                position = tagStart + closeTag.Length;
            }
            else
            {
                text.Append('<');
                position = tagStart + 1;
            }
        }

        Flush(text, open.Peek());
        if (open.Count > 1)
        {
            warnings.Add(new ImportWarning(lineNumber, "a <span> is not closed; the rest of the line was taken as its text"));
        }

        return root.Children;
    }

    private void AppendText(StringBuilder text)
    {
        foreach (var child in Children)
        {
            if (child is SpanMarkup span)
            {
                span.AppendText(text);
            }
            else
            {
                text.Append((string)child);
            }
        }
    }

    private static void Flush(StringBuilder text, SpanMarkup into)
    {
        if (text.Length > 0)
        {
            into.Children.Add(text.ToString());
            text.Clear();
        }
    }

    private static Dictionary<string, string> ParseAttributes(string source)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match attribute in AttributePattern().Matches(source))
        {
            attributes.TryAdd(attribute.Groups["name"].Value, attribute.Groups["value"].Value);
        }

        return attributes;
    }

    [GeneratedRegex(@"\G<span(?<attributes>(?:\s[^>]*)?)>", RegexOptions.IgnoreCase)]
    private static partial Regex OpenTag();

    [GeneratedRegex(@"\G</span\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex CloseTag();

    [GeneratedRegex(@"(?<name>[\w-]+)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)')")]
    private static partial Regex AttributePattern();
}
