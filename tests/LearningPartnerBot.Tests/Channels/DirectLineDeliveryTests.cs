using System.Net;
using BotKit.Schema;
using LearningPartnerBot.Channels.DirectLine;
using LearningPartnerBot.Tests.Hosting;
using LearningPartnerBot.Tests.Tickets;
using LearningPartnerBot.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartnerBot.Tests.Channels;

/// <summary>
/// Direct Line conversations live in this process, so what the bot says in them never travels: not the replies, and
/// not a later ticket update. Nothing about them comes from the Host header a client sends, which is no address the
/// bot may ever POST its data to.
/// </summary>
public sealed class DirectLineDeliveryTests : IDisposable
{
    private readonly BotApplicationFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_request_naming_a_foreign_host_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, DirectLineEndpoints.BasePath + "/tokens/generate");
        request.Headers.Host = "attacker.example";

        using var response = await _factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_conversations_service_url_is_not_built_from_the_request()
    {
        var client = await DirectLineTestClient.StartAsync(_factory.CreateClient());

        (await client.PostMessageAsync("hello")).Dispose();
        var (activities, _) = await client.GetActivitiesAsync();

        Assert.All(activities, a => Assert.Equal(DirectLineAdapter.ServiceUrl, a.ServiceUrl));
    }

    [Fact]
    public async Task A_staff_update_to_a_ticket_filed_over_direct_line_appears_in_that_conversation()
    {
        var client = await DirectLineTestClient.StartAsync(_factory.CreateClient());
        var (before, _) = await client.GetActivitiesAsync();
        var filed = SampleTickets.General() with
        {
            Locale = "en-US",
            SourceChannelId = BotKit.Schema.Channels.Directline,
            Conversation = new ConversationReference
            {
                ChannelId = BotKit.Schema.Channels.Directline,
                ServiceUrl = DirectLineAdapter.ServiceUrl,
                Conversation = new ConversationAccount(client.ConversationId),
                User = before.Select(a => a.Recipient).First(r => r is not null),
                Bot = DirectLineAdapter.Bot,
            },
        };
        var receipt = await _factory.Services.GetRequiredService<ITicketService>().CreateAsync(filed);

        var ticket = await _factory.Services.GetRequiredService<TicketDesk>().UpdateAsync(receipt.Reference, TicketStatus.Resolved, assignee: null, default);

        var (after, _) = await client.GetActivitiesAsync();
        var update = Assert.Single(after.Skip(before.Count));
        Assert.Contains(receipt.Reference, update.Text, StringComparison.Ordinal);
        Assert.Null(ticket!.LastDeliveryError);
    }
}
