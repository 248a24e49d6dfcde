using System.Globalization;

namespace LearningPartnerBot.Tickets;

/// <summary>The reference a partner quotes: LP-, the year of creation, and the ticket's number in that year.</summary>
public static class TicketReference
{
    public static string Format(int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"LP-{year:D4}-{sequence:D6}");

    /// <summary>A reference as staff may type it (any case, stray spaces) in the form it is stored in.</summary>
    public static string Normalize(string reference) => reference.Trim().ToUpperInvariant();
}
