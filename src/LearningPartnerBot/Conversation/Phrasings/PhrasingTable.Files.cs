using System.Reflection;
using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Conversation.Phrasings;

/// <summary>Reading the phrasing files: sections, "=" / "~" / "^" lines, fillers and chatter, with the line of any error.</summary>
public sealed partial class PhrasingTable
{
    public static PhrasingTable Parse(IReadOnlyDictionary<string, string> fileByLanguage)
    {
        ArgumentNullException.ThrowIfNull(fileByLanguage);
        var table = new PhrasingTable();
        foreach (var (language, text) in fileByLanguage)
        {
            table.Add(language, text);
        }

        var rank = Precedence.Select((intent, index) => (intent, index)).ToDictionary(p => p.intent, p => p.index);
        table._whole.Sort((a, b) => rank[a.Pattern.Intent].CompareTo(rank[b.Pattern.Intent]));
        table._contained.Sort((a, b) => rank[a.Pattern.Intent].CompareTo(rank[b.Pattern.Intent]));
        table.IndexTypoNeighbours();
        table._wholeByAnchor = new AnchoredPatterns(table._whole);
        table._containedByAnchor = new AnchoredPatterns(table._contained);
        return table;
    }

    private void Add(string language, string text)
    {
        Intent? intent = null;
        var isFiller = false;
        var isChatter = false;
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            try
            {
                if (line.StartsWith('[') && line.EndsWith(']'))
                {
                    var name = line[1..^1].Trim();
                    isFiller = name == "filler";
                    isChatter = name == "chatter";
                    intent = isFiller || isChatter ? null : IntentIds.Parse(name) ?? throw new FormatException($"Unknown intent [{name}].");
                    continue;
                }

                if (line.Length < 2 || line[0] is not ('=' or '~' or '^'))
                {
                    throw new FormatException("A line starts with '=' (whole message), '~' (part of the message) or '^' (cue words of a short message).");
                }

                var body = line[1..].Trim();
                if (isChatter)
                {
                    _chatter.UnionWith(body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextFolding.Words));
                    continue;
                }

                if (line[0] == '^')
                {
                    _cues.Add((language, intent ?? throw new FormatException("A cue comes before any [intent]."), [.. body.Split([' ', '|'], StringSplitOptions.RemoveEmptyEntries).Select(TextFolding.Words)]));
                    continue;
                }

                if (isFiller)
                {
                    var fillers = _fillers.TryGetValue(language, out var known) ? known : _fillers[language] = [];
                    fillers.UnionWith(body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextFolding.Words));
                    continue;
                }

                var pattern = PhrasingPattern.Compile(intent ?? throw new FormatException("A phrasing comes before any [intent]."), line[0] == '=', body);
                (pattern.IsWhole ? _whole : _contained).Add((language, pattern));
                _vocabulary.UnionWith(pattern.LiteralWords);
            }
            catch (FormatException e)
            {
                throw new FormatException($"kb/intents/{language}.txt line {lineNumber}: {e.Message}", e);
            }
        }
    }

    private static PhrasingTable LoadShipped()
    {
        var assembly = typeof(PhrasingTable).Assembly;
        return Parse(Languages.ToDictionary(language => language, language => Read(assembly, $"intents.{language}.txt")));
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The phrasing file {name} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
