namespace LearningPartnerBot.Eligibility.Api;

public static class EligibilityApiEndpoints
{
    /// <summary>
    /// The eligibility staff endpoints, mapped on the staff group (which requires the staff key):
    /// <c>app.MapStaffApi().MapEligibilityApi()</c>.
    /// </summary>
    public static RouteGroupBuilder MapEligibilityApi(this RouteGroupBuilder staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        // A nested group, so the tag stays on these endpoints and not on other areas' staff endpoints.
        var eligibility = staff.MapGroup(string.Empty).WithTags("Eligibility");
        PartnerEndpoints.Map(eligibility);
        KpiEndpoints.Map(eligibility);
        CompetencyEndpoints.Map(eligibility);
        RequirementEndpoints.Map(eligibility);
        EligibilityEndpoints.Map(eligibility);
        return staff;
    }
}
