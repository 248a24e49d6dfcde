using System.Collections.Concurrent;
using BotKit.Hosting;
using Microsoft.Extensions.Options;

namespace BotKit.Auth;

/// <summary>
/// Where the bot's own connector token may go. An activity's serviceUrl is whatever its sender wrote, so it is trusted
/// only when a Bot Connector token named it (its serviceurl claim matched) or when it is https on one of Microsoft's
/// connector hosts; any other URL would hand the bot's credentials to whoever runs that host.
/// </summary>
public sealed class TrustedServiceUrls
{
    /// <summary>Enough for every connector region a bot talks to; beyond it, the configured hosts still apply.</summary>
    private const int MaxRemembered = 1024;

    private readonly ConcurrentDictionary<string, byte> _vouched = new(StringComparer.OrdinalIgnoreCase);
    private readonly IReadOnlyList<string> _hosts;

    private readonly bool _allowLoopback;

    /// <param name="allowLoopback">
    /// Development only: the Emulator, run with the bot's credentials, listens on http://localhost, the developer's
    /// own machine.
    /// </param>
    public TrustedServiceUrls(IOptions<BotKitOptions> options, bool allowLoopback = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        _hosts = options.Value.TrustedServiceHosts is { Length: > 0 } hosts ? hosts : BotKitOptions.DefaultTrustedServiceHosts;
        _allowLoopback = allowLoopback;
    }

    /// <summary>With the public cloud's connector hosts only.</summary>
    public TrustedServiceUrls()
        : this(Options.Create(new BotKitOptions()))
    {
    }

    /// <summary>Call only for a serviceUrl that a validated Bot Connector token's serviceurl claim matched.</summary>
    public void Remember(string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (_vouched.Count < MaxRemembered && Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
        {
            _vouched.TryAdd(Key(uri), 0);
        }
    }

    /// <summary>Whether a request carrying the bot's token may go to <paramref name="serviceUrl"/>.</summary>
    public bool MayReceiveToken(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrl.IsAbsoluteUri || !string.IsNullOrEmpty(serviceUrl.UserInfo))
        {
            return false;
        }

        if (_allowLoopback && serviceUrl.IsLoopback && (serviceUrl.Scheme == Uri.UriSchemeHttp || serviceUrl.Scheme == Uri.UriSchemeHttps))
        {
            return true;
        }

        if (serviceUrl.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        return _vouched.ContainsKey(Key(serviceUrl)) || _hosts.Any(pattern => HostMatches(serviceUrl.IdnHost, pattern));
    }

    private static string Key(Uri uri) => uri.GetLeftPart(UriPartial.Path).TrimEnd('/');

    private static bool HostMatches(string host, string pattern)
    {
        if (pattern.StartsWith("*.", StringComparison.Ordinal))
        {
            // "*.botframework.com" covers webchat.botframework.com but not botframework.com.evil.example.
            return host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase) && host.Length > pattern.Length - 1;
        }

        return string.Equals(host, pattern, StringComparison.OrdinalIgnoreCase);
    }
}
