namespace BotKit.Hosting;

/// <summary>A Connector API call that failed: the channel's HTTP status, or 0 when the channel was never reached.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(int statusCode, string message)
        : base(message) => StatusCode = statusCode;

    public int StatusCode { get; }
}
