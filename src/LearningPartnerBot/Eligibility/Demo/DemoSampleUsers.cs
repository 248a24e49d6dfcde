using System.Globalization;
using LearningPartnerBot.Channels;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Eligibility.Data;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Eligibility.Demo;

/// <summary>
/// The demo partners' users, offered to a browser channel while Eligibility:DemoIdentities is on, so the
/// eligibility check can be tried as each of them.
/// </summary>
internal sealed class DemoSampleUsers(IOptions<EligibilityChatOptions> options) : ISampleUsers
{
    public IReadOnlyList<SampleUser> Offered(CultureInfo culture)
    {
        if (!options.Value.DemoIdentities)
        {
            return [];
        }

        var strings = EligibilityChatStrings.Get(culture);
        return [.. DemoPartners.Users.Select(user => new SampleUser(
            user.AadObjectId,
            user.Name,
            strings.DemoIdentity(user.Name, user.PartnerName, RoleName(user.Role, strings))))];
    }

    private static string RoleName(PartnerRole role, EligibilityChatStrings strings) => role switch
    {
        PartnerRole.MpnPartnerAdmin => strings.RoleMpnPartnerAdmin,
        PartnerRole.AccountAdmin => strings.RoleAccountAdmin,
        _ => strings.RoleOther,
    };
}
