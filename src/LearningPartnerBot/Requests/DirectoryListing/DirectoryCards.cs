using BotKit.Schema;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Requests.DirectoryListing;

/// <summary>Binds cards/directory-request.json (the form) and cards/request-confirm.json (what will be sent) for a listing.</summary>
public sealed class DirectoryCards(CardLibrary cards)
{
    public const string FormCardName = "directory-request";

    private const string Ticked = "✅";

    public Attachment Form(string instance, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> errors, Requester requester, string? hostWarning, DirectoryUpdate update, RequestStrings strings)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(strings);
        return cards.Get(FormCardName).Render(new
        {
            title = strings.DirectoryTitle,
            intro = strings.DirectoryIntro,
            fixErrors = errors.Count > 0 ? strings.FixErrors : string.Empty,
            instance,
            continueTitle = strings.Continue,
            cancelTitle = strings.Cancel,
            // Web Chat refuses to render a card whose required inputs have no error message.
            requiredError = strings.ErrorRequired,
            urlError = strings.ErrorUrl,
            landingPagePattern = DirectoryForm.LandingPageCardPattern,
            limits = new { displayName = DirectoryForm.MaxNameLength },
            partner = PartnerCardFields.Bind(requester, values, errors, strings),
            labels = new Dictionary<string, string>
            {
                [DirectoryForm.DisplayName] = strings.FieldDisplayName,
                [DirectoryForm.Country] = strings.FieldCountry,
                [DirectoryForm.LandingPage] = strings.FieldLandingPage,
                [DirectoryForm.HostConfirmed] = strings.ConfirmHost,
                [DirectoryForm.AboutPartnerOnly] = strings.ConfirmAboutPartner,
                [DirectoryForm.NoCompetitors] = strings.ConfirmNoCompetitors,
                [DirectoryForm.OwnedByPartner] = strings.ConfirmOwned,
            },
            values = DirectoryForm.Fields.ToDictionary(f => f, f => values.GetValueOrDefault(f, IsToggle(f) ? "false" : string.Empty)),
            errors = DirectoryForm.Fields.ToDictionary(f => f, f => errors.GetValueOrDefault(f, string.Empty)),
            hostWarning = hostWarning ?? string.Empty,
            countries = Countries.InOrder(strings.Culture).Select(c => new { title = c.Name, value = c.Code }).ToList(),
            schedule = strings.DirectorySchedule(update),
        }).ToAttachment();
    }

    /// <summary>What Send will file, with the update its checked dates promise.</summary>
    public Attachment Confirm(string instance, DirectoryListingPayload payload, FilingPartner partner, RequestStrings strings)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(strings);
        var rows = PartnerCardFields.Rows(partner, strings).Select(r => Row(r.Label, CardText.Escape(r.Value))).ToList();
        rows.AddRange(new List<object>
        {
            Row(strings.FieldDisplayName, CardText.Escape(payload.DisplayName)),
            Row(strings.FieldCountry, CardText.Escape(Countries.Name(payload.Country, strings.Culture))),
            Row(strings.FieldLandingPage, CardText.Escape(payload.LandingPage.AbsoluteUri, 500)),
        });
        if (payload.HostWarningConfirmed)
        {
            rows.Add(Row(strings.ConfirmHost, Ticked));
        }

        rows.Add(Row(strings.ConfirmAboutPartner, Ticked));
        rows.Add(Row(strings.ConfirmNoCompetitors, Ticked));
        rows.Add(Row(strings.ConfirmOwned, Ticked));
        return cards.Get(Discrepancy.DiscrepancyCards.ConfirmCardName).Render(new
        {
            title = strings.ConfirmTitle,
            form = DirectoryForm.Id,
            instance,
            hasStored = false,
            columnField = strings.ColumnField,
            columnEntered = strings.ColumnEntered,
            columnStored = strings.ColumnStored,
            rows,
            note = strings.DirectorySchedule(DirectoryUpdateSchedule.Of(payload)),
            sendTitle = strings.Send,
            cancelTitle = strings.Cancel,
        }).ToAttachment();
    }

    private static object Row(string label, string entered) => new { label, entered, stored = string.Empty, storedColor = "Default" };

    private static bool IsToggle(string field) => field is not (DirectoryForm.DisplayName or DirectoryForm.Country or DirectoryForm.LandingPage);
}
