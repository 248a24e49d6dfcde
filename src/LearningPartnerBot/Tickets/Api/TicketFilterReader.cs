using LearningPartnerBot.Staff.Api;

namespace LearningPartnerBot.Tickets.Api;

/// <summary>Reads the queue's query string strictly: a misspelt status or date is a 400, never a silently empty list.</summary>
internal static class TicketFilterReader
{
    public const int DefaultPageSize = 25;

    public const int MaxPageSize = 100;

    public static TicketFilter Read(string? status, string? type, string? partner, string? from, string? to, ValidationErrors errors)
    {
        var filter = new TicketFilter(PartnerMpnId: string.IsNullOrWhiteSpace(partner) ? null : partner.Trim());
        if (status is not null)
        {
            filter = ApiValues.TryParseName<TicketStatus>(status, out var parsed)
                ? filter with { Status = parsed }
                : Invalid(filter, errors, "status", $"Unknown status '{status}'. Use one of: {ApiValues.Choices<TicketStatus>()}.");
        }

        if (type is not null)
        {
            filter = ApiValues.TryParseName<TicketType>(type, out var parsed)
                ? filter with { Type = parsed }
                : Invalid(filter, errors, "type", $"Unknown type '{type}'. Use one of: {ApiValues.Choices<TicketType>()}.");
        }

        if (from is not null)
        {
            filter = ApiValues.TryParseDate(from, out var day)
                ? filter with { CreatedFrom = day }
                : Invalid(filter, errors, "from", $"Write the date as {ApiValues.DateFormat}.");
        }

        if (to is not null)
        {
            filter = ApiValues.TryParseDate(to, out var day)
                ? filter with { CreatedTo = day }
                : Invalid(filter, errors, "to", $"Write the date as {ApiValues.DateFormat}.");
        }

        if (filter is { CreatedFrom: { } start, CreatedTo: { } end } && end < start)
        {
            errors.Add("to", "The end date is before the start date.");
        }

        return filter;
    }

    public static (int Page, int PageSize) ReadPaging(int? page, int? pageSize, ValidationErrors errors)
    {
        if (page is < 1)
        {
            errors.Add("page", "Pages count from 1.");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"The page size is from 1 to {MaxPageSize}.");
        }

        return (page ?? 1, pageSize ?? DefaultPageSize);
    }

    private static TicketFilter Invalid(TicketFilter filter, ValidationErrors errors, string parameter, string message)
    {
        errors.Add(parameter, message);
        return filter;
    }
}
