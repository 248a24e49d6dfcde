using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Requests.DirectoryListing;

/// <summary>
/// The directory listing form's fields and checks. The landing page must be an absolute https URL; when the partner's
/// website is on record, a page on another host needs the partner's explicit confirmation that it is theirs.
/// </summary>
public static class DirectoryForm
{
    public const string Id = "directory-listing";

    public const string DisplayName = "displayName";
    public const string Country = "country";
    public const string LandingPage = "landingPage";
    public const string HostConfirmed = "hostConfirmed";
    public const string AboutPartnerOnly = "aboutPartnerOnly";
    public const string NoCompetitors = "noCompetitors";
    public const string OwnedByPartner = "ownedByPartner";

    public static IReadOnlyList<string> Fields { get; } =
        [DisplayName, Country, LandingPage, HostConfirmed, AboutPartnerOnly, NoCompetitors, OwnedByPartner];

    public const int MinNameLength = 2;
    public const int MaxNameLength = 100;

    private const string Checked = "true";

    /// <summary>
    /// The card's client-side check of the landing page: https and a dotted host. Looser than the server's (which also
    /// refuses user info), never stricter, so the card cannot stop a page the server would take.
    /// </summary>
    public const string LandingPageCardPattern = "^ *[Hh][Tt][Tt][Pp][Ss]://[^ /?#]+[.][^ ]*$";

    public static IReadOnlyList<string> Confirmations { get; } = [AboutPartnerOnly, NoCompetitors, OwnedByPartner];

    /// <param name="website">The partner's website on record, or null when the bot does not know it.</param>
    public static FormCheck<DirectoryListingPayload> Check(IReadOnlyDictionary<string, string> submitted, Uri? website, DateOnly today, RequestStrings strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        var form = new FormCheckBuilder(submitted ?? throw new ArgumentNullException(nameof(submitted)));
        var name = form.Raw(DisplayName);
        form.Field(DisplayName, name.Length == 0 ? strings.ErrorRequired : name.Length is < MinNameLength or > MaxNameLength ? strings.ErrorLength(MinNameLength, MaxNameLength) : null);
        form.Field(Country, form.Raw(Country).Length == 0 ? strings.ErrorRequired : Countries.IsKnown(form.Raw(Country)) ? null : strings.ErrorChoice);

        var page = LandingPageUri(form.Raw(LandingPage));
        form.Field(LandingPage, form.Raw(LandingPage).Length == 0 ? strings.ErrorRequired : page is null ? strings.ErrorUrl : null);
        var offSite = OffSiteWarning(submitted, website, strings) is not null;
        var hostConfirmed = form.Raw(HostConfirmed) == Checked;
        form.Field(HostConfirmed, offSite && !hostConfirmed ? strings.ErrorConfirm : null);
        foreach (var confirmation in Confirmations)
        {
            form.Field(confirmation, form.Raw(confirmation) == Checked ? null : strings.ErrorConfirm);
        }

        var update = DirectoryUpdateSchedule.For(today);
        return form.Result(() => new DirectoryListingPayload(
            name, form.Raw(Country), page!, true, true, true, offSite && hostConfirmed, update.BatchStart, update.VisibleBy));
    }

    /// <summary>The warning shown beside the "this page is ours" box when the landing page is not on the partner's website.</summary>
    public static string? OffSiteWarning(IReadOnlyDictionary<string, string> submitted, Uri? website, RequestStrings strings)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        ArgumentNullException.ThrowIfNull(strings);
        var page = LandingPageUri(submitted.GetValueOrDefault(LandingPage, string.Empty).Trim());
        return page is not null && website is not null && !IsOnSite(page, website) ? strings.HostWarning(page.Host, website.Host) : null;
    }

    /// <summary>The partner's website as a URI, tolerating a stored "contoso.com" without a scheme.</summary>
    public static Uri? Website(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return null;
        }

        var text = stored.Trim();
        return Uri.TryCreate(text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text, UriKind.Absolute, out var uri) ? uri : null;
    }

    /// <summary>The site itself or one of its subdomains; "www." on either side does not count as a different site.</summary>
    public static bool IsOnSite(Uri page, Uri website)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(website);
        var host = WithoutWww(page.Host);
        var site = WithoutWww(website.Host);
        return host == site || host.EndsWith("." + site, StringComparison.Ordinal);
    }

    private static Uri? LandingPageUri(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Contains('.', StringComparison.Ordinal) && string.IsNullOrEmpty(uri.UserInfo)
            ? uri
            : null;

    private static string WithoutWww(string host)
    {
        var lower = host.ToLowerInvariant();
        return lower.StartsWith("www.", StringComparison.Ordinal) ? lower[4..] : lower;
    }
}
