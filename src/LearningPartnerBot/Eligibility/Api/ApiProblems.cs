namespace LearningPartnerBot.Eligibility.Api;

/// <summary>The staff API's ProblemDetails answers that several endpoints share.</summary>
internal static class ApiProblems
{
    public static IResult UnknownPartner(string mpnId) => TypedResults.Problem(
        title: "Unknown partner.",
        detail: $"No partner with MPN ID '{mpnId}'. Load it first with PUT /api/partners/{mpnId}.",
        statusCode: StatusCodes.Status404NotFound);

    public static IResult BadRequest(string title, string detail) => TypedResults.Problem(
        title: title,
        detail: detail,
        statusCode: StatusCodes.Status400BadRequest);
}
