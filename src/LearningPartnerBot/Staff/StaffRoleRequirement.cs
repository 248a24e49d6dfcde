using LearningPartnerBot.Staff.Pages;
using Microsoft.AspNetCore.Authorization;

namespace LearningPartnerBot.Staff;

/// <summary>The signed-in key (by its fingerprint, from a bearer key or a page session) must have <see cref="Role"/>.</summary>
public sealed class StaffRoleRequirement(string role) : IAuthorizationRequirement
{
    public string Role { get; } = role;
}

/// <summary>Checks a <see cref="StaffRoleRequirement"/> against the key ring as configured now.</summary>
internal sealed class StaffRoleHandler(StaffKeyRing keys) : AuthorizationHandler<StaffRoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffRoleRequirement requirement)
    {
        if (keys.Grants(context.User.FindFirst(SignInModel.KeyIdClaim)?.Value, requirement.Role))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
