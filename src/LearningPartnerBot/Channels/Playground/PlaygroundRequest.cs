using System.Globalization;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Channels.Playground;

/// <summary>What the visitor asked the page for: its language (?lang=, else the browser's) and a sample user (?user=).</summary>
public sealed record PlaygroundRequest(CultureInfo Culture, SampleUser? User)
{
    /// <summary>Web Chat's own strings and the activities' locale need a region: these are the ones Web Chat ships.</summary>
    public string WebChatLocale => Culture.TwoLetterISOLanguageName switch
    {
        "nl" => "nl-NL",
        "tr" => "tr-TR",
        _ => "en-US",
    };

    public static PlaygroundRequest From(HttpRequest request, ISampleUsers sampleUsers)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sampleUsers);
        var culture = SupportedLocales.Match(request.Query["lang"]) ?? RequestCulture.From(request);
        return new PlaygroundRequest(culture, sampleUsers.Find(request.Query["user"], culture));
    }
}
