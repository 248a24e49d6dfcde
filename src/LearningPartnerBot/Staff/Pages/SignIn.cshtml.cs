using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningPartnerBot.Staff.Pages;

/// <summary>
/// Exchanges a staff key (the same keys the staff API accepts) for the pages' sign-in cookie. The key itself is never
/// stored in the cookie, only its holder's name (which signs the comments written in this session) and a fingerprint
/// that ends the session when the key is removed. Wrong keys count towards the client's <see cref="FailedKeyThrottle"/>.
/// </summary>
public sealed class SignInModel(StaffKeyRing keys, FailedKeyThrottle throttle) : PageModel
{
    /// <summary>The session cookie's claim holding <see cref="StaffKeyHolder.KeyId"/>.</summary>
    public const string KeyIdClaim = "lpb:staff-key";

    [BindProperty]
    public string? Key { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? KeyError { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var client = FailedKeyThrottle.ClientOf(HttpContext);
        if (throttle.RetryAfterSeconds(client) is { } wait)
        {
            Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
            KeyError = $"Too many wrong keys from this computer. Try again in {Math.Max(1, wait / 60)} minute(s).";
            return new PageResult { StatusCode = StatusCodes.Status429TooManyRequests };
        }

        if (keys.Match(Key?.Trim()) is not { } holder)
        {
            throttle.RecordFailure(client);
            KeyError = "That staff key is not valid. Use a key from Staff:ApiKeys or Staff:Keys.";
            return Page();
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, holder.Name), new Claim(KeyIdClaim, holder.KeyId)],
            StaffPagesAuthentication.CookieScheme);
        await HttpContext.SignInAsync(StaffPagesAuthentication.CookieScheme, new ClaimsPrincipal(identity));
        // Without a page to return to, a content owner starts at the review queue (the dashboard is the agents').
        return LocalRedirect(ReturnUrl is null && !holder.Roles.Contains(StaffRoles.Agent) ? "/staff/review" : Destination());
    }

    /// <summary>Back to the staff page that sent here; anything else (another site, the API) goes to the queue.</summary>
    private string Destination() =>
        ReturnUrl is { } url
        && Url.IsLocalUrl(url)
        && (url == StaffPagesAuthentication.PathPrefix || url.StartsWith(StaffPagesAuthentication.PathPrefix + "/", StringComparison.OrdinalIgnoreCase))
            ? url
            : StaffPagesAuthentication.PathPrefix;
}
