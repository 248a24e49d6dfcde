namespace LearningPartnerBot.Staff;

/// <summary>The staff API's settings, bound from the "Staff" configuration section.</summary>
public sealed class StaffApiOptions
{
    public const string SectionName = "Staff";

    /// <summary>
    /// Keys that staff tools send as <c>Authorization: Bearer &lt;key&gt;</c>. Several may be valid at once so a key
    /// can be rotated without downtime. Keep them in user secrets or the host's secret store, not in appsettings.json.
    /// </summary>
    public List<string> ApiKeys { get; set; } = [];
}
