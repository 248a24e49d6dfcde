using System.Reflection;

namespace LearningPartnerBot.Load;

/// <summary>Finds the bot's build output next to this tool's, in the same configuration (Release for real numbers).</summary>
internal static class BotLocation
{
    public static string DefaultDll()
    {
        var configuration = typeof(BotLocation).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LearningPartnerBot.sln")))
            {
                return Path.Combine(folder.FullName, "src", "LearningPartnerBot", "bin", configuration, "net10.0", "LearningPartnerBot.dll");
            }
        }

        throw new FileNotFoundException("Run from the repository's build output, or pass --bot-dll.");
    }
}
