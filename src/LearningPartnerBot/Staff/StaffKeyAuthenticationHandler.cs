using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Staff;

/// <summary>Authenticates a staff tool by the key it sends as <c>Authorization: Bearer &lt;key&gt;</c>.</summary>
internal sealed class StaffKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    StaffKeyRing keys,
    FailedKeyThrottle throttle)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    private const string BearerScheme = "Bearer";

    private int? _retryAfterSeconds;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, BearerScheme, StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrWhiteSpace(header.Parameter))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var client = FailedKeyThrottle.ClientOf(Context);
        if (throttle.RetryAfterSeconds(client) is { } wait)
        {
            _retryAfterSeconds = wait;
            return Task.FromResult(AuthenticateResult.Fail("Too many wrong staff keys from this client."));
        }

        if (keys.Match(header.Parameter.Trim()) is not { } holder)
        {
            throttle.RecordFailure(client);
            return Task.FromResult(AuthenticateResult.Fail("The staff key is not valid."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, holder.Name), new Claim(Pages.SignInModel.KeyIdClaim, holder.KeyId)], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (_retryAfterSeconds is { } wait)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Response.WriteAsJsonAsync(
                new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Title = "Too many wrong staff keys.", Detail = "Try again after the time in Retry-After." },
                options: null,
                contentType: "application/problem+json");
            return;
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = BearerScheme;
        await Response.WriteAsJsonAsync(
            new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "A staff key is required.",
                Detail = "Send a key configured in Staff:ApiKeys as 'Authorization: Bearer <key>'.",
            },
            options: null,
            contentType: "application/problem+json");
    }
}
