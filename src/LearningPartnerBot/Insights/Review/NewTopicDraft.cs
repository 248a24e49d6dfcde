using System.Text;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Knowledge.Import;

namespace LearningPartnerBot.Insights.Review;

/// <summary>
/// The start of a new topic file for questions nothing in the KB answers: the partner's question in its language,
/// and every part the loader requires marked TODO. It is a draft on purpose: the answer must come from the article
/// and be written in all three languages before the file goes into kb/topics/.
/// </summary>
public static class NewTopicDraft
{
    public static string Create(string question, string language)
    {
        var line = TopicAlternateEditor.Quote(TopicAlternateEditor.OneLine(question));
        var draft = new StringBuilder()
            .Append("# DRAFT from the review queue: complete every TODO (answer from the article, all three languages,\n")
            .Append("# at least 6 alternates each), name the file after the id, then put it in kb/topics/ and run kb test.\n")
            .Append("id: TODO-topic-id\n")
            .Append("source:\n  anchor: TODO-article-anchor\n  sentences: [TODO]\n")
            .Append("related: []\n");
        foreach (var lang in KnowledgeLanguages.All)
        {
            draft.Append(lang).Append(":\n  question: ").Append(lang == language ? line : "TODO").Append('\n')
                .Append("  alternates:\n");
            if (lang == language)
            {
                draft.Append("    - ").Append(line).Append('\n');
            }

            draft.Append("    - TODO\n  answer: |\n    TODO\n");
        }

        return draft.ToString();
    }
}
