using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LearningPartnerBot.Tests.Hosting;

/// <summary>
/// The real web host, with its SQLite database in a throwaway folder. Development settings apply, except the demo
/// partners and demo-identity picker, which are off unless <see cref="DemoData"/> asks for them.
/// </summary>
public sealed class BotApplicationFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "lpb-tests-" + Guid.NewGuid().ToString("N"));

    public string? MicrosoftAppId { get; init; }

    public bool DemoData { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
        builder.UseSetting("MicrosoftAppId", MicrosoftAppId ?? string.Empty);
        builder.UseSetting("Eligibility:SeedDemoData", DemoData.ToString());
        builder.UseSetting("Eligibility:DemoIdentities", DemoData.ToString());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_dataDirectory))
        {
            // SQLite's pooled connections can hold the file briefly after the host stops.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
