using LearningPartnerBot.Cards;

namespace LearningPartnerBot.Requests;

/// <summary>
/// What the request form cards bind as <c>partner</c>: for a linked requester the partner the request is filed for,
/// for an unlinked one the <see cref="PartnerFields"/> inputs with their values, errors and the server's own limits.
/// </summary>
public static class PartnerCardFields
{
    public static object Bind(Requester requester, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> errors, RequestStrings strings)
    {
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(strings);
        var linked = requester.Partner;
        var choices = requester.FilingChoices;
        var choose = choices.Count > 1;
        return new
        {
            ask = linked is null,
            // The name comes from an import, so it is escaped like anything else shown on a card.
            filingFor = linked is null || choose ? string.Empty : strings.FilingFor(CardText.Escape(linked.PartnerName), CardText.Escape(linked.MpnId, 40)),
            choose,
            chooseLabel = strings.FieldFilingPartner,
            chooseError = strings.ErrorChoice,
            // Choice titles are plain text on every renderer, not markdown, so the names need no escaping here.
            partners = choices.Select(p => new { title = $"{p.PartnerName} ({p.MpnId})", value = p.MpnId }).ToList(),
            intro = strings.PartnerUnknownIntro,
            labels = new Dictionary<string, string>
            {
                [PartnerFields.MpnId] = strings.FieldMpnId,
                [PartnerFields.CompanyName] = strings.FieldCompanyName,
            },
            values = PartnerFields.Fields.ToDictionary(
                f => f,
                f => values.GetValueOrDefault(f, f == PartnerFields.PartnerChoice && linked is not null ? linked.MpnId : string.Empty)),
            errors = PartnerFields.Fields.ToDictionary(f => f, f => errors.GetValueOrDefault(f, string.Empty)),
            mpnIdPattern = PartnerFields.MpnIdPattern,
            mpnIdLength = PartnerFields.MpnIdLength,
            mpnIdError = strings.ErrorMpnId(PartnerFields.MpnIdLength),
            companyNameLength = PartnerFields.MaxCompanyNameLength,
            companyNameError = strings.ErrorRequired,
        };
    }

    /// <summary>The confirm card's rows for the partner: what it files for, as typed or from the record.</summary>
    public static IEnumerable<(string Label, string Value)> Rows(FilingPartner partner, RequestStrings strings)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(strings);
        yield return (strings.FieldCompanyName, partner.CompanyName);
        yield return (strings.FieldMpnId, partner.MpnId);
    }
}
