namespace LearningPartnerBot.Staff;

/// <summary>
/// What a staff key may do, from Staff:Roles (holder name → roles). <see cref="Agent"/> works tickets and reads the
/// dashboard (and the staff API); <see cref="Content"/> works the FAQ review queue. A key not listed there is an
/// agent, which is all any key could do before roles existed, so upgrading changes no one's access.
/// </summary>
public static class StaffRoles
{
    public const string Agent = "agent";

    public const string Content = "content";

    public static readonly IReadOnlyList<string> All = [Agent, Content];

    /// <summary>The roles of a key Staff:Roles does not list.</summary>
    public static readonly IReadOnlyList<string> Default = [Agent];

    /// <summary>The page and API policies that require each role.</summary>
    public const string AgentPagesPolicy = "StaffPages:agent";

    public const string ContentPagesPolicy = "StaffPages:content";

    public const string AgentApiPolicy = "StaffApi:agent";
}
