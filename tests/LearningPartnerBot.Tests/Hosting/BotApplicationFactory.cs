using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LearningPartnerBot.Tests.Hosting;

/// <summary>
/// The real web host, with its SQLite database in a throwaway folder. Development settings apply, except the demo
/// partners and demo-identity picker, which are off unless <see cref="DemoData"/> asks for them. Two factories given
/// the same <see cref="DataDirectory"/> (SQLite) or <see cref="PostgresConnectionString"/> are two instances of the
/// bot on one database.
/// </summary>
public sealed class BotApplicationFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "lpb-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>When set, the bot runs with Storage:Provider=Postgres on this database.</summary>
    public string? PostgresConnectionString { get; init; }

    public string? MicrosoftAppId { get; init; }

    public bool DemoData { get; init; }

    /// <summary>The host environment; Development (WebApplicationFactory's default) unless a test means another.</summary>
    public string Environment { get; init; } = "Development";

    /// <summary>Sets BotKit:AllowAnonymous when not null, for a test of a deliberately anonymous bot outside Development.</summary>
    public bool? AllowAnonymous { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        if (AllowAnonymous is { } allowAnonymous)
        {
            builder.UseSetting("BotKit:AllowAnonymous", allowAnonymous.ToString());
        }

        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        if (PostgresConnectionString is not null)
        {
            builder.UseSetting("Storage:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Postgres", PostgresConnectionString);
        }

        builder.UseSetting("MicrosoftAppId", MicrosoftAppId ?? string.Empty);
        builder.UseSetting("Eligibility:SeedDemoData", DemoData.ToString());
        builder.UseSetting("Eligibility:DemoIdentities", DemoData.ToString());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            TestSupport.Databases.DataFolder.Delete(DataDirectory);
        }
    }
}
