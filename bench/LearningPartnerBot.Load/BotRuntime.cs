using System.Text.Json.Nodes;

namespace LearningPartnerBot.Load;

/// <summary>The runtime settings the bot's build wrote next to it, which the bare endpoint must share to be a fair yardstick.</summary>
internal static class BotRuntime
{
    /// <summary>Whether the bot runs with the server garbage collector (its runtimeconfig.json's <c>System.GC.Server</c>).</summary>
    public static bool UsesServerGc(string botDll)
    {
        var config = Path.ChangeExtension(botDll, ".runtimeconfig.json");
        if (!File.Exists(config))
        {
            return false;
        }

        var properties = JsonNode.Parse(File.ReadAllText(config))?["runtimeOptions"]?["configProperties"];
        return properties?["System.GC.Server"]?.GetValue<bool>() == true;
    }
}
