using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Schema;
using TestSupport;

namespace BotKit.Tests.Schema;

/// <summary>Channel payload fixtures and the official Bot Framework schema, both embedded in this assembly.</summary>
internal static class SchemaTestData
{
    public const string TeamsChannelMessage = "teams-channel-message.json";
    public const string TeamsMembersAdded = "teams-members-added.json";
    public const string TeamsAdaptiveCardAction = "teams-adaptive-card-action.json";
    public const string WebChatMessage = "webchat-message.json";
    public const string BotCardWithSuggestedActions = "bot-card-with-suggested-actions.json";

    private static readonly Lazy<SchemaValidator> BotFrameworkSchema =
        new(() => SchemaValidator.Load(ReadResource("BotKit.Tests.Schemas.botframework-activity.schema.json")));

    public static SchemaValidator BotFrameworkActivity => BotFrameworkSchema.Value;

    public static string Fixture(string name) => ReadResource("BotKit.Tests.Fixtures." + name);

    public static Activity Incoming(string name) => JsonSerializer.Deserialize<Activity>(Fixture(name), BotJson.Options)!;

    public static JsonNode ToJson(Activity activity) => JsonSerializer.SerializeToNode(activity, BotJson.Options)!;

    /// <summary>Validates the activity's wire JSON against "#/definitions/Activity" of the official schema.</summary>
    public static SchemaValidationResult ValidateAgainstSchema(Activity activity) =>
        BotFrameworkSchema.Value.Validate(ToJson(activity), "Activity");

    private static string ReadResource(string name)
    {
        using var stream = typeof(SchemaTestData).Assembly.GetManifestResourceStream(name)
            ?? throw new ArgumentException($"No embedded resource '{name}'.", nameof(name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
