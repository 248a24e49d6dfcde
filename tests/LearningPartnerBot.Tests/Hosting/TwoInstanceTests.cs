using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Schema;
using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Requests.Discrepancy;
using LearningPartnerBot.Tests.Requests;
using LearningPartnerBot.Tickets.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestSupport.Databases;

namespace LearningPartnerBot.Tests.Hosting;

/// <summary>
/// Two instances of the bot (two web hosts) on one database, as behind a load balancer: a conversation moves between
/// them turn by turn and keeps its dialog state, and a submit delivered to both at once files one ticket.
/// </summary>
public abstract class TwoInstanceTests : IDisposable
{
    private const string Tom = "demo-tom-tailspin";
    private const string Conversation = "conv-two-instances";

    private readonly BotApplicationFactory _first;
    private readonly BotApplicationFactory _second;

    protected TwoInstanceTests(Func<BotApplicationFactory> instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        _first = instance();
        _second = instance();

        // One after the other, as a deployment starts them: each migrates and seeds the shared database.
        _ = _first.Server;
        _ = _second.Server;
    }

    /// <summary>Whether the instances claim activity ids in the database (true on PostgreSQL, the scale-out store).</summary>
    protected abstract bool ClaimsActivities { get; }

    [DatabaseFact]
    public async Task A_form_alternating_between_instances_keeps_its_state_and_a_send_delivered_to_both_files_once()
    {
        var strings = RequestStrings.Get(LocaleResolver.Resolve(new Activity { Locale = "en-US" }));
        var form = Assert.Single(await PostAsync(_first, FileRequest()));
        var confirm = Assert.Single(await PostAsync(_second, Click(form, FormSubmit.Submit, await ValidFormAsync())));
        Assert.Equal(strings.ConfirmTitle, RequestCards.Texts(confirm)[0]);

        var send = Click(confirm, FormSubmit.Send, id: Conversation + "|send");
        var replies = (await Task.WhenAll(PostAsync(_first, send), PostAsync(_second, send.DeepClone().AsObject()))).SelectMany(r => r).ToList();

        var ticket = Assert.Single(await TicketsAsync());
        Assert.Contains(replies, r => r.Text == strings.Sent(ticket.Reference));
        Assert.DoesNotContain(replies, r => r.Text == BotStrings.Get(strings.Culture).TurnErrorApology);
        if (ClaimsActivities)
        {
            Assert.Single(replies);
        }

        // The conversation survived the race: the form is over, and the next request starts a new one on either host.
        var again = Assert.Single(await PostAsync(_second, FileRequest()));
        Assert.Equal(RequestCards.Values(form).Keys.Order(), RequestCards.Values(again).Keys.Order());
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
        GC.SuppressFinalize(this);
    }

    private static async Task<List<Activity>> PostAsync(BotApplicationFactory host, JsonObject activity)
    {
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ExpectedReplies>(BotJson.Options))!.Activities;
    }

    private static JsonObject FileRequest() =>
        AsTom(WebChatActivities.Message(Conversation, string.Empty, value: new JsonObject
        {
            ["faq"] = new JsonObject { ["action"] = "file", ["request"] = TopicActions.KpiDiscrepancy, ["topic"] = "kpi-discrepancy" },
        }));

    private static JsonObject Click(Activity card, string action, IReadOnlyDictionary<string, string>? inputs = null, string? id = null) =>
        AsTom(WebChatActivities.Message(Conversation, string.Empty, value: JsonSerializer.SerializeToNode(RequestCards.Click(card, action, inputs).Value), id: id));

    /// <summary>Tom on Teams: without an app id, Development takes Teams' word for his AAD object id.</summary>
    private static JsonObject AsTom(JsonObject activity)
    {
        activity["channelId"] = "msteams";
        activity["from"]!["aadObjectId"] = Tom;
        return activity;
    }

    /// <summary>The form filled in for an invoice the demo data stored for Tom's partner.</summary>
    private async Task<Dictionary<string, string>> ValidFormAsync()
    {
        await using var db = await _first.Services.GetRequiredService<IDbContextFactory<EligibilityDbContext>>().CreateDbContextAsync();
        var mpnId = await db.PartnerUsers.Where(u => u.AadObjectId == Tom).Select(u => u.PartnerMpnId).SingleAsync();
        var invoice = await db.Kpis.Where(k => k.PartnerMpnId == mpnId && k.DocumentType == KpiDocumentType.Invoice).OrderBy(k => k.Id).FirstAsync();
        return new Dictionary<string, string>
        {
            [DiscrepancyForm.Month] = invoice.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [DiscrepancyForm.Year] = invoice.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [DiscrepancyForm.OmlpType] = invoice.OmlpType,
            [DiscrepancyForm.PurchaseUnit] = invoice.PurchaseUnit,
            [DiscrepancyForm.InvoiceNumber] = invoice.InvoiceNumber,
            [DiscrepancyForm.KpiValue] = "1234.50",
            [DiscrepancyForm.RevenueValue] = "900",
            [DiscrepancyForm.Currency] = invoice.Currency,
            [DiscrepancyForm.DocumentType] = DiscrepancyForm.Invoice,
            [DiscrepancyForm.Comment] = "The dashboard shows less.",
        };
    }

    private async Task<List<Ticket>> TicketsAsync()
    {
        await using var db = await _second.Services.GetRequiredService<IDbContextFactory<TicketsDbContext>>().CreateDbContextAsync();
        return await db.Tickets.AsNoTracking().ToListAsync();
    }
}

/// <summary>Two instances on one SQLite file: possible, though a file serves one instance (no shared activity claims).</summary>
public sealed class SqliteTwoInstanceTests() : TwoInstanceTests(SharedFile(Path.Combine(Path.GetTempPath(), "lpb-two-" + Guid.NewGuid().ToString("N"))))
{
    protected override bool ClaimsActivities => false;

    private static Func<BotApplicationFactory> SharedFile(string directory) => () => new BotApplicationFactory { DataDirectory = directory, DemoData = true };
}

[UsesPostgres]
public sealed class PostgresTwoInstanceTests(PostgresTestDatabase database)
    : TwoInstanceTests(SharedDatabase(database.Reset())), IClassFixture<PostgresTestDatabase>
{
    protected override bool ClaimsActivities => true;

    private static Func<BotApplicationFactory> SharedDatabase(string connectionString) =>
        () => new BotApplicationFactory { PostgresConnectionString = connectionString, DemoData = true };
}
