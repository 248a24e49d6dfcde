using LearningPartnerBot.Knowledge.Import;

namespace LearningPartnerBot.Tests.Insights;

public sealed class TopicAlternateEditorTests
{
    private const string Topic = """
        id: gold
        # a comment that must survive
        en:
          question: What is Gold?
          alternates:
            - gold requirements
            - "gold: what do we need"
          answer: |
            Gold is …
        nl:
          question: Wat is Gold?
          alternates: [gold vereisten, wat is gold]
          answer: Gold is …

        """;

    [Fact]
    public void A_phrasing_becomes_the_last_alternate_of_its_language_and_nothing_else_changes()
    {
        var edited = TopicAlternateEditor.AddAlternate(Topic, "en", "how do we  get\ngold? # really");

        Assert.Equal(Topic.Replace("    - \"gold: what do we need\"\n", "    - \"gold: what do we need\"\n    - \"how do we get gold? # really\"\n", StringComparison.Ordinal), edited);
    }

    [Fact]
    public void A_flow_list_gets_the_phrasing_inside_its_brackets()
    {
        var edited = TopicAlternateEditor.AddAlternate(Topic, "nl", "hoe \"krijgen\" we gold");

        Assert.Contains("""alternates: [gold vereisten, wat is gold, "hoe \"krijgen\" we gold"]""", edited, StringComparison.Ordinal);
    }

    [Fact]
    public void The_diff_of_the_edit_is_one_added_line_with_context()
    {
        var after = TopicAlternateEditor.AddAlternate(Topic, "en", "gold please");

        var diff = UnifiedDiff.Create("kb/topics/gold.yaml", Topic, after);

        Assert.Equal(
            """
            --- a/kb/topics/gold.yaml
            +++ b/kb/topics/gold.yaml
            @@ -5,6 +5,7 @@
               alternates:
                 - gold requirements
                 - "gold: what do we need"
            +    - "gold please"
               answer: |
                 Gold is …
             nl:

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            diff);
    }
}
