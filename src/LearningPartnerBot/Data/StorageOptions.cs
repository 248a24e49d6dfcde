namespace LearningPartnerBot.Data;

/// <summary>Where the bot keeps its SQLite database, bound from the "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The folder for the database file; relative paths are resolved against the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    public string DatabaseFileName { get; set; } = "learningpartnerbot.db";

    /// <summary>The SQLite connection string for the bot's database file, creating its folder if needed.</summary>
    public string ConnectionString(IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var folder = Path.GetFullPath(DataDirectory, environment.ContentRootPath);
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, DatabaseFileName)}";
    }
}
