using System.Globalization;
using System.Text.Json.Nodes;

namespace LearningPartnerBot.CrashSafety;

internal enum SubmissionState
{
    Running,

    /// <summary>Its last activity was sent but never answered: the bot was killed under it.</summary>
    InFlight,

    /// <summary>In flight at a kill and never sent again, like a partner who closed the chat.</summary>
    Abandoned,

    Acknowledged,

    /// <summary>The bot answered wrongly; already counted as a violation.</summary>
    Failed,
}

/// <summary>
/// One partner filing one KPI discrepancy in a conversation of its own (a fresh conversation and user id, so the
/// per-conversation and per-user rate limits never see more than a few turns), and what the bot told them.
/// </summary>
internal sealed class Submission
{
    private static readonly string[] Locales = ["en-US", "nl-NL", "tr-TR"];

    private static long s_acknowledgements;

    private int _turns;

    public Submission(int round, int number)
    {
        Round = round;
        Label = string.Create(CultureInfo.InvariantCulture, $"r{round}-{number:D4}");
        ConversationId = "crash-conversation-" + Label;
        UserId = "crash-user-" + Label;
        InvoiceNumber = "CS-" + Label.ToUpperInvariant();
        Locale = Locales[number % Locales.Length];
    }

    public int Round { get; }

    public string Label { get; }

    public string ConversationId { get; }

    public string UserId { get; }

    /// <summary>How the ticket store names this requester: the channel and the user id (no Teams AAD id here).</summary>
    public string RequesterId => "webchat:" + UserId;

    /// <summary>Unique per submission, so a ticket's payload shows which submission it came from.</summary>
    public string InvoiceNumber { get; }

    public string Locale { get; }

    public SubmissionState State { get; set; } = SubmissionState.Running;

    /// <summary>The activity sent and not yet answered.</summary>
    public JsonObject? Pending { get; set; }

    /// <summary>True when the unanswered activity is the Send click, the turn that files the ticket.</summary>
    public bool PendingIsSend => Pending?["value"]?["request"]?["action"]?.GetValue<string>() == "send";

    public string? Reference { get; private set; }

    /// <summary>The activity whose reply carried <see cref="Reference"/>.</summary>
    public JsonObject? AcknowledgedBy { get; private set; }

    /// <summary>Which life of the bot acknowledged it (1 = the first process).</summary>
    public int AcknowledgedByLife { get; private set; }

    /// <summary>Orders acknowledgements across the run: the last ones before a kill are the most telling to re-send.</summary>
    public long AcknowledgedOrder { get; private set; }

    public void Acknowledge(string reference, JsonObject activity, int life)
    {
        Reference = reference;
        AcknowledgedBy = activity;
        AcknowledgedByLife = life;
        AcknowledgedOrder = Interlocked.Increment(ref s_acknowledgements);
        State = SubmissionState.Acknowledged;
    }

    /// <summary>The FAQ card's "File this request" for a KPI discrepancy: opens the form in one turn.</summary>
    public JsonObject Open() => Activity(new JsonObject
    {
        ["faq"] = new JsonObject { ["action"] = "file", ["request"] = "kpi-discrepancy", ["topic"] = "kpi-discrepancy" },
    });

    /// <summary>The form's Continue button with every field filled in validly, as Teams posts inputs: strings.</summary>
    public JsonObject Fill(JsonObject submitData)
    {
        var invoiceMonth = DateTime.UtcNow.AddMonths(-2);
        submitData["month"] = invoiceMonth.Month.ToString(CultureInfo.InvariantCulture);
        submitData["year"] = invoiceMonth.Year.ToString(CultureInfo.InvariantCulture);
        submitData["omlpType"] = "Courseware";
        submitData["purchaseUnit"] = "Contoso EMEA";
        submitData["invoiceNumber"] = InvoiceNumber;
        submitData["kpiValue"] = "25";
        submitData["revenueValue"] = "2500";
        submitData["currency"] = "EUR";
        submitData["documentType"] = "invoice";
        submitData["comment"] = "Filed by the crash-safety run.";

        // The run's partners are not linked to a partner record, so the form asks whom the request is for.
        submitData["mpnId"] = "1000001";
        submitData["companyName"] = "Contoso Learning";
        return Activity(submitData);
    }

    /// <summary>A click: a new activity (new id) in this conversation carrying <paramref name="value"/>.</summary>
    public JsonObject Activity(JsonObject value) => new()
    {
        ["type"] = "message",
        ["id"] = string.Create(CultureInfo.InvariantCulture, $"{ConversationId}-turn{Interlocked.Increment(ref _turns)}"),
        ["channelId"] = "webchat",
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Crash test " + Label },
        ["recipient"] = new JsonObject { ["id"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = ConversationId },
        ["locale"] = Locale,
        ["value"] = value,
        ["deliveryMode"] = "expectReplies",
    };

    /// <summary>The same click delivered again under a new id, as a second click on the button would be.</summary>
    public JsonObject Again(JsonObject activity) => Activity(activity["value"]!.DeepClone().AsObject());

    public override string ToString() => $"{Label} ({ConversationId})";
}
