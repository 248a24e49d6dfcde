namespace LearningPartnerBot.Knowledge.Import;

/// <summary>The input is not a localized Microsoft Learn markdown file the importer can use.</summary>
public sealed class LearnArticleFormatException : Exception
{
    public LearnArticleFormatException()
    {
    }

    public LearnArticleFormatException(string message)
        : base(message)
    {
    }

    public LearnArticleFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
