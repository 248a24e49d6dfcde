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
        table.Number();
        var lines = table._whole.Concat(table._contained).Select(line => line.Pattern).ToList();
        foreach (var pattern in lines)
        {
            pattern.IndexWords(table._words.Count);
        }

        // How common each word is: how many lines need it, and far more for a word that most messages have anyway (a
        // filler, chatter, a word of three letters or fewer). A line is indexed by the token whose words are least common.
        var commonness = new int[table._words.Count];
        foreach (var id in lines.SelectMany(pattern => pattern.RequiredWords.SelectMany(words => words).Distinct()))
        {
            commonness[id]++;
        }

        for (var id = 0; id < commonness.Length; id++)
        {
            commonness[id] += table._fillerLanguages[id] != 0 || table._isChatter[id] || table._words[id].Length <= 3 ? EverydayWord : 0;
        }

        foreach (var pattern in lines)
        {
            pattern.ChooseAnchor(words => words.Sum(id => commonness[id]));
        }

        table.IndexTypoNeighbours();
        table._wholeByAnchor = new AnchoredPatterns(table._whole, table.FillerBit, table._words);
        table._containedByAnchor = new AnchoredPatterns(table._contained, table.FillerBit, table._words);
        table._byLanguageAndIntent = table._whole.Concat(table._contained)
            .GroupBy(line => (line.Language, line.Pattern.Intent))
            .ToDictionary(group => group.Key, group => group.Select(line => (table.FillerBit(line.Language), line.Pattern)).ToArray());
        return table;
    }

    /// <summary>
    /// Numbers every word the files spell and notes, by number, what the files say about it: a word of a line (a typo
    /// is corrected towards it), chatter, a filler in which languages, the first cue it belongs to.
    /// </summary>
    private void Number()
    {
        foreach (var word in _vocabulary.Concat(_chatter).Concat(_fillers.Values.SelectMany(words => words)).Concat(_cues.SelectMany(cue => cue.Words)))
        {
            _words.Add(word);
        }

        foreach (var language in _fillers.Keys)
        {
            if (_fillerBits.Count == 31)
            {
                throw new FormatException("Fillers are read for at most 31 languages.");
            }

            _fillerBits[language] = 1 << _fillerBits.Count;
        }

        _isLiteral = new bool[_words.Count];
        _isChatter = new bool[_words.Count];
        _fillerLanguages = new int[_words.Count];
        _firstCue = new int[_words.Count];
        Array.Fill(_firstCue, -1);
        foreach (var word in _vocabulary)
        {
            _isLiteral[_words.IdOf(word)] = true;
        }

        foreach (var word in _chatter)
        {
            _isChatter[_words.IdOf(word)] = true;
        }

        foreach (var (language, fillers) in _fillers)
        {
            foreach (var word in fillers)
            {
                _fillerLanguages[_words.IdOf(word)] |= _fillerBits[language];
            }
        }

        for (var cue = 0; cue < _cues.Count; cue++)
        {
            foreach (var word in _cues[cue].Words)
            {
                if (_firstCue[_words.IdOf(word)] < 0)
                {
                    _firstCue[_words.IdOf(word)] = cue;
                }
            }
        }
    }

    /// <summary>What a word most messages have counts for against anchoring a line by it, next to one for each line that needs a word.</summary>
    private const int EverydayWord = 1_000;

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

                var pattern = PhrasingPattern.Compile(intent ?? throw new FormatException("A phrasing comes before any [intent]."), line[0] == '=', body, _words);
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
