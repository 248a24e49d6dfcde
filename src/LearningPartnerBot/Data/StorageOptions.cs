namespace LearningPartnerBot.Data;

/// <summary>Where the bot keeps its SQLite database, bound from the "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The folder for the database file; relative paths are resolved against the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    public string DatabaseFileName { get; set; } = "learningpartnerbot.db";
}
