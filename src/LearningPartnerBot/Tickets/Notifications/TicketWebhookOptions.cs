namespace LearningPartnerBot.Tickets.Notifications;

/// <summary>Where new tickets are announced to staff, bound from "Tickets:Webhook". No URL, no notifications.</summary>
public sealed class TicketWebhookOptions
{
    public const string SectionName = "Tickets:Webhook";

    /// <summary>An incoming-webhook URL that accepts an Adaptive Card message, e.g. a Teams Workflows trigger.</summary>
    public Uri? Url { get; set; }

    /// <summary>How often the outbox is checked for notifications that are due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Quick retries within one delivery round, for a blip.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>After a failed round the wait doubles (1 min, 2 min, …) up to this, so an outage is not hammered.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);

    public bool Enabled => Url is not null;
}
