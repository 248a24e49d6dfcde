using LearningPartnerBot.Eligibility.Rules;

namespace LearningPartnerBot.Requests;

/// <summary>
/// The "who is this for" fields every request form asks a requester linked to no partner record, so that staff can act
/// on the ticket without writing back: the MPN ID as Partner Center issues it (seven digits) and the company name.
/// Someone listed with several partners picks one of them instead (<see cref="PartnerChoice"/>).
/// </summary>
public static class PartnerFields
{
    public const string MpnId = "mpnId";
    public const string CompanyName = "companyName";
    public const string PartnerChoice = "partnerMpnId";

    /// <summary>Partner Center's MPN IDs (PartnerIDs) are seven-digit numbers, as the partner records here are keyed.</summary>
    public const int MpnIdLength = 7;

    /// <summary>The card's client-side check; the server's is <see cref="IsMpnId"/>, the same rule.</summary>
    public const string MpnIdPattern = "^[0-9]{7}$";

    public const int MinCompanyNameLength = 2;
    public const int MaxCompanyNameLength = 100;

    public static IReadOnlyList<string> Fields { get; } = [MpnId, CompanyName, PartnerChoice];

    /// <summary>
    /// The linked partner (or the one of theirs picked), or the typed fields checked; their errors and kept values join
    /// the form's. A linked requester's typed MPN ID is ignored, and a pick must be one of their own partners.
    /// </summary>
    public static FormCheck<FilingPartner> Check(IReadOnlyDictionary<string, string> submitted, Requester requester, RequestStrings strings)
    {
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentNullException.ThrowIfNull(strings);
        var form = new FormCheckBuilder(submitted ?? throw new ArgumentNullException(nameof(submitted)));
        if (requester.Partner is { } linked)
        {
            var choices = requester.FilingChoices;
            if (choices.Count < 2)
            {
                return form.Result(() => FilingPartner.Linked(linked));
            }

            var picked = form.Raw(PartnerChoice);
            var chosen = picked.Length == 0 ? linked : choices.FirstOrDefault(p => p.MpnId == picked);
            form.Field(PartnerChoice, chosen is null ? strings.ErrorChoice : null);
            return form.Result(() => FilingPartner.Linked(chosen!));
        }

        var mpnId = form.Raw(MpnId);
        form.Field(MpnId, mpnId.Length == 0 ? strings.ErrorRequired : IsMpnId(mpnId) ? null : strings.ErrorMpnId(MpnIdLength));
        var company = form.Raw(CompanyName);
        form.Field(CompanyName, company.Length == 0
            ? strings.ErrorRequired
            : company.Length is < MinCompanyNameLength or > MaxCompanyNameLength ? strings.ErrorLength(MinCompanyNameLength, MaxCompanyNameLength) : null);
        return form.Result(() => new FilingPartner(mpnId, company, Stated: true));
    }

    /// <summary>
    /// The partner record a submission is for, when it is one: the requester's pick among their own partners, else the
    /// partner they are linked to. Null for an unlinked requester (their typed MPN ID is not a record the bot knows).
    /// </summary>
    public static PartnerIdentity? RecordFor(IReadOnlyDictionary<string, string> submitted, Requester requester)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        ArgumentNullException.ThrowIfNull(requester);
        return submitted.TryGetValue(PartnerChoice, out var picked) && requester.FilingChoices.FirstOrDefault(p => p.MpnId == picked) is { } chosen
            ? chosen
            : requester.Partner;
    }

    /// <summary>ASCII digits only: char.IsDigit would also pass Arabic-Indic and other digits Partner Center never issues.</summary>
    public static bool IsMpnId(string text) =>
        text is { Length: MpnIdLength } && text.All(char.IsAsciiDigit);
}
