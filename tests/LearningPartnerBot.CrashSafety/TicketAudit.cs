using System.Text.Json.Nodes;

namespace LearningPartnerBot.CrashSafety;

/// <summary>
/// Reads every ticket back through the staff API and holds it against what partners were told: each acknowledged
/// reference exists exactly once, belongs to its submission and has all its fields; no submission has two tickets;
/// no ticket belongs to nobody; and every ticket was announced on the webhook (its outbox row was written with it).
/// </summary>
internal sealed class TicketAudit(Ledger ledger, WebhookReceiver webhook, Violations violations)
{
    private const int PageSize = 100;

    private static readonly TimeSpan AnnouncementWait = TimeSpan.FromSeconds(30);

    private static readonly string[] PayloadFields =
        ["month", "year", "omlpType", "purchaseUnit", "invoiceNumber", "kpiValue", "revenueValue", "currency", "documentType"];

    // A ticket never changes during the run, so each is read and checked once.
    private readonly Dictionary<string, JsonObject> _details = new(StringComparer.Ordinal);

    public async Task<AuditResult> RunAsync(BotConnection connection, CancellationToken cancellationToken)
    {
        var (references, byRequester) = await ReadAsync(connection, cancellationToken);
        foreach (var duplicate in references.GroupBy(r => r).Where(g => g.Count() > 1))
        {
            violations.Add($"the queue lists {duplicate.Key} {duplicate.Count()} times");
        }

        var submissions = ledger.All;
        var abandonedWithTicket = 0;
        foreach (var submission in submissions)
        {
            var tickets = byRequester.Remove(submission.RequesterId, out var found) ? found : [];
            if (tickets.Count > 1)
            {
                violations.Add($"{submission} has {tickets.Count} tickets: {string.Join(", ", tickets)}");
            }

            foreach (var reference in tickets)
            {
                CheckFields(submission, reference, _details[reference]);
            }

            if (submission.State == SubmissionState.Acknowledged && !tickets.Contains(submission.Reference!))
            {
                violations.Add($"{submission} was acknowledged as {submission.Reference} by {submission.AcknowledgedBy!["id"]} (bot life {submission.AcknowledgedByLife}), but the ticket API does not have it");
            }

            abandonedWithTicket += submission.State == SubmissionState.Abandoned && tickets.Count > 0 ? 1 : 0;
        }

        foreach (var (requester, tickets) in byRequester)
        {
            violations.Add($"{string.Join(", ", tickets)} belong to {requester}, who never submitted");
        }

        var acknowledged = submissions.Count(s => s.State == SubmissionState.Acknowledged);
        var abandoned = submissions.Count(s => s.State == SubmissionState.Abandoned);
        var total = references.Count;
        if (total < acknowledged || total > acknowledged + abandoned)
        {
            violations.Add($"{total} tickets for {acknowledged} acknowledged submissions and {abandoned} abandoned in flight (expected {acknowledged} to {acknowledged + abandoned})");
        }

        var announced = await CheckAnnouncementsAsync(references.ToHashSet(StringComparer.Ordinal), cancellationToken);
        return new AuditResult(total, acknowledged, abandoned, abandonedWithTicket, announced);
    }

    /// <summary>Every ticket reference in the queue, and the tickets of each requester.</summary>
    public async Task<(List<string> References, Dictionary<string, List<string>> ByRequester)> ReadAsync(BotConnection connection, CancellationToken cancellationToken)
    {
        var references = await ListAsync(connection, cancellationToken);
        var byRequester = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var reference in references.Distinct())
        {
            if ((await DetailAsync(connection, reference, cancellationToken))?["requester"]?["id"]?.GetValue<string>() is { } requester)
            {
                (byRequester.TryGetValue(requester, out var list) ? list : byRequester[requester] = []).Add(reference);
            }
        }

        return (references, byRequester);
    }

    private static async Task<List<string>> ListAsync(BotConnection connection, CancellationToken cancellationToken)
    {
        var references = new List<string>();
        for (var page = 1; ; page++)
        {
            var body = await connection.StaffGetAsync($"api/tickets?page={page}&pageSize={PageSize}", cancellationToken)
                ?? throw new BotAnswerException("GET /api/tickets answered 404");
            var items = body["items"]!.AsArray();
            references.AddRange(items.Select(i => i!["reference"]!.GetValue<string>()));
            if (items.Count < PageSize || references.Count >= body["total"]!.GetValue<int>())
            {
                return references;
            }
        }
    }

    private async Task<JsonObject?> DetailAsync(BotConnection connection, string reference, CancellationToken cancellationToken)
    {
        if (_details.TryGetValue(reference, out var cached))
        {
            return cached;
        }

        if (await connection.StaffGetAsync($"api/tickets/{reference}", cancellationToken) is not JsonObject detail)
        {
            violations.Add($"{reference} is in the queue but GET /api/tickets/{reference} does not find it");
            return null;
        }

        return _details[reference] = detail;
    }

    private void CheckFields(Submission submission, string reference, JsonObject detail)
    {
        var payload = detail["payload"] as JsonObject;
        var missing = PayloadFields.Where(f => payload?[f] is null).ToList();
        if (detail["type"]?.GetValue<string>() != "kpiDiscrepancy" || missing.Count > 0)
        {
            violations.Add($"{reference} of {submission} is half-written: type {detail["type"]}, missing payload fields [{string.Join(", ", missing)}]");
        }
        else if (payload!["invoiceNumber"]!.GetValue<string>() != submission.InvoiceNumber)
        {
            violations.Add($"{reference} of {submission} carries invoice {payload["invoiceNumber"]}, not {submission.InvoiceNumber}");
        }
    }

    /// <summary>Waits for the outbox to announce every ticket; returns how many announcements arrived in all.</summary>
    private async Task<int> CheckAnnouncementsAsync(HashSet<string> tickets, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + AnnouncementWait;
        while (tickets.Any(t => !webhook.Announced.ContainsKey(t)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }

        foreach (var ticket in tickets.Where(t => !webhook.Announced.ContainsKey(t)).Order(StringComparer.Ordinal))
        {
            violations.Add($"{ticket} was never announced on the webhook within {AnnouncementWait.TotalSeconds:0} s (no outbox row?)");
        }

        foreach (var phantom in webhook.Announced.Keys.Where(r => !tickets.Contains(r)).Order(StringComparer.Ordinal))
        {
            violations.Add($"{phantom} was announced on the webhook but no such ticket exists");
        }

        return webhook.Announced.Values.Sum();
    }
}

internal sealed record AuditResult(int Tickets, int Acknowledged, int Abandoned, int AbandonedWithTicket, int Announcements);
