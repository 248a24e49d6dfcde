using LearningPartnerBot.Staff.Api;
using Microsoft.AspNetCore.Mvc;

namespace LearningPartnerBot.Tickets.Api;

/// <summary>GET /api/tickets (a page of the queue) and GET /api/tickets.csv (every match, for a spreadsheet).</summary>
internal static class TicketQueueEndpoints
{
    private const string FilterHelp = "Filters: status, type (camelCase names), partner (MPN ID), from/to (YYYY-MM-DD, UTC creation date, inclusive).";

    public static void Map(RouteGroupBuilder staff)
    {
        staff.MapGet("/tickets", ListAsync)
            .WithName("ListTickets")
            .WithSummary("The ticket queue, newest first, paged with page (from 1) and pageSize (1-100, default 25). " + FilterHelp)
            .Produces<TicketListPage>()
            .ProducesValidationProblem();

        staff.MapGet("/tickets.csv", CsvAsync)
            .WithName("ExportTickets")
            .WithSummary("Every matching ticket as CSV, newest first. " + FilterHelp)
            .Produces<string>(contentType: TicketCsv.ContentType)
            .ProducesValidationProblem();
    }

    private static async Task<IResult> ListAsync(
        [FromQuery] string? status,
        [FromQuery] string? type,
        [FromQuery] string? partner,
        [FromQuery] string? from,
        [FromQuery] string? to,
        [FromQuery] int? page,
        [FromQuery] int? pageSize,
        [FromServices] TicketDesk desk,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var filter = TicketFilterReader.Read(status, type, partner, from, to, errors);
        var paging = TicketFilterReader.ReadPaging(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToResult("The ticket filter is not valid.");
        }

        var found = await desk.SearchAsync(filter, paging.Page, paging.PageSize, cancellationToken);
        return TypedResults.Ok(new TicketListPage(found.Items.Select(TicketListItem.From).ToList(), found.Page, found.PageSize, found.Total));
    }

    private static async Task<IResult> CsvAsync(
        [FromQuery] string? status,
        [FromQuery] string? type,
        [FromQuery] string? partner,
        [FromQuery] string? from,
        [FromQuery] string? to,
        [FromServices] TicketDesk desk,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var filter = TicketFilterReader.Read(status, type, partner, from, to, errors);
        if (errors.Any)
        {
            return errors.ToResult("The ticket filter is not valid.");
        }

        var tickets = await desk.ListAsync(filter, cancellationToken);
        return TypedResults.Text(TicketCsv.Write(tickets), TicketCsv.ContentType, System.Text.Encoding.UTF8);
    }
}
