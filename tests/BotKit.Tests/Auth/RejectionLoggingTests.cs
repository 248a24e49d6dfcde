using BotKit.Hosting;
using BotKit.Tests.Hosting.Outbound;
using Microsoft.Extensions.Logging;

namespace BotKit.Tests.Auth;

/// <summary>
/// Anyone can send the endpoint forged requests as fast as they like; each is refused, but the log must not grow with
/// them: one line per burst, without a stack trace, saying how many were held back.
/// </summary>
public sealed class RejectionLoggingTests : IDisposable
{
    private readonly CapturedLogs logs = new();
    private readonly ILoggerFactory loggers;

    public RejectionLoggingTests() => loggers = LoggerFactory.Create(b => b.AddProvider(logs));

    [Fact]
    public async Task A_burst_of_unauthenticated_requests_is_logged_as_one_line_without_a_stack_trace()
    {
        var endpoint = new AuthenticatedEndpoint(logger: loggers.CreateLogger<CloudAdapter>());

        for (var i = 0; i < 25; i++)
        {
            Assert.Equal(401, await endpoint.PostWithHeaderAsync("Bearer not-a-jwt"));
        }

        var line = Assert.Single(logs.Lines, l => l.Contains("Rejected an unauthenticated", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
    }

    public void Dispose() => loggers.Dispose();
}
