using LearningPartnerBot.Eligibility.Advice;
using LearningPartnerBot.Eligibility.Rules;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Staff.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace LearningPartnerBot.Eligibility.Api;

/// <summary>GET /api/partners/{mpnId}/eligibility: the verdict the chat would give, as JSON, for checking loaded data.</summary>
internal static class EligibilityEndpoints
{
    public static void Map(RouteGroupBuilder staff) =>
        staff.MapGet("/partners/{mpnId}/eligibility", GetAsync)
            .WithName("GetEligibility")
            .WithSummary("Runs the eligibility rules for a partner and competency on a date (today when asOf is left out); nextSteps follow Accept-Language (en, nl, tr).")
            .Produces<EligibilityResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> GetAsync(
        string mpnId,
        string? competency,
        string? asOf,
        HttpContext context,
        [FromServices] IEligibilityService eligibility,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(competency))
        {
            return ApiProblems.BadRequest("A competency is required.", "Add ?competency=NAME, e.g. ?competency=Cloud%20Platform.");
        }

        DateOnly? date = null;
        if (asOf is not null)
        {
            if (!ApiValues.TryParseDate(asOf, out var parsed))
            {
                return ApiProblems.BadRequest("Bad date.", $"asOf '{asOf}' is not a date in the form YYYY-MM-DD.");
            }

            date = parsed;
        }

        EligibilityVerdict verdict;
        try
        {
            verdict = await eligibility.CheckAsync(mpnId, competency.Trim(), date, cancellationToken);
        }
        catch (UnknownPartnerException)
        {
            return ApiProblems.UnknownPartner(mpnId);
        }
        catch (UnknownCompetencyException)
        {
            return ApiProblems.BadRequest("Unknown competency.", KnownCompetencies.Unknown(competency));
        }

        var culture = RequestCulture.From(context.Request);
        context.Response.Headers[HeaderNames.ContentLanguage] = culture.Name;
        return TypedResults.Ok(EligibilityResponse.From(verdict, NextStepsWriter.Write(verdict, asker: null, culture).All));
    }
}
