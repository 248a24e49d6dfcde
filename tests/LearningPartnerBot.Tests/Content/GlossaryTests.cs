using System.Text.RegularExpressions;
using LearningPartnerBot.Tests.Knowledge;
using YamlDotNet.RepresentationModel;

namespace LearningPartnerBot.Tests.Content;

/// <summary>
/// Dutch and Turkish texts use the article's own term for each concept (kb/glossary.yaml): where the English text
/// beside them names a concept, they name it with the glossary's term, and none uses a form the glossary rejects.
/// </summary>
public sealed partial class GlossaryTests
{
    private static readonly Lazy<List<Concept>> Glossary = new(Load);

    public static TheoryData<string> Localized => ["nl", "tr"];

    [Fact]
    public void The_glossary_names_the_article_terms_for_competency_and_KPI_in_Turkish()
    {
        Assert.Contains(Glossary.Value, c => c.Name == "competency" && c.Terms["tr"][0].ToString() == "uzmanlık");
        Assert.Contains(Glossary.Value, c => c.Name.StartsWith("KPI", StringComparison.Ordinal) && c.Terms["tr"][0].ToString() == "KIP");
    }

    [Theory]
    [MemberData(nameof(Localized))]
    public void Where_the_English_names_a_concept_the_translation_uses_the_glossary_term(string language)
    {
        var misses = new List<string>();
        foreach (var (where, english, localized) in Pairs(language))
        {
            // Addresses keep their English file names ("…-silver-gold-competency"), so only the words are compared.
            var words = Url().Replace(english, string.Empty);
            foreach (var concept in Glossary.Value.Where(c => c.Terms[language].Count > 0 && c.English.IsMatch(words)))
            {
                if (!concept.Terms[language].Any(term => term.IsMatch(localized)))
                {
                    misses.Add($"{where}: '{concept.Name}' should be '{concept.Terms[language][0]}' in: {localized}");
                }
            }
        }

        Assert.True(misses.Count == 0, string.Join(Environment.NewLine, misses));
    }

    [Theory]
    [MemberData(nameof(Localized))]
    public void No_partner_facing_text_uses_a_form_the_glossary_rejects(string language)
    {
        var hits = new List<string>();
        foreach (var (where, text) in PartnerTexts.Shown(language).Where(t => IsShown(t.Where)))
        {
            foreach (var concept in Glossary.Value)
            {
                foreach (var avoid in concept.Avoid.GetValueOrDefault(language, []))
                {
                    if (avoid.Match(text) is { Success: true } match)
                    {
                        hits.Add($"{where}: '{match.Value}' ({concept.Name}) in: {text}");
                    }
                }
            }
        }

        Assert.True(hits.Count == 0, string.Join(Environment.NewLine, hits));
    }

    /// <summary>The same text in English and in <paramref name="language"/>: resource strings by key, topics by field.</summary>
    private static IEnumerable<(string Where, string English, string Localized)> Pairs(string language)
    {
        var english = PartnerTexts.Resources("en").Where(t => IsShown(t.Where)).ToDictionary(t => Key(t.Where), t => t.Text);
        foreach (var (where, text) in PartnerTexts.Resources(language).Where(t => IsShown(t.Where)))
        {
            if (english.TryGetValue(Key(where), out var source))
            {
                yield return (where, source, text);
            }
        }

        foreach (var topic in PartnerTexts.Knowledge.Topics)
        {
            yield return ($"kb/topics/{topic.Id}.yaml question", topic.Text("en").Question, topic.Text(language).Question);
            yield return ($"kb/topics/{topic.Id}.yaml answer", topic.Text("en").Answer, topic.Text(language).Answer);
        }
    }

    /// <summary>Phrase lists are what partners may type, and formats are not read; the rest is shown.</summary>
    private static bool IsShown(string where) =>
        !where.EndsWith("Phrases", StringComparison.Ordinal) && !where.EndsWith("Words", StringComparison.Ordinal)
        && !where.EndsWith("Format", StringComparison.Ordinal) && !where.Contains(".Countries.", StringComparison.Ordinal);

    private static string Key(string where) => Regex.Replace(where, @"\.(en|nl|tr):", ":");

    private static List<Concept> Load()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(TestKnowledge.Directory, "glossary.yaml")))
        {
            stream.Load(reader);
        }

        var concepts = new List<Concept>();
        foreach (var node in ((YamlSequenceNode)stream.Documents[0].RootNode).Children.Cast<YamlMappingNode>())
        {
            var terms = new Dictionary<string, IReadOnlyList<Regex>>(StringComparer.Ordinal);
            foreach (var language in new[] { "nl", "tr" })
            {
                terms[language] = Patterns(node, language, RegexOptions.IgnoreCase);
            }

            var avoid = new Dictionary<string, IReadOnlyList<Regex>>(StringComparer.Ordinal);
            if (node.Children.TryGetValue(new YamlScalarNode("avoid"), out var avoidNode))
            {
                foreach (var language in new[] { "nl", "tr" })
                {
                    avoid[language] = Patterns((YamlMappingNode)avoidNode, language, RegexOptions.None);
                }
            }

            concepts.Add(new Concept(
                Scalar(node, "concept"),
                new Regex(Scalar(node, "en"), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
                terms,
                avoid));
        }

        return concepts;
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    private static List<Regex> Patterns(YamlMappingNode node, string key, RegexOptions options) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var list)
            ? [.. ((YamlSequenceNode)list).Children.Select(n => new Regex(((YamlScalarNode)n).Value!, options | RegexOptions.CultureInvariant))]
            : [];

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Url();

    private sealed record Concept(string Name, Regex English, IReadOnlyDictionary<string, IReadOnlyList<Regex>> Terms, IReadOnlyDictionary<string, IReadOnlyList<Regex>> Avoid);
}
