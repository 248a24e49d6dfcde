using System.Globalization;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Tests.Content;

/// <summary>The welcome says where requests go: to Partner Frontline Support, not to a "program team".</summary>
public sealed class WelcomeTextTests
{
    [Theory]
    [InlineData("en", "Partner Frontline Support")]
    [InlineData("nl", "Partner Frontline Support")]
    [InlineData("tr", "İş Ortağı Ön Hat Desteği")]
    public void The_welcome_sends_requests_to_Partner_Frontline_Support(string language, string support)
    {
        var intro = BotStrings.Get(CultureInfo.GetCultureInfo(language)).WelcomeIntro;

        Assert.Contains(support, intro, StringComparison.Ordinal);
        Assert.DoesNotContain("program team", intro, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("programmateam", intro, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("program ekib", intro, StringComparison.OrdinalIgnoreCase);
    }
}
