using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BotKit.Hosting;
using LearningPartnerBot.Diagnostics;
using LearningPartnerBot.Tickets.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace LearningPartnerBot.Tickets.Notifications;

/// <summary>
/// Sends due outbox notifications to the staff webhook. Each round retries quickly (Polly) for a blip; a round that
/// still fails is rescheduled with a doubling wait stored in the row, so the backoff survives a restart. A delivered
/// row is marked at once and never picked again; only a crash between the webhook's 2xx and that write could repeat one.
/// Instances sharing one database claim each message before sending it, so only one of them sends it. A claim names
/// its instance, and one left by an instance that has stopped is taken over at once rather than after its lease.
/// </summary>
public sealed class TicketWebhookOutbox
{
    public const string HttpClientName = "ticket-webhook";

    private const int BatchSize = 20;

    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMinutes(1);

    /// <summary>How long a claimed message is left to the instance that claimed it; longer than one round of retries.</summary>
    private static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(5);

    private readonly IDbContextFactory<TicketsDbContext> _contexts;
    private readonly IHttpClientFactory _httpClients;
    private readonly TimeProvider _clock;
    private readonly TicketWebhookOptions _options;
    private readonly ILogger<TicketWebhookOutbox> _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;
    private readonly IInstanceLiveness _owner;

    public TicketWebhookOutbox(
        IInstanceLiveness owner,
        IDbContextFactory<TicketsDbContext> contexts,
        IHttpClientFactory httpClients,
        TimeProvider clock,
        IOptions<TicketWebhookOptions> options,
        ILogger<TicketWebhookOutbox> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _owner = owner;
        _contexts = contexts;
        _httpClients = httpClients;
        _clock = clock;
        _options = options.Value;
        _logger = logger;
        _retry = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = _options.MaxRetryAttempts,
                Delay = _options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TaskCanceledException>()
                    .HandleResult(response => IsTransient(response.StatusCode)),
            })
            .Build();
    }

    /// <summary>One pass over the due notifications, oldest first; returns how many were delivered.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        if (_options.Url is not { } url)
        {
            return 0;
        }

        await _owner.EnsureAliveAsync(cancellationToken);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var now = _clock.GetUtcNow().ToUniversalTime();
        var due = await db.Outbox
            .Where(m => m.DeliveredAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.Id).Take(BatchSize)
            .ToListAsync(cancellationToken);
        due.AddRange(await OrphanedAsync(db, now, BatchSize - due.Count, cancellationToken));
        var delivered = 0;
        foreach (var message in due)
        {
            if (!await ClaimAsync(db, message, now + ClaimLease, cancellationToken))
            {
                continue;
            }

            // The claim was written around the change tracker; tell it, so clearing the claim below is saved.
            db.Entry(message).Property(m => m.ClaimedBy).OriginalValue = _owner.InstanceId;

            var error = await SendAsync(url, message.Body, cancellationToken);
            var after = _clock.GetUtcNow().ToUniversalTime();
            message.ClaimedBy = null;
            if (error is null)
            {
                message.DeliveredAt = after;
                message.LastError = null;
                delivered++;
            }
            else
            {
                message.FailedRounds++;
                message.LastError = error.Length > 1024 ? error[..1024] : error;
                message.NextAttemptAt = after + Backoff(message.FailedRounds);
                _logger.LogWarning("The new-ticket webhook failed ({Error}); outbox message {Id} is retried at {NextAttempt}.", Redact.Text(error), message.Id, message.NextAttemptAt);
            }

            // Saved per message, so a delivered one is recorded before the next send can fail or the process stop.
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return delivered;
    }

    /// <summary>
    /// Moves the message's next attempt past this round, unless another instance sharing the database already did:
    /// then that instance sends it, and the webhook gets it once. A crash after the claim delays it by the lease.
    /// </summary>
    private async Task<bool> ClaimAsync(TicketsDbContext db, TicketOutboxMessage message, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var seen = message.NextAttemptAt;
        var seenBy = message.ClaimedBy;
        var me = _owner.InstanceId;
        var claimed = await db.Outbox
            .Where(m => m.Id == message.Id && m.DeliveredAt == null && m.NextAttemptAt == seen && m.ClaimedBy == seenBy)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, until).SetProperty(m => m.ClaimedBy, me), cancellationToken);
        return claimed == 1;
    }

    /// <summary>Messages still within the lease of a claim whose instance has stopped: it will never send them.</summary>
    private async Task<List<TicketOutboxMessage>> OrphanedAsync(TicketsDbContext db, DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0)
        {
            return [];
        }

        var me = _owner.InstanceId;
        var claimed = await db.Outbox
            .Where(m => m.DeliveredAt == null && m.NextAttemptAt > now && m.ClaimedBy != null && m.ClaimedBy != me)
            .OrderBy(m => m.Id).Take(limit)
            .ToListAsync(cancellationToken);
        var orphaned = new List<TicketOutboxMessage>();
        var gone = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var message in claimed)
        {
            var owner = message.ClaimedBy!;
            if (!gone.TryGetValue(owner, out var isGone))
            {
                gone[owner] = isGone = !await _owner.IsAliveAsync(owner, cancellationToken);
            }

            if (isGone)
            {
                orphaned.Add(message);
            }
        }

        return orphaned;
    }

    private async Task<string?> SendAsync(Uri url, string body, CancellationToken cancellationToken)
    {
        var client = _httpClients.CreateClient(HttpClientName);
        try
        {
            using var response = await _retry.ExecuteAsync(
                async token =>
                {
                    using var content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
                    return await client.PostAsync(url, content, token);
                },
                cancellationToken);
            return response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return e.Message;
        }
    }

    private TimeSpan Backoff(int failedRounds)
    {
        var wait = FirstBackoff * Math.Pow(2, Math.Min(failedRounds - 1, 16));
        return wait < _options.MaxBackoff ? wait : _options.MaxBackoff;
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;
}
