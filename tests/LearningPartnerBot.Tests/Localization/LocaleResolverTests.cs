using System.Text.Json;
using BotKit.Schema;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Tests.Localization;

public class LocaleResolverTests
{
    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("nl", "nl")]
    [InlineData("nl-NL", "nl")]
    [InlineData("nl-BE", "nl")]
    [InlineData("NL-be", "nl")]
    [InlineData("nl_NL", "nl")]
    [InlineData("tr-TR", "tr")]
    [InlineData("tr", "tr")]
    public void Activity_locale_picks_its_language(string locale, string expected)
    {
        var culture = LocaleResolver.Resolve(new Activity { Locale = locale });

        Assert.Equal(expected, culture.Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("xx")]
    [InlineData("de-DE")]
    [InlineData("not a locale")]
    public void Unusable_activity_locale_falls_through_to_client_info(string? locale)
    {
        var activity = new Activity { Locale = locale, Entities = [ClientInfo("tr-TR")] };

        Assert.Equal("tr", LocaleResolver.Resolve(activity).Name);
    }

    [Fact]
    public void Activity_locale_wins_over_client_info()
    {
        var activity = new Activity { Locale = "nl-NL", Entities = [ClientInfo("tr-TR")] };

        Assert.Equal("nl", LocaleResolver.Resolve(activity).Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("fr-FR")]
    [InlineData("???")]
    public void Nothing_usable_means_english(string? clientLocale)
    {
        var activity = new Activity { Locale = "de-DE", Entities = [new Entity("mention"), ClientInfo(clientLocale)] };

        Assert.Equal("en", LocaleResolver.Resolve(activity).Name);
    }

    private static Entity ClientInfo(string? locale)
    {
        var entity = new Entity("clientInfo") { Properties = [] };
        if (locale is not null)
        {
            entity.Properties["locale"] = JsonSerializer.SerializeToElement(locale);
        }

        return entity;
    }
}
