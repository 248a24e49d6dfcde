using System.Net;
using Microsoft.Extensions.Logging;

namespace LearningPartnerBot.Tests.Staff;

public sealed class DevelopmentStaffKeyTests
{
    [Fact]
    public async Task Without_configured_keys_Development_generates_a_key_file_that_opens_the_api_and_logs_only_its_location()
    {
        using var factory = new StaffApiFactory { ConfiguredKey = null };
        _ = factory.Server;

        var keyFile = Path.Combine(factory.DataDirectory, "staff-api-key.txt");
        var key = (await File.ReadAllTextAsync(keyFile)).Trim();
        var response = await factory.CreateStaffClient(key).SendAsync(StaffAuthenticationTests.Request("PUT", "/api/competencies"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(factory.KeyLog.Entries, e => e.Level == LogLevel.Information);
        Assert.Contains(keyFile, entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(factory.KeyLog.Entries, e => e.Message.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_generated_key_is_reused_on_the_next_run()
    {
        string dataDirectory;
        string firstKey;
        using (var first = new StaffApiFactory { ConfiguredKey = null, DeleteDataDirectory = false })
        {
            _ = first.Server;
            dataDirectory = first.DataDirectory;
            firstKey = await File.ReadAllTextAsync(Path.Combine(dataDirectory, "staff-api-key.txt"));
        }

        using var second = new StaffApiFactory { ConfiguredKey = null, DataDirectory = dataDirectory };
        _ = second.Server;

        Assert.Equal(firstKey, await File.ReadAllTextAsync(Path.Combine(dataDirectory, "staff-api-key.txt")));
    }

    [Fact]
    public async Task A_configured_key_means_no_key_file_is_written()
    {
        using var factory = new StaffApiFactory();
        var response = await factory.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(File.Exists(Path.Combine(factory.DataDirectory, "staff-api-key.txt")));
    }
}
