namespace BotKit.Tests.Auth;

/// <summary>Keys are cached, and a token naming an unknown key id triggers one refresh of the published key set.</summary>
public sealed class SigningKeyRefreshTests
{
    private readonly AuthenticatedEndpoint endpoint = new();
    private readonly SigningKey currentKey = new("bc-key-1", "msteams");
    private readonly ChannelTokens valid = new();

    public SigningKeyRefreshTests() => endpoint.Provider.PublishBotConnectorKey(currentKey);

    [Fact]
    public async Task Keys_are_fetched_once_and_reused_across_requests()
    {
        await endpoint.PostAsync(valid.Sign(currentKey.Credentials()));
        await endpoint.PostAsync(valid.Sign(currentKey.Credentials()));

        Assert.Equal(2, endpoint.TurnsRun);
        Assert.Equal(1, endpoint.Provider.KeySetFetches);
    }

    [Fact]
    public async Task A_key_published_after_a_rotation_is_accepted_after_a_refresh()
    {
        Assert.Equal(200, await endpoint.PostAsync(valid.Sign(currentKey.Credentials())));
        var rotatedKey = new SigningKey("bc-key-2", "msteams");
        endpoint.Provider.PublishBotConnectorKey(rotatedKey);

        Assert.Equal(200, await endpoint.PostAsync(valid.Sign(rotatedKey.Credentials())));
        Assert.Equal(2, endpoint.TurnsRun);
    }

    [Fact]
    public async Task A_key_id_still_unknown_after_the_refresh_is_rejected()
    {
        Assert.Equal(200, await endpoint.PostAsync(valid.Sign(currentKey.Credentials())));

        var status = await endpoint.PostAsync(valid.Sign(new SigningKey("never-published", "msteams").Credentials()));

        Assert.Equal(401, status);
        Assert.Equal(1, endpoint.TurnsRun);
        Assert.Equal(2, endpoint.Provider.KeySetFetches);
    }
}
