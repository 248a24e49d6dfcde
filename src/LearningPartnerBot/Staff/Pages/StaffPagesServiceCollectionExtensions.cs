using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.WebEncoders;
using LearningPartnerBot.Insights;

namespace LearningPartnerBot.Staff.Pages;

public static class StaffPagesServiceCollectionExtensions
{
    /// <summary>
    /// The staff web pages under /staff: Razor Pages from Staff/Pages, a staff key sign-in into a cookie scoped to
    /// /staff, and antiforgery on every form. Needs <see cref="StaffApiServiceCollectionExtensions.AddStaffApi"/> for the key ring.
    /// </summary>
    public static IServiceCollection AddStaffPages(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(StaffPagesAuthentication.CookieScheme, options =>
        {
            options.LoginPath = StaffPagesAuthentication.SignInPath;
            options.LogoutPath = StaffPagesAuthentication.SignOutPath;
            options.AccessDeniedPath = StaffPagesAuthentication.SignInPath;
            // Signed in, but the key lacks the page's role: say so (403) rather than ask for a key again.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                context.Response.ContentType = "text/html; charset=utf-8";
                return context.Response.WriteAsync(
                    "<!DOCTYPE html><html lang=\"en\"><title>Not allowed</title><h1>Not allowed</h1><p>Your staff key does not have the role this page needs. Ask the bot's administrator (Staff:Roles).</p><p><a href=\"/staff\">Back to the staff pages</a></p></html>");
            };
            options.ExpireTimeSpan = StaffPagesAuthentication.Lifetime;
            // Absolute lifetime: a key removed from the ring stops working on the pages within a day at most.
            options.SlidingExpiration = false;
            options.Cookie.Name = "lpb-staff";
            ScopeToStaffPages(options.Cookie);

            // A session lasts only as long as the key it was opened with is still configured.
            options.Events.OnValidatePrincipal = async context =>
            {
                var keys = context.HttpContext.RequestServices.GetRequiredService<StaffKeyRing>();
                if (!keys.StillHolds(context.Principal?.FindFirst(SignInModel.KeyIdClaim)?.Value))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(StaffPagesAuthentication.CookieScheme);
                }
            };
        });

        // Outside Development the cookies never travel over plain http. On App Service, TLS ends at the front end, so
        // the app sees https through its forwarded headers (ASPNETCORE_FORWARDEDHEADERS_ENABLED in the templates).
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(StaffPagesAuthentication.CookieScheme)
            .Configure<IHostEnvironment>((options, environment) => options.Cookie.SecurePolicy = SecurePolicy(environment));
        services.AddOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>()
            .Configure<IHostEnvironment>((options, environment) => options.Cookie.SecurePolicy = SecurePolicy(environment));
        services.AddAuthorizationBuilder().AddPolicy(StaffPagesAuthentication.Policy, policy => policy
            .AddAuthenticationSchemes(StaffPagesAuthentication.CookieScheme)
            .RequireAuthenticatedUser())
            .AddPolicy(StaffRoles.AgentPagesPolicy, policy => policy
                .AddAuthenticationSchemes(StaffPagesAuthentication.CookieScheme)
                .RequireAuthenticatedUser()
                .AddRequirements(new StaffRoleRequirement(StaffRoles.Agent)))
            .AddPolicy(StaffRoles.ContentPagesPolicy, policy => policy
                .AddAuthenticationSchemes(StaffPagesAuthentication.CookieScheme)
                .RequireAuthenticatedUser()
                .AddRequirements(new StaffRoleRequirement(StaffRoles.Content)));
        services.AddInsights();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "lpb-staff-antiforgery";
            ScopeToStaffPages(options.Cookie);
        });
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Staff/Pages";
            options.Conventions.AuthorizeFolder("/", StaffPagesAuthentication.Policy);
            options.Conventions.AllowAnonymousToPage("/SignIn");
            options.Conventions.AuthorizePage("/Dashboard", StaffRoles.AgentPagesPolicy);
            options.Conventions.AuthorizePage("/Queue", StaffRoles.AgentPagesPolicy);
            options.Conventions.AuthorizePage("/Ticket", StaffRoles.AgentPagesPolicy);
            options.Conventions.AuthorizePage("/Review", StaffRoles.ContentPagesPolicy);
            options.Conventions.AuthorizePage("/ReviewDecision", StaffRoles.ContentPagesPolicy);
            // The pages show partner names and e-mail addresses: no copy should stay in a shared browser's cache.
            options.Conventions.AddFolderApplicationModelConvention("/", page =>
                page.Filters.Add(new ResponseCacheAttribute { NoStore = true, Location = ResponseCacheLocation.None }));
        });
        // Razor escapes everything outside Basic Latin by default, which turns names like "Ayşe" into entities.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }

    private static CookieSecurePolicy SecurePolicy(IHostEnvironment environment) =>
        environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

    private static void ScopeToStaffPages(CookieBuilder cookie)
    {
        cookie.Path = StaffPagesAuthentication.PathPrefix;
        cookie.HttpOnly = true;
        cookie.SameSite = SameSiteMode.Strict;
        cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    }
}
