using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LearningPartnerBot.Staff;

/// <summary>The OpenAPI document at /openapi/v1.json: the staff endpoints only, with their bearer-key scheme.</summary>
internal static class StaffOpenApi
{
    public const string DocumentName = "v1";

    public static void Configure(OpenApiOptions options)
    {
        // The bot's own endpoints (/api/messages, health) are for channels and probes, not for staff tools.
        options.ShouldInclude = description =>
            description.ActionDescriptor.EndpointMetadata.OfType<StaffEndpointMarker>().Any();

        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "LearningPartnerBot staff API";
            document.Info.Description = "Loads partner data, KPI invoices, competencies and requirement sets, explains eligibility verdicts, and works the ticket queue.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[StaffAuthentication.Scheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A staff key from Staff:ApiKeys (in Development, the key file in the data folder).",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(StaffAuthentication.Scheme, document)] = [],
            });
            return Task.CompletedTask;
        });
    }
}

/// <summary>Marks endpoints mapped on the staff group, so the OpenAPI document can list exactly those.</summary>
internal sealed class StaffEndpointMarker;
