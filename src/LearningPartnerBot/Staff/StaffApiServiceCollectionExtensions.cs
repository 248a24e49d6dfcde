using LearningPartnerBot.RateLimiting;
using Microsoft.AspNetCore.Authentication;

namespace LearningPartnerBot.Staff;

public static class StaffApiServiceCollectionExtensions
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
}
