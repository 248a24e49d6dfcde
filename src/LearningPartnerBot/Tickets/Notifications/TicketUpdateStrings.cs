using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;

namespace LearningPartnerBot.Tickets.Notifications;

/// <summary>
/// What the partner is told when staff change their ticket, from TicketUpdates*.resx (beside this file) in the
/// ticket's locale. Each member name is its resource key.
/// </summary>
public sealed class TicketUpdateStrings(CultureInfo culture)
{
    internal static readonly ResourceManager ResourceManager =
        new("LearningPartnerBot.Tickets.Notifications.TicketUpdates", typeof(TicketUpdateStrings).Assembly);

    public CultureInfo Culture { get; } = culture;

    public string StatusChanged(string reference, TicketStatus status) =>
        string.Format(Culture, Lookup(), reference, Lookup("Status" + status));

    public string CommentAdded(string reference, string text) => string.Format(Culture, Lookup(), reference, text);

    /// <summary>How a status reads inside <see cref="StatusChanged"/>.</summary>
    public string StatusName(TicketStatus status) => Lookup("Status" + status);

    private string Lookup([CallerMemberName] string key = "") =>
        ResourceManager.GetString(key, Culture)
        ?? throw new MissingManifestResourceException($"Ticket update string '{key}' is missing from Tickets/Notifications/TicketUpdates.resx.");
}
