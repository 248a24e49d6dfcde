namespace LearningPartnerBot.Knowledge.Text;

/// <summary>
/// The synonyms of kb/synonyms.yaml, per language. Loading also compiles every member through its language's
/// analyzer, so a member that analyzes to nothing, or that collides with another group's member after
/// stemming, stops start-up with its line instead of silently never matching.
/// </summary>
public sealed class SynonymTable
{
    private readonly Dictionary<string, List<SynonymGroup>> _groups;
    private readonly Dictionary<string, SynonymMatcher> _matchers;

    private SynonymTable(Dictionary<string, List<SynonymGroup>> groups, Dictionary<string, SynonymMatcher> matchers)
    {
        _groups = groups;
        _matchers = matchers;
    }

    public static SynonymTable Empty { get; } = new(
        SupportedLanguages.All.ToDictionary(language => language, _ => new List<SynonymGroup>(), StringComparer.Ordinal),
        SupportedLanguages.All.ToDictionary(language => language, _ => SynonymMatcher.None, StringComparer.Ordinal));

    public static SynonymTable Load(string yamlPath)
    {
        string yaml;
        try
        {
            yaml = File.ReadAllText(yamlPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new KnowledgeFileException(yamlPath, 0, $"cannot be read: {exception.Message}", exception);
        }

        return Parse(yaml, yamlPath);
    }

    public static SynonymTable Parse(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var groups = SynonymFileReader.Read(yaml, fileName);
        var matchers = groups.ToDictionary(
            pair => pair.Key,
            pair => Compile(LanguagePipeline.For(pair.Key), pair.Value, fileName),
            StringComparer.Ordinal);
        return new SynonymTable(groups, matchers);
    }

    public IReadOnlyList<SynonymGroup> GroupsFor(string language) =>
        SupportedLanguages.Normalize(language) is { } code ? _groups[code] : [];

    internal SynonymMatcher MatcherFor(string language) => _matchers[language];

    private static SynonymMatcher Compile(LanguagePipeline pipeline, List<SynonymGroup> groups, string file)
    {
        var matcher = new SynonymMatcher();
        foreach (var group in groups)
        {
            foreach (var member in group.Members)
            {
                var terms = pipeline.Analyze(member);
                if (terms.Count == 0)
                {
                    throw new KnowledgeFileException(file, group.Line,
                        $"member '{member}' of '{group.Canonical}' has no search terms in {pipeline.Language} (only stop words?)");
                }

                if (matcher.Add(terms, group.Canonical, member, group.Line) is { } clash)
                {
                    throw new KnowledgeFileException(file, group.Line,
                        $"member '{member}' of '{group.Canonical}' reads the same as '{clash.Member}' of '{clash.Canonical}' " +
                        $"(line {clash.Line}) once stemmed");
                }
            }
        }

        return matcher;
    }
}
