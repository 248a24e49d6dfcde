namespace LearningPartnerBot.Eligibility.Api;

/// <summary>
/// A partner as staff send it to PUT /api/partners/{mpnId}. Everything arrives as text so a bad value is reported
/// with its path and a clear reason rather than failing JSON binding as a whole. Dates are YYYY-MM-DD.
/// </summary>
public sealed record PartnerDocument(
    string? Name,
    string? Country,
    string? AnniversaryDate,
    string? Website,
    EnrollmentDocument? Enrollment,
    IReadOnlyList<TrainerDocument>? Trainers,
    IReadOnlyList<ExamDocument>? Exams,
    IReadOnlyList<CommitmentDocument>? Commitments,
    IReadOnlyList<PartnerUserDocument>? Users);

/// <summary>Level none, actionPack, silver or gold; silver and gold name their competency.</summary>
public sealed record EnrollmentDocument(string? Level, string? Competency);

public sealed record TrainerDocument(string? MctId, string? Name, string? CertifiedUntil);

public sealed record ExamDocument(string? Code, string? PassedOn);

public sealed record CommitmentDocument(string? Competency, string? CommittedOn);

/// <summary>A chat user of the partner, found by AAD object id or UPN; role MpnPartnerAdmin, AccountAdmin or Other.</summary>
public sealed record PartnerUserDocument(string? AadObjectId, string? Upn, string? Name, string? Role);
