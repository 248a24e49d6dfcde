using BotKit.Hosting;
using BotKit.Tests.Hosting.Outbound;
using Microsoft.Extensions.Logging;

namespace BotKit.Tests.Auth;

/// <summary>
/// When the issuer's OpenID metadata or key set can't be fetched, the bot can't tell a good token from a bad one: the
/// channel is asked to come back later (503, Retry-After), never told its token is bad (401), and no turn runs.
/// </summary>
public sealed class MetadataOutageTests : IDisposable
{
    private readonly CapturedLogs logs = new();
    private readonly ILoggerFactory loggers;
    private readonly AuthenticatedEndpoint endpoint;
    private readonly SigningKey teamsKey = new("bc-key-1", "msteams");
    private readonly ChannelTokens valid = new();

    public MetadataOutageTests()
    {
        loggers = LoggerFactory.Create(b => b.AddProvider(logs));
        endpoint = new AuthenticatedEndpoint(logger: loggers.CreateLogger<CloudAdapter>());
        endpoint.Provider.PublishBotConnectorKey(teamsKey);
    }

    [Fact]
    public async Task Unreachable_metadata_answers_503_with_retry_after_and_runs_no_turn()
    {
        endpoint.Provider.MetadataUnreachable = true;

        var status = await endpoint.PostAsync(valid.Sign(teamsKey.Credentials()));

        Assert.Equal(503, status);
        Assert.True(int.Parse(endpoint.LastResponse!.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(0, endpoint.TurnsRun);
        Assert.Contains(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("503", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failing_key_set_answers_503_too()
    {
        endpoint.Provider.KeySetsFailing = true;

        var status = await endpoint.PostAsync(valid.Sign(teamsKey.Credentials()));

        Assert.Equal(503, status);
        Assert.Equal(0, endpoint.TurnsRun);
    }

    [Fact]
    public async Task Once_the_metadata_is_back_the_redelivered_activity_runs()
    {
        endpoint.Provider.MetadataUnreachable = true;
        var token = valid.Sign(teamsKey.Credentials());
        await endpoint.PostAsync(token);

        endpoint.Provider.MetadataUnreachable = false;
        var status = await endpoint.PostAsync(token);

        Assert.Equal(200, status);
        Assert.Equal(1, endpoint.TurnsRun);
    }

    [Fact]
    public async Task Keys_fetched_before_the_outage_keep_validating_tokens()
    {
        await endpoint.PostAsync(valid.Sign(teamsKey.Credentials()));
        endpoint.Provider.MetadataUnreachable = true;
        endpoint.Provider.KeySetsFailing = true;

        var good = await endpoint.PostAsync(valid.Sign(teamsKey.Credentials()));
        var forged = await endpoint.PostAsync(valid.Sign(teamsKey.Impostor().Credentials()));

        Assert.Equal(200, good);
        Assert.Equal(401, forged);
        Assert.Equal(2, endpoint.TurnsRun);
    }

    public void Dispose() => loggers.Dispose();
}
