namespace BotKit.Hosting;

/// <summary>For a bot with no MicrosoftAppId: the Emulator and local Direct Line accept calls without a token.</summary>
public sealed class AnonymousConnectorCredentials : IConnectorCredentials
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
}
