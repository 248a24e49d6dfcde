using System.Globalization;
using LearningPartnerBot.Eligibility.Demo;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Channels.Playground;

/// <summary>What the visitor asked the page for: its language (?lang=, else the browser's) and a sample user (?user=).</summary>
public sealed record PlaygroundRequest(CultureInfo Culture, DemoIdentity? DemoUser)
{
    /// <summary>Web Chat's own strings and the activities' locale need a region: these are the ones Web Chat ships.</summary>
    public string WebChatLocale => Culture.TwoLetterISOLanguageName switch
    {
        "nl" => "nl-NL",
        "tr" => "tr-TR",
        _ => "en-US",
    };

    public static PlaygroundRequest From(HttpRequest request, bool demoIdentities)
    {
        ArgumentNullException.ThrowIfNull(request);
        var culture = SupportedLocales.Match(request.Query["lang"]) ?? RequestCulture.From(request);
        string? user = request.Query["user"];
        var demoUser = demoIdentities ? DemoPartners.Users.FirstOrDefault(u => u.AadObjectId == user) : null;
        return new PlaygroundRequest(culture, demoUser);
    }
}
