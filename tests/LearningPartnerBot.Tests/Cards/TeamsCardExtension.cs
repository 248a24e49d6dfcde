using System.Text.Json.Nodes;

namespace LearningPartnerBot.Tests.Cards;

/// <summary>
/// Teams reads an "msteams" object on a card (width, mentions) that the Adaptive Card schema does not know. It is the
/// one extension our cards may use, so it is taken off before validation and anything else unknown still fails.
/// </summary>
internal static class TeamsCardExtension
{
    private const string PropertyName = "msteams";

    public static JsonObject WithoutTeamsExtension(JsonObject card)
    {
        var copy = card.DeepClone().AsObject();
        Strip(copy);
        return copy;
    }

    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"] is JsonValue type && type.TryGetValue<string>(out var name) && name == "AdaptiveCard")
                {
                    obj.Remove(PropertyName);
                }

                foreach (var (_, child) in obj)
                {
                    Strip(child);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Strip(item);
                }

                break;
        }
    }
}
