namespace LearningPartnerBot.Data;

/// <summary>Where the bot keeps its data, bound from the "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The name under ConnectionStrings that holds the Npgsql connection string for <see cref="StorageProvider.Postgres"/>.</summary>
    public const string PostgresConnectionStringName = "Postgres";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// The folder for the SQLite file (and, whatever the provider, the development staff key); relative paths are
    /// resolved against the content root.
    /// </summary>
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
