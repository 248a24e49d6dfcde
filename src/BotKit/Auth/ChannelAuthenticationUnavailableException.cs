namespace BotKit.Auth;

/// <summary>
/// An inbound token could not be checked because its issuer's OpenID metadata or signing keys could not be fetched.
/// It says nothing about the token, which may be perfectly valid: the adapter answers 503 with Retry-After so the
/// channel delivers the activity again later, never 401 (which tells the channel its token is bad) and never a turn.
/// </summary>
public sealed class ChannelAuthenticationUnavailableException : Exception
{
    /// <summary>How long a channel is asked to wait; metadata outages are usually short and the SDK's cache refetches at once.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(30);

    public ChannelAuthenticationUnavailableException()
        : this("The channel's token could not be checked: its issuer's signing keys are unavailable.")
    {
    }

    public ChannelAuthenticationUnavailableException(string message)
        : base(message)
    {
    }

    public ChannelAuthenticationUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TimeSpan RetryAfter { get; init; } = DefaultRetryAfter;
}
