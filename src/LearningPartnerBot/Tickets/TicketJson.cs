using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BotKit.Schema;

namespace LearningPartnerBot.Tickets;

/// <summary>
/// How ticket payloads are stored and shown to staff: the bot's JSON settings plus a "kind" discriminator, so a
/// stored payload reads back as the record it was written from. Configured here rather than with attributes on the
/// contract, so adding a payload type touches one list.
/// </summary>
public static class TicketJson
{
    public const string Discriminator = "kind";

    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(TicketPayload payload) => JsonSerializer.Serialize(payload, Options);

    public static TicketPayload Deserialize(string json) =>
        JsonSerializer.Deserialize<TicketPayload>(json, Options)
        ?? throw new JsonException("A stored ticket payload was null.");

    /// <summary>The discriminator value of a payload type, e.g. kpiDiscrepancy.</summary>
    public static string KindOf(TicketType type) => JsonNamingPolicy.CamelCase.ConvertName(type.ToString());

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(BotJson.Options)
        {
            // Rows written by hand or by another tool may not put the discriminator first.
            AllowOutOfOrderMetadataProperties = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { AddPayloadTypes } },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static void AddPayloadTypes(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(TicketPayload))
        {
            return;
        }

        typeInfo.PolymorphismOptions = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = Discriminator,
            DerivedTypes =
            {
                new JsonDerivedType(typeof(KpiDiscrepancyPayload), KindOf(TicketType.KpiDiscrepancy)),
                new JsonDerivedType(typeof(DirectoryListingPayload), KindOf(TicketType.DirectoryListing)),
                new JsonDerivedType(typeof(GeneralRequestPayload), KindOf(TicketType.General)),
            },
        };
    }
}
