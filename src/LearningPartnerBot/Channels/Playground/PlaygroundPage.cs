using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using LearningPartnerBot.Channels.DirectLine;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Channels.Playground;

/// <summary>
/// The HTML of GET /: a small form (language, sample user) that reloads the page, and the element Web Chat renders
/// into. The form works without script, so switching is a plain page load that starts a fresh conversation.
/// </summary>
public static class PlaygroundPage
{
    public const string WebChatScript = "/playground/webchat.js";
    public const string PageScript = "/playground/playground.js";
    public const string StyleSheet = "/playground/playground.css";

    // Letters stay readable in the source (Türkçe, not T&#xFC;rk&#xE7;e); markup characters are still encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(PlaygroundRequest request, IReadOnlyList<SampleUser> sampleUsers)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sampleUsers);
        var strings = new PlaygroundStrings(request.Culture);
        var html = new StringBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="{E(request.Culture.TwoLetterISOLanguageName)}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(strings.PageTitle)}</title>
            <link rel="stylesheet" href="{StyleSheet}">
            </head>
            <body>
            <header>
            <h1>{E(strings.PageTitle)}</h1>
            <p>{E(strings.Intro)}</p>
            <form method="get" action="/" class="controls">
            <div class="field">
            <label for="lang">{E(strings.LanguageLabel)}</label>
            <select id="lang" name="lang">

            """);
        foreach (var culture in SupportedLocales.All)
        {
            var name = culture.TwoLetterISOLanguageName;
            var selected = name == request.Culture.TwoLetterISOLanguageName ? " selected" : string.Empty;
            html.Append($"""<option value="{E(name)}" lang="{E(name)}"{selected}>{E(Endonym(culture))}</option>""").Append('\n');
        }

        html.Append("</select>\n</div>\n");
        if (sampleUsers.Count > 0)
        {
            AppendIdentityPicker(html, request, sampleUsers, strings);
        }

        html.Append($"""
            <button type="submit">{E(strings.Restart)}</button>
            </form>
            </header>
            <main>
            <p id="chat-status" role="status" aria-live="polite">{E(strings.Connecting)}</p>
            <noscript><p>{E(strings.NoScript)}</p></noscript>
            <section id="webchat" aria-label="{E(strings.ChatRegion)}"
              data-domain="{DirectLineEndpoints.BasePath}"
              data-locale="{E(request.WebChatLocale)}"
              data-user-id="{E(request.User?.AadObjectId ?? string.Empty)}"
              data-user-name="{E(request.User?.Name ?? string.Empty)}"
              data-connection-failed="{E(strings.ConnectionFailed)}"
              data-bundle-missing="{E(strings.BundleMissing)}"></section>
            </main>
            <script src="{WebChatScript}"></script>
            <script src="{PageScript}"></script>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static void AppendIdentityPicker(StringBuilder html, PlaygroundRequest request, IReadOnlyList<SampleUser> sampleUsers, PlaygroundStrings strings)
    {
        html.Append($"""
            <div class="field">
            <label for="user">{E(strings.IdentityLabel)}</label>
            <select id="user" name="user" aria-describedby="user-help">
            <option value="">{E(strings.IdentityNone)}</option>

            """);
        foreach (var user in sampleUsers)
        {
            var selected = user.AadObjectId == request.User?.AadObjectId ? " selected" : string.Empty;
            html.Append($"""<option value="{E(user.AadObjectId)}"{selected}>{E(user.Label)}</option>""").Append('\n');
        }

        html.Append($"""
            </select>
            <p id="user-help" class="help">{E(strings.IdentityHelp)}</p>
            </div>

            """);
    }

    /// <summary>Each language is offered in its own name, so a visitor can find theirs whatever the page's language.</summary>
    private static string Endonym(System.Globalization.CultureInfo culture)
    {
        var name = culture.NativeName;
        return char.ToUpper(name[0], culture) + name[1..];
    }

    private static string E(string text) => Html.Encode(text);
}
