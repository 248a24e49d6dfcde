using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningPartnerBot.Staff.Pages;

/// <summary>
/// Exchanges a staff key (the same keys the staff API accepts) for the pages' sign-in cookie. The key itself is never
/// stored in the cookie; the name typed here signs the comments this staff member writes.
/// </summary>
public sealed class SignInModel(StaffKeyRing keys) : PageModel
{
    public const int MaxNameLength = 256;

    [BindProperty]
    public string? Key { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? KeyError { get; private set; }

    public string? NameError { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            NameError = "Enter your name; it is shown as the author of your comments.";
        }
        else if (name.Length > MaxNameLength)
        {
            NameError = $"Your name can be at most {MaxNameLength} characters.";
        }

        // Checked even when the name is missing, so the answer takes as long whatever was wrong.
        if (!keys.Accepts(Key?.Trim()))
        {
            KeyError = "That staff key is not valid. Use a key from Staff:ApiKeys.";
        }

        if (KeyError is not null || NameError is not null)
        {
            return Page();
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name!)], StaffPagesAuthentication.CookieScheme);
        await HttpContext.SignInAsync(StaffPagesAuthentication.CookieScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Destination());
    }

    /// <summary>Back to the staff page that sent here; anything else (another site, the API) goes to the queue.</summary>
    private string Destination() =>
        ReturnUrl is { } url
        && Url.IsLocalUrl(url)
        && (url == StaffPagesAuthentication.PathPrefix || url.StartsWith(StaffPagesAuthentication.PathPrefix + "/", StringComparison.OrdinalIgnoreCase))
            ? url
            : StaffPagesAuthentication.PathPrefix;
}
