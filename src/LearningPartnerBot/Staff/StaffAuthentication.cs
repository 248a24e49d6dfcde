namespace LearningPartnerBot.Staff;

/// <summary>Names shared by everything that protects or describes staff endpoints.</summary>
public static class StaffAuthentication
{
    /// <summary>The authentication scheme that checks staff keys.</summary>
    public const string Scheme = "StaffKey";

    /// <summary>The authorization policy every staff endpoint requires (applied once, to the staff route group).</summary>
    public const string Policy = "Staff";
}
