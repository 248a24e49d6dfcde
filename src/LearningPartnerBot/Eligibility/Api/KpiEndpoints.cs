using LearningPartnerBot.Eligibility.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace LearningPartnerBot.Eligibility.Api;

/// <summary>POST /api/partners/{mpnId}/kpis: loads KPI dashboard lines from CSV, all or nothing.</summary>
internal static class KpiEndpoints
{
    public static void Map(RouteGroupBuilder staff) =>
        staff.MapPost("/partners/{mpnId}/kpis", PostAsync)
            .WithName("PostKpis")
            .WithSummary("Loads KPI invoice lines from text/csv; any bad row refuses the whole file. A line with the same Invoice # and OMLP type replaces the stored one.")
            // Described for OpenAPI only: Accepts() would make routing answer 415 before the staff key is checked.
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = CsvRequestBody();
                return Task.CompletedTask;
            })
            .Produces<KpiUploadResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<IResult> PostAsync(
        string mpnId,
        HttpRequest request,
        [FromServices] IDbContextFactory<EligibilityDbContext> contexts,
        CancellationToken cancellationToken)
    {
        if (!IsCsv(request))
        {
            return TypedResults.Problem(
                title: "Send the KPI lines as CSV.",
                detail: "Use Content-Type: text/csv.",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Partners.AnyAsync(p => p.MpnId == mpnId, cancellationToken))
        {
            return ApiProblems.UnknownPartner(mpnId);
        }

        using var reader = new StreamReader(request.Body);
        var import = KpiCsvImport.Read(await reader.ReadToEndAsync(cancellationToken), mpnId, await KnownCompetencies.LoadAsync(db, cancellationToken));
        if (!import.Succeeded)
        {
            return TypedResults.Problem(
                title: "The KPI file was refused; nothing was saved.",
                detail: string.Join(" ", import.Errors.Select(e => $"Row {e.Row}: {string.Join(" ", e.Reasons)}")),
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["rows"] = import.Errors });
        }

        var stored = await db.Kpis.Where(k => k.PartnerMpnId == mpnId)
            .ToDictionaryAsync(k => (k.InvoiceNumber, k.OmlpType), cancellationToken);
        var replaced = 0;
        foreach (var record in import.Records)
        {
            if (stored.TryGetValue((record.InvoiceNumber, record.OmlpType), out var existing))
            {
                Overwrite(existing, record);
                replaced++;
            }
            else
            {
                db.Kpis.Add(record);
            }
        }

        // One SaveChanges is one transaction: an upload lands whole or not at all.
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new KpiUploadResult(import.Records.Count - replaced, replaced));
    }

    private static OpenApiRequestBody CsvRequestBody() => new()
    {
        Required = true,
        Description = $"A header line exactly '{string.Join(",", KpiCsvImport.Header)}', then one line per invoice line.",
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
        },
    };

    private static bool IsCsv(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase);

    private static void Overwrite(KpiRecord existing, KpiRecord upload)
    {
        existing.Month = upload.Month;
        existing.Year = upload.Year;
        existing.PurchaseUnit = upload.PurchaseUnit;
        existing.KpiValue = upload.KpiValue;
        existing.RevenueValue = upload.RevenueValue;
        existing.Currency = upload.Currency;
        existing.Competency = upload.Competency;
        existing.DocumentType = upload.DocumentType;
    }
}

/// <summary>How many KPI lines an upload added and how many replaced a stored line with the same Invoice # and OMLP type.</summary>
public sealed record KpiUploadResult(int Added, int Replaced);
