namespace LearningPartnerBot.Staff.Pages;

/// <summary>Names and paths shared by the staff web pages' cookie sign-in.</summary>
public static class StaffPagesAuthentication
{
    /// <summary>The cookie scheme the pages sign staff into; the /api staff endpoints never accept it.</summary>
    public const string CookieScheme = "StaffCookie";

    /// <summary>The policy every staff page except sign-in requires.</summary>
    public const string Policy = "StaffPages";

    /// <summary>The cookie is only sent to the pages, so it cannot reach (or be mistaken for a key by) the API.</summary>
    public const string PathPrefix = "/staff";

    public const string SignInPath = "/staff/sign-in";

    public const string SignOutPath = "/staff/sign-out";

    /// <summary>A working day; after that a staff member types the key again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);
}
