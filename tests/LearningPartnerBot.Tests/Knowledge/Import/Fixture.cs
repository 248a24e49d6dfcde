using LearningPartnerBot.Knowledge.Import;

namespace LearningPartnerBot.Tests.Knowledge.Import;

/// <summary>The article fixtures copied next to the tests.</summary>
internal static class Fixture
{
    /// <summary>A made-up Turkish article: 3 sections, 2 Q&amp;A pairs, a broken span, an entity, a nested span, a link, a list.</summary>
    public const string Workshop = "workshop.tr-TR.md";

    /// <summary>The real Dutch "enroll as a Learning Partner" article.</summary>
    public const string LearningPartnerEnroll = "learning-partner-enroll.nl-NL.md";

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Knowledge", "Import", "Fixtures", name);

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    public static LearnArticle Parse(string name) => LearnArticleParser.Parse(Text(name));
}
