using System.Net.Http.Headers;
using LearningPartnerBot.Staff;
using LearningPartnerBot.Tests.Bots;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LearningPartnerBot.Tests.Staff;

/// <summary>The real web host in Development with a throwaway data folder and, unless told otherwise, one staff key.</summary>
public sealed class StaffApiFactory : WebApplicationFactory<Program>
{
    public const string Key = "test-staff-key-7f3a-c41e9b02d6a85f37";

    /// <summary>The name the configured key is held under: it signs the comments written with it.</summary>
    public const string KeyHolder = "Jan Jansen";

    public string DataDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "lpb-staff-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>Null leaves Staff:Keys unset, so Development generates its own key.</summary>
    public string? ConfiguredKey { get; init; } = Key;

    /// <summary>False when another factory still uses the folder (to test that a generated key is reused).</summary>
    public bool DeleteDataDirectory { get; init; } = true;

    internal CapturingLogger<StaffKeyRing> KeyLog { get; } = new();

    /// <summary>A client that sends <paramref name="key"/> (the configured key by default) as the bearer token.</summary>
    public HttpClient CreateStaffClient(string key = Key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("MicrosoftAppId", string.Empty);
        if (ConfiguredKey is not null)
        {
            builder.UseSetting("Staff:Keys:0:Name", KeyHolder);
            builder.UseSetting("Staff:Keys:0:Key", ConfiguredKey);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<ILogger<StaffKeyRing>>(KeyLog));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && DeleteDataDirectory)
        {
            TestSupport.Databases.DataFolder.Delete(DataDirectory);
        }
    }
}
