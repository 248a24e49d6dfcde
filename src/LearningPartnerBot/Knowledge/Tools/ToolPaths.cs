namespace LearningPartnerBot.Knowledge.Tools;

/// <summary>
/// `dotnet run --project src/LearningPartnerBot` starts the bot in its project folder, not where the command was
/// typed, so a relative path given from the repository root would miss. Relative paths are therefore looked up
/// from the current folder upwards: the first existing match wins.
/// </summary>
internal static class ToolPaths
{
    public static string? Find(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return File.Exists(path) || Directory.Exists(path) ? path : null;
        }

        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, path);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
