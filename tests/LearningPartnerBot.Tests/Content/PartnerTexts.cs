using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Knowledge.Loading;
using LearningPartnerBot.Tests.Knowledge;

namespace LearningPartnerBot.Tests.Content;

/// <summary>
/// Every text the bot can show a partner, per language: the knowledge base (questions, answers, source links), all
/// resource strings of the bot's assembly, and the card templates. Read from what the bot ships (its embedded
/// resources and its kb/ copy), so a string added anywhere is checked without listing it here.
/// </summary>
internal static class PartnerTexts
{
    public static readonly string[] Languages = ["en", "nl", "tr"];

    private static readonly Assembly Bot = typeof(KnowledgeBase).Assembly;

    private static readonly Lazy<KnowledgeBase> Kb = new(() => KnowledgeBaseLoader.Load(TestKnowledge.Directory));

    public static KnowledgeBase Knowledge => Kb.Value;

    /// <summary>(where, text) for every resource string in <paramref name="language"/>, without falling back to English.</summary>
    public static IEnumerable<(string Where, string Text)> Resources(string language)
    {
        var culture = language == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
        foreach (var name in Bot.GetManifestResourceNames().Where(n => n.EndsWith(".resources", StringComparison.Ordinal)))
        {
            var baseName = name[..^".resources".Length];
            var set = new ResourceManager(baseName, Bot).GetResourceSet(culture, createIfNotExists: true, tryParents: false);
            if (set is null)
            {
                continue;
            }

            foreach (DictionaryEntry entry in set)
            {
                if (entry.Value is string text)
                {
                    yield return ($"{baseName}.{language}:{entry.Key}", text);
                }
            }
        }
    }

    /// <summary>(where, text) for every topic's question and answer in <paramref name="language"/>.</summary>
    public static IEnumerable<(string Where, string Text)> Topics(string language)
    {
        foreach (var topic in Knowledge.Topics)
        {
            var text = topic.Text(language);
            yield return ($"kb/topics/{topic.Id}.yaml {language}.question", text.Question);
            yield return ($"kb/topics/{topic.Id}.yaml {language}.answer", text.Answer);
        }

        foreach (var topic in Knowledge.Searchable.Where(t => t.IsOutOfScope))
        {
            yield return ($"kb/topics/{topic.Id}.yaml {language}.question", topic.Text(language).Question);
        }
    }

    /// <summary>(where, text) for every card template the bot embeds.</summary>
    public static IEnumerable<(string Where, string Text)> Cards()
    {
        foreach (var name in Bot.GetManifestResourceNames().Where(n => n.StartsWith("cards.", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(Bot.GetManifestResourceStream(name)!);
            yield return (name, reader.ReadToEnd());
        }
    }

    /// <summary>The texts a partner reads in <paramref name="language"/>: resource strings and the knowledge base.</summary>
    public static IEnumerable<(string Where, string Text)> Shown(string language) => Resources(language).Concat(Topics(language));
}
