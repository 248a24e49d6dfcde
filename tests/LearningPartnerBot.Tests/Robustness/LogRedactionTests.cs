using System.Net;
using BotKit.Hosting;
using BotKit.State;
using BotKit.Testing;
using LearningPartnerBot.Bots;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Tests.Bots;
using LearningPartnerBot.Tests.Tickets;
using LearningPartnerBot.Tickets;
using LearningPartnerBot.Tickets.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartnerBot.Tests.Robustness;

/// <summary>What partners enter (invoice numbers, amounts, emails) stays out of the logs, even when it comes back in errors.</summary>
public sealed class LogRedactionTests
{
    private static readonly string[] PartnerData =
        ["INV-2025-0042", "19999.99", "19999,99", "1250.5", "1250,5", "ayse@contoso.example"];

    [Fact]
    public async Task A_filed_discrepancy_whose_webhook_echoes_the_ticket_in_its_error_logs_none_of_its_values()
    {
        using var bot = new RobustBotFactory(
            new Dictionary<string, string?> { ["Tickets:Webhook:Url"] = "https://workflows.example/hook" },
            services => services.AddHttpClient(TicketWebhookOutbox.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new EchoingFailure()));
        var services = bot.App.Services;

        await services.GetRequiredService<ITicketService>().CreateAsync(SampleTickets.Kpi());
        await services.GetRequiredService<TicketWebhookOutbox>().DeliverDueAsync(CancellationToken.None);

        Assert.Single(bot.Logs.Entries, e => e.Message.Contains("webhook failed", StringComparison.Ordinal));
        AssertNoPartnerData(bot.Logs.Entries.Select(e => e.AllText()));
    }

    [Fact]
    public async Task A_turn_failing_on_partner_input_logs_the_error_without_the_input()
    {
        var logger = new CapturingLogger<TurnErrorHandler>();
        var storage = new MemoryStorage();
        var conversationState = new ConversationState(storage);
        var adapter = new TestAdapter();
        new BotPipeline(new TurnErrorHandler(logger, conversationState), conversationState, new UserState(storage), new RecentTurns(storage, TimeProvider.System)).Apply(adapter);
        const string typed = "INV-2025-0042 19999,99 ayse@contoso.example";

        // As .NET reports a failed parse: the exception message quotes the input.
        await adapter.SendTextToBotAsync(typed, (context, _) => throw new FormatException($"The input string '{context.Activity.Text}' was not in a correct format."), CancellationToken.None);

        var error = Assert.Single(logger.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error);
        AssertNoPartnerData([error.Message, error.Exception!.ToString()]);
        Assert.Contains("System.FormatException", error.Exception.ToString(), StringComparison.Ordinal);
    }

    private static void AssertNoPartnerData(IEnumerable<string> logged)
    {
        var all = string.Join('\n', logged);
        foreach (var value in PartnerData)
        {
            Assert.DoesNotContain(value, all, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>A webhook that refuses the ticket card and quotes it back, as many HTTP services do.</summary>
    private sealed class EchoingFailure : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            new(HttpStatusCode.BadRequest) { Content = new StringContent("Invalid card: " + await request.Content!.ReadAsStringAsync(cancellationToken)) };
    }
}
