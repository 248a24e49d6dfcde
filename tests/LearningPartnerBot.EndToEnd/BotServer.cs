using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartnerBot.EndToEnd;

/// <summary>
/// The real bot on a real Kestrel socket (a browser cannot reach the in-memory test server): Development settings,
/// so the demo partners and the identity picker are on; no MicrosoftAppId, so the Direct Line playground is on; one
/// known staff key; and a throwaway data folder.
/// </summary>
public sealed class BotServer : WebApplicationFactory<Program>
{
    public const string StaffKey = "e2e-staff-key-5c1d-0f9e8d7c6b5a4938";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "lpb-e2e-" + Guid.NewGuid().ToString("N"));

    /// <summary>Starts listening on a free loopback port and returns the address a browser can open.</summary>
    public Uri Start()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reports no listening address.");
        return new Uri(addresses.Addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseUrls("http://127.0.0.1:0");
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
        builder.UseSetting("MicrosoftAppId", string.Empty);
        builder.UseSetting("Eligibility:SeedDemoData", "true");
        builder.UseSetting("Eligibility:DemoIdentities", "true");
        builder.UseSetting("Staff:Keys:0:Name", "Jan Jansen");
        builder.UseSetting("Staff:Keys:0:Key", StaffKey);
        builder.UseSetting("Staff:Roles:Jan Jansen:0", "agent");
        builder.UseSetting("Staff:Roles:Jan Jansen:1", "content");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            TestSupport.Databases.DataFolder.Delete(_dataDirectory);
        }
    }
}
