using System.Globalization;
using System.Text.RegularExpressions;
using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Staff.Api;

namespace LearningPartnerBot.Eligibility.Api;

/// <summary>Validates a <see cref="PartnerDocument"/> and turns it into the partner entity with its children.</summary>
internal static partial class PartnerDocumentReader
{
    /// <summary>The partner described by <paramref name="document"/>, or null with every problem added to <paramref name="errors"/>.</summary>
    public static Partner? Read(string mpnId, PartnerDocument document, KnownCompetencies competencies, ValidationErrors errors)
    {
        if (!MpnIdPattern().IsMatch(mpnId))
        {
            errors.Add("mpnId", "The MPN ID must be 1 to 32 letters, digits or dashes.");
        }

        var name = Required(document.Name, "name", 256, errors);
        var country = Country(document.Country, errors);
        var anniversary = Date(document.AnniversaryDate, "anniversaryDate", errors);
        var website = Website(document.Website, errors);
        var (level, enrollmentCompetency) = Enrollment(document.Enrollment, competencies, errors);

        var partner = new Partner
        {
            MpnId = mpnId,
            Name = name,
            Country = country,
            AnniversaryDate = anniversary,
            Website = website,
            EnrollmentLevel = level,
            EnrollmentCompetency = enrollmentCompetency,
        };
        partner.Trainers = [.. (document.Trainers ?? []).Select((t, i) => Trainer(mpnId, t, $"trainers[{i}]", errors))];
        partner.Exams = [.. (document.Exams ?? []).Select((e, i) => Exam(mpnId, e, $"exams[{i}]", errors))];
        partner.Commitments = [.. (document.Commitments ?? []).Select((c, i) => Commitment(mpnId, c, $"commitments[{i}]", competencies, errors))];
        partner.Users = [.. (document.Users ?? []).Select((u, i) => User(mpnId, u, $"users[{i}]", errors))];

        foreach (var duplicate in partner.Trainers.GroupBy(t => t.MctId, StringComparer.OrdinalIgnoreCase).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            errors.Add("trainers", $"MCT ID '{duplicate.Key}' is listed more than once; each trainer counts once.");
        }

        return errors.Any ? null : partner;
    }

    private static Trainer Trainer(string mpnId, TrainerDocument? trainer, string path, ValidationErrors errors) => new()
    {
        PartnerMpnId = mpnId,
        MctId = Required(trainer?.MctId, $"{path}.mctId", 64, errors),
        Name = Required(trainer?.Name, $"{path}.name", 256, errors),
        CertifiedUntil = Date(trainer?.CertifiedUntil, $"{path}.certifiedUntil", errors),
    };

    private static PassedExam Exam(string mpnId, ExamDocument? exam, string path, ValidationErrors errors) => new()
    {
        PartnerMpnId = mpnId,
        Code = Required(exam?.Code, $"{path}.code", 32, errors).ToUpperInvariant(),
        PassedOn = Date(exam?.PassedOn, $"{path}.passedOn", errors),
    };

    private static PerformanceCommitment Commitment(string mpnId, CommitmentDocument? commitment, string path, KnownCompetencies competencies, ValidationErrors errors) => new()
    {
        PartnerMpnId = mpnId,
        Competency = Competency(commitment?.Competency, $"{path}.competency", competencies, errors),
        CommittedOn = Date(commitment?.CommittedOn, $"{path}.committedOn", errors),
    };

    private static PartnerUser User(string mpnId, PartnerUserDocument? user, string path, ValidationErrors errors)
    {
        var aadObjectId = Optional(user?.AadObjectId, $"{path}.aadObjectId", 64, errors);
        var upn = Optional(user?.Upn, $"{path}.upn", 256, errors)?.ToLowerInvariant();
        if (aadObjectId is null && upn is null)
        {
            errors.Add(path, "A user needs an aadObjectId or a upn, so the bot can recognize them in the chat.");
        }

        if (!ApiValues.TryParseName<PartnerRole>(user?.Role, out var role))
        {
            errors.Add($"{path}.role", $"The role must be one of {string.Join(", ", Enum.GetNames<PartnerRole>())}.");
        }

        return new PartnerUser
        {
            PartnerMpnId = mpnId,
            AadObjectId = aadObjectId,
            Upn = upn,
            Name = Optional(user?.Name, $"{path}.name", 256, errors),
            Role = role,
        };
    }

    private static (EnrollmentLevel Level, string? Competency) Enrollment(EnrollmentDocument? enrollment, KnownCompetencies competencies, ValidationErrors errors)
    {
        if (enrollment is null)
        {
            return (EnrollmentLevel.None, null);
        }

        if (!ApiValues.TryParseName<EnrollmentLevel>(enrollment.Level, out var level))
        {
            errors.Add("enrollment.level", $"The enrollment level must be one of {ApiValues.Choices<EnrollmentLevel>()}.");
            return (EnrollmentLevel.None, null);
        }

        if (level is EnrollmentLevel.Silver or EnrollmentLevel.Gold)
        {
            return (level, Competency(enrollment.Competency, "enrollment.competency", competencies, errors));
        }

        if (!string.IsNullOrWhiteSpace(enrollment.Competency))
        {
            errors.Add("enrollment.competency", "Only silver and gold enrollments belong to a competency; leave it out for none and actionPack.");
        }

        return (level, null);
    }

    private static string Competency(string? name, string path, KnownCompetencies competencies, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(path, "A competency name is required.");
            return string.Empty;
        }

        var stored = competencies.Find(name);
        if (stored is null)
        {
            errors.Add(path, KnownCompetencies.Unknown(name));
        }

        return stored ?? string.Empty;
    }

    private static string Country(string? code, ValidationErrors errors)
    {
        var upper = code?.Trim().ToUpperInvariant() ?? string.Empty;
        if (!IsIsoCountry(upper))
        {
            errors.Add("country", "The country must be an ISO 3166-1 alpha-2 code, e.g. NL, TR or US.");
        }

        return upper;
    }

    private static bool IsIsoCountry(string code)
    {
        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        try
        {
            return new RegionInfo(code).TwoLetterISORegionName == code;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string? Website(string? text, ValidationErrors errors)
    {
        var website = Optional(text, "website", 512, errors);
        if (website is not null
            && !(Uri.TryCreate(website, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            errors.Add("website", "The website must be an absolute http or https address.");
        }

        return website;
    }

    private static DateOnly Date(string? text, string path, ValidationErrors errors)
    {
        if (!ApiValues.TryParseDate(text, out var date))
        {
            errors.Add(path, $"'{text}' is not a date in the form YYYY-MM-DD.");
        }

        return date;
    }

    private static string Required(string? text, string path, int maxLength, ValidationErrors errors)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(path, "This value is required.");
            return string.Empty;
        }

        return Limit(value, path, maxLength, errors);
    }

    private static string? Optional(string? text, string path, int maxLength, ValidationErrors errors)
    {
        var value = text?.Trim();
        return string.IsNullOrEmpty(value) ? null : Limit(value, path, maxLength, errors);
    }

    private static string Limit(string value, string path, int maxLength, ValidationErrors errors)
    {
        if (value.Length > maxLength)
        {
            errors.Add(path, $"At most {maxLength} characters.");
        }

        return value;
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,32}$")]
    private static partial Regex MpnIdPattern();
}
