namespace BotKit.Hosting;

/// <summary>Supplies the bearer token for calls to the channel; null means no Authorization header (anonymous bot).</summary>
public interface IConnectorCredentials
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken = default);
}
