using LearningPartnerBot.Staff.Api;
using LearningPartnerBot.Tickets;
using LearningPartnerBot.Tickets.Api;
using LearningPartnerBot.Tickets.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningPartnerBot.Staff.Pages;

/// <summary>
/// The ticket queue, newest first, with the staff API's filters (read by the same rules, so a filter means the same
/// on the page and in a script). Filters travel in the query string so a filtered page can be bookmarked or shared.
/// </summary>
public sealed class QueueModel(TicketDesk desk) : PageModel
{
    public const int PageSize = TicketFilterReader.DefaultPageSize;

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Partner { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>Not "page": Razor Pages reserves that route value for the page's own name.</summary>
    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public TicketPage<Ticket>? Found { get; private set; }

    public int PageCount => Found is null ? 0 : Math.Max(1, (Found.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var filter = TicketFilterReader.Read(Blank(Status), Blank(Type), Partner, Blank(From), Blank(To), errors);
        if (errors.Any)
        {
            Errors = [.. errors.Messages];
            return;
        }

        Found = await desk.SearchAsync(filter, Math.Max(1, PageNumber), PageSize, cancellationToken);
    }

    /// <summary>The query string for another page of the same filtered queue.</summary>
    public Dictionary<string, string> RouteFor(int pageNumber)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(values, "status", Status);
        Add(values, "type", Type);
        Add(values, "partner", Partner);
        Add(values, "from", From);
        Add(values, "to", To);
        values["pageNumber"] = pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }

    private static void Add(Dictionary<string, string> values, string name, string? value)
    {
        if (Blank(value) is { } kept)
        {
            values[name] = kept;
        }
    }

    /// <summary>The form sends an empty value for "any"; the filter reader would take that as a misspelt value.</summary>
    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
