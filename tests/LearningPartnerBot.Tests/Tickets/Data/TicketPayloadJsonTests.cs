using System.Text.Json.Nodes;
using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Tests.Tickets.Data;

public sealed class TicketPayloadJsonTests
{
    public static TheoryData<TicketPayload, string> Payloads() => new()
    {
        { SampleTickets.Discrepancy, "kpiDiscrepancy" },
        { SampleTickets.Directory().Payload, "directoryListing" },
        { SampleTickets.General().Payload, "general" },
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Every_payload_type_is_stored_with_its_kind_and_reads_back_equal(TicketPayload payload, string kind)
    {
        var json = TicketJson.Serialize(payload);

        Assert.Equal(kind, (string?)JsonNode.Parse(json)![TicketJson.Discriminator]);
        var read = TicketJson.Deserialize(json);
        Assert.Equal(payload.GetType(), read.GetType());
        if (read is GeneralRequestPayload general)
        {
            // Record equality compares the transcript list by reference, so compare its lines.
            Assert.Equal(((GeneralRequestPayload)payload).Transcript, general.Transcript);
        }
        else
        {
            Assert.Equal(payload, read);
        }
    }

    [Fact]
    public void A_payload_whose_kind_is_not_first_still_reads()
    {
        var read = TicketJson.Deserialize("""{"message":"hello","transcript":[],"kind":"general"}""");

        Assert.Equal("hello", Assert.IsType<GeneralRequestPayload>(read).Message);
    }
}
