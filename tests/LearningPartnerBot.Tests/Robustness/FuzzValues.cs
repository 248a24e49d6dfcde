using System.Text;
using System.Text.Json.Nodes;

namespace LearningPartnerBot.Tests.Robustness;

/// <summary>Random JSON values of every kind, and strings chosen to break parsers, culture lookups and URIs.</summary>
internal sealed class FuzzValues(Random random)
{
    private static readonly string[] OddStrings =
    [
        "", " ", "\0", "\u202e\u0645", "💥🤖", "İıŞşĞğ", "ĳ", "a\r\nb", "{\"type\":\"message\"}", "null", "NaN", "-0", "1e309",
        "%00", "../../etc/passwd", "<script>alert(1)</script>", "'; DROP TABLE Tickets; --", "\\u0000",
        "12/13/2026", "2026-02-30", "99999999999999999999999", "-1", "0x1F", "1.234,56", "1,234.56", "€ 5.000,00",
    ];

    private static readonly string[] Locales =
    [
        "en-US", "nl-NL", "tr-TR", "nl-BE", "tr", "en", "", " ", "xx", "zz-ZZ", "en_US", "und", "x-klingon", "nl-NL-x-foo",
        "@@@", "tr-TR-u-co-trad", "iw", "zh-Hant-TW", "EN-us", "a-b-c-d-e-f-g-h", "c", "inv", "🙂", "de-DE",
    ];

    private static readonly string[] ServiceUrls =
    [
        "https://directline.botframework.com/", "https://smba.trafficmanager.net/emea/", "", " ", "not a url", "ftp://example.com/",
        "http://", "http://[::1", "javascript:alert(1)", "http://127.0.0.1:9/", "https://example.com/path?query=1#frag",
        "file:///etc/passwd", "//no-scheme", "http://exa mple.com/", "https://xn--80ak6aa92e.com/",
    ];

    private static readonly string[] Texts =
    [
        "hi", "hallo", "merhaba", "1", "2", "3", "4", "menu", "help", "cancel", "exit", "back", "yes", "no", "evet", "nee",
        "How do I enroll as a Learning Partner?", "wanneer zie ik mijn kpi's", "am I eligible for gold?", "file a request",
        "KPI discrepancy", "my requests", "talk to a person", "when will my invoice from March show up?", "Cloud Platform",
        "INV-123456", "1.234,56", "march", "13", "2026", "Gold", "Silver", "Learning Action Pack", "directory listing",
    ];

    public Random Random { get; } = random;

    public bool Chance(double p) => Random.NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    public string Locale() => Chance(0.7) ? Pick(Locales) : String();

    public string ServiceUrl() => Chance(0.8) ? Pick(ServiceUrls) : String();

    public string Text() => Random.Next(6) switch
    {
        0 => String(),
        1 => Huge(),
        _ => Pick(Texts),
    };

    public string String() => Random.Next(4) switch
    {
        0 => Pick(OddStrings),
        1 => RandomUnicode(Random.Next(1, 40)),
        2 => Pick(Texts),
        _ => Random.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    // Large, but under the 256 KB body limit often enough that the bot, not the size check, meets it.
    public string Huge() => new(Pick(['a', 'ş', '9', ' ', '€']), Random.Next(1_000, 60_000));

    /// <summary>A value of any JSON kind; containers may nest.</summary>
    public JsonNode? Any(int depth = 0) => Random.Next(depth > 3 ? 6 : 9) switch
    {
        0 => null,
        1 => JsonValue.Create(Chance(0.5)),
        2 => JsonValue.Create(Random.Next(int.MinValue, int.MaxValue)),
        3 => JsonValue.Create(Random.NextDouble() * Math.Pow(10, Random.Next(-5, 30))),
        4 => JsonValue.Create(String()),
        5 => JsonValue.Create(Chance(0.2) ? Huge() : Pick(Texts)),
        6 => new JsonArray([.. Enumerable.Range(0, Random.Next(4)).Select(_ => Any(depth + 1))]),
        _ => Object(depth + 1),
    };

    public JsonObject Object(int depth = 0)
    {
        var obj = new JsonObject();
        for (var i = Random.Next(5); i > 0; i--)
        {
            obj[Chance(0.5) ? String() : Pick(Texts)] = Any(depth + 1);
        }

        return obj;
    }

    /// <summary>Arrays or objects nested past System.Text.Json's default depth of 64.</summary>
    public string DeepJson(int depth)
    {
        var builder = new StringBuilder();
        var arrays = Chance(0.5);
        for (var i = 0; i < depth; i++)
        {
            builder.Append(arrays ? "[" : "{\"a\":");
        }

        builder.Append('1');
        for (var i = 0; i < depth; i++)
        {
            builder.Append(arrays ? ']' : '}');
        }

        return builder.ToString();
    }

    private string RandomUnicode(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            // No lone surrogates here: the serializer refuses them; broken text is sent as raw bytes instead.
            var c = Random.Next(Chance(0.7) ? 0x20 : 0, Chance(0.8) ? 0x250 : 0xFFFF);
            chars[i] = (char)(c is >= 0xD800 and <= 0xDFFF ? c - 0x1000 : c);
        }

        return new string(chars);
    }
}
