using BotKit.Hosting;
using BotKit.Schema;
using LearningPartnerBot.Channels;
using LearningPartnerBot.Diagnostics;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Tickets.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Tickets.Notifications;

/// <summary>
/// Tells the partner, in their conversation and language, that staff changed their ticket: through the channel's
/// Connector API and the conversation reference stored with the ticket, or in memory for a channel this process plays
/// itself (Direct Line), whose stored serviceUrl is no address to call. A refusal (403: the bot was blocked or
/// uninstalled) or any other failure is recorded on the ticket for staff to see, and not retried.
/// </summary>
public sealed class ProactiveTicketUpdateNotifier(
    IDbContextFactory<TicketsDbContext> contexts,
    IConnectorClientFactory connectors,
    ILogger<ProactiveTicketUpdateNotifier> logger,
    IEnumerable<IInProcessDelivery>? inProcessChannels = null) : ITicketUpdateNotifier
{
    private readonly IInProcessDelivery[] _inProcess = [.. inProcessChannels ?? []];

    public Task StatusChangedAsync(TicketStatusChanged change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return SendAsync(change.Reference, strings => strings.StatusChanged(change.Reference, change.Current), cancellationToken);
    }

    public Task PartnerCommentAddedAsync(PartnerCommentAdded comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return SendAsync(comment.Reference, strings => strings.CommentAdded(comment.Reference, comment.Text), cancellationToken);
    }

    private async Task SendAsync(string reference, Func<TicketUpdateStrings, string> text, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Reference == reference, cancellationToken);
        if (ticket is null)
        {
            return;
        }

        var conversation = BotJson.Deserialize<ConversationReference>(ticket.ConversationReferenceJson);
        string? error;
        if (conversation is not { ServiceUrl: { } serviceUrl, Conversation.Id: not null })
        {
            error = "No conversation to message: the ticket has no usable conversation reference.";
        }
        else if (_inProcess.FirstOrDefault(c => c.Owns(conversation)) is null && !IsHttpUrl(serviceUrl))
        {
            error = "No conversation to message: the ticket was filed where the bot cannot reach the partner later.";
        }
        else
        {
            var strings = new TicketUpdateStrings(SupportedLocales.Match(ticket.Locale) ?? SupportedLocales.Default);
            var message = MessageFactory.Text(text(strings)).ApplyConversationReference(conversation);
            message.Locale = strings.Culture.Name;
            error = _inProcess.FirstOrDefault(c => c.Owns(conversation)) is { } inProcess
                ? inProcess.Deliver(conversation, message)
                : await TrySendAsync(connectors.Create(serviceUrl), message, cancellationToken);
        }

        if (error is not null)
        {
            logger.LogWarning("The partner was not told about a change to ticket {Reference}: {Error}", reference, Redact.Text(error));
        }

        // Cleared on success, so staff see only a failure that still stands.
        ticket.LastDeliveryError = error is { Length: > 1024 } ? error[..1024] : error;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static async Task<string?> TrySendAsync(IConnectorClient client, Activity message, CancellationToken cancellationToken)
    {
        try
        {
            await client.SendToConversationAsync(message, cancellationToken);
            return null;
        }
        catch (ConnectorException e) when (e.StatusCode == 403)
        {
            return "403 Forbidden: the partner blocked or removed the bot, so the message could not be delivered.";
        }
        catch (ConnectorException e)
        {
            // The client's own words: a status and at most the channel's error code, never the far side's text.
            return e.Message;
        }
        catch (HttpRequestException)
        {
            // Its message names hosts and sockets, which staff can do nothing with.
            return "The channel could not be reached; the message was not delivered.";
        }
    }
}
