using LearningPartnerBot.RateLimiting;
using Microsoft.AspNetCore.Authentication;

namespace LearningPartnerBot.Staff;

public static class StaffApiExtensions
{
    /// <summary>
    /// Staff key authentication, the policy every staff endpoint requires, and the OpenAPI document describing them.
    /// </summary>
    public static IServiceCollection AddStaffApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StaffApiOptions>(configuration.GetSection(StaffApiOptions.SectionName));
        services.AddSingleton(StaffKeyRingFactory.Create);
        services.AddSingleton<FailedKeyThrottle>();
        services.AddHostedService<StaffKeyAnnouncer>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, StaffKeyAuthenticationHandler>(StaffAuthentication.Scheme, configureOptions: null);
        services.AddAuthorizationBuilder().AddPolicy(StaffAuthentication.Policy, policy => policy
            .AddAuthenticationSchemes(StaffAuthentication.Scheme)
            .RequireAuthenticatedUser())
            .AddPolicy(StaffRoles.AgentApiPolicy, policy => policy
                .AddAuthenticationSchemes(StaffAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .AddRequirements(new StaffRoleRequirement(StaffRoles.Agent)));
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, StaffRoleHandler>();
        services.AddOpenApi(StaffOpenApi.DocumentName, StaffOpenApi.Configure);
        return services;
    }

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
