namespace LearningPartnerBot.Tickets.Api;

public static class TicketApiEndpoints
{
    /// <summary>
    /// The ticket staff endpoints, mapped on the staff group (which requires the staff key):
    /// <c>app.MapStaffApi().MapTicketApi()</c>.
    /// </summary>
    public static RouteGroupBuilder MapTicketApi(this RouteGroupBuilder staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        // A nested group, so the tag stays on these endpoints and not on other areas' staff endpoints.
        var tickets = staff.MapGroup(string.Empty).WithTags("Tickets");
        TicketQueueEndpoints.Map(tickets);
        TicketEndpoints.Map(tickets);
        return staff;
    }

    internal static IResult UnknownTicket(string reference) => TypedResults.Problem(
        title: "Unknown ticket.",
        detail: $"No ticket with reference '{reference}'.",
        statusCode: StatusCodes.Status404NotFound);
}
