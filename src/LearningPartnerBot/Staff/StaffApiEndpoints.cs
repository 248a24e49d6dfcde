using LearningPartnerBot.RateLimiting;

namespace LearningPartnerBot.Staff;

public static class StaffApiEndpoints
{
    /// <summary>
    /// Serves the OpenAPI document and returns the /api group that requires a staff key; each area maps its staff
    /// endpoints on it (e.g. <c>app.MapStaffApi().MapEligibilityApi()</c>), so none can forget the key check.
    /// </summary>
    public static RouteGroupBuilder MapStaffApi(this IEndpointRouteBuilder endpoints)
    {
        // The document lists every staff endpoint and its parameters: for staff only, like the endpoints themselves.
        endpoints.MapOpenApi().RequireAuthorization(StaffAuthentication.Policy);
        var group = endpoints.MapGroup("/api");
        group.RequireAuthorization(StaffAuthentication.Policy);

        // The API works tickets and eligibility data: an agent's job. A content-only key is refused (403).
        group.RequireAuthorization(StaffRoles.AgentApiPolicy);
        group.RequireStaffKeyRateLimit();
        group.WithMetadata(new StaffEndpointMarker());
        return group;
    }
}
