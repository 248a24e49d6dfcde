namespace BotKit.Hosting;

/// <summary>Supplies the bearer token for calls to the channel; null means no Authorization header (anonymous bot).</summary>
public interface IConnectorCredentials
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken = default);
}

/// <summary>For a bot with no MicrosoftAppId: the Emulator and local Direct Line accept calls without a token.</summary>
public sealed class AnonymousConnectorCredentials : IConnectorCredentials
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
}
