namespace LearningPartnerBot.Staff;

/// <summary>The staff API's settings, bound from the "Staff" configuration section.</summary>
public sealed class StaffApiOptions
{
    public const string SectionName = "Staff";

    /// <summary>
    /// Keys that staff tools send as <c>Authorization: Bearer &lt;key&gt;</c>. Several may be valid at once so a key
    /// can be rotated without downtime. Keep them in user secrets or the host's secret store, not in appsettings.json.
    /// Each must have at least <see cref="StaffKeyRing.MinimumKeyLength"/> characters, or the bot refuses to start.
    /// </summary>
    public List<string> ApiKeys { get; set; } = [];

    /// <summary>
    /// Keys with the name of the staff member or tool that holds them, which signs their comments on the staff pages.
    /// Keys in <see cref="ApiKeys"/> are named "Staff key 1", "Staff key 2", ….
    /// </summary>
    public List<StaffNamedKey> Keys { get; set; } = [];

    /// <summary>
    /// Per key holder's name (as in <see cref="Keys"/>, or "Staff key 1", … for <see cref="ApiKeys"/>), the roles the
    /// key has: <c>agent</c>, <c>content</c> or both. A key not listed is an agent (<see cref="StaffRoles.Default"/>).
    /// </summary>
    public Dictionary<string, List<string>> Roles { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>One entry of Staff:Keys.</summary>
public sealed class StaffNamedKey
{
    public string? Name { get; set; }

    public string? Key { get; set; }

    /// <summary>From <see cref="StaffApiOptions.Roles"/>; not read from the key's own entry, so roles live in one place.</summary>
    internal IReadOnlyList<string>? GrantedRoles { get; init; }
}
