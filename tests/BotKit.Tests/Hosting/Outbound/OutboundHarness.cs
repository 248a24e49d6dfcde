using BotKit.Auth;
using BotKit.Hosting;
using BotKit.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BotKit.Tests.Hosting.Outbound;

/// <summary>The connector client as AddBotKit wires it, with Entra ID and the channel answered in-process.</summary>
internal sealed class OutboundHarness : IDisposable
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string AppId = "0d5c3f1e-7d3b-4c8e-9a41-6f2d1b7c9e10";
    public const string Secret = "s3cr3t~Value.NeverLogged";

    private readonly ServiceProvider _services;

    public OutboundHarness(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.AddBotKit(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddSingleton<TimeProvider>(Clock);
        services.AddHttpClient(ConnectorClientFactory.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Channel);
        services.AddHttpClient(MsalConnectorCredentials.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Login);
        _services = services.BuildServiceProvider();
    }

    public FakeTokenEndpoint Login { get; } = new();

    public ScriptedConnector Channel { get; } = new();

    public SteppedTimeProvider Clock { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public static OutboundHarness MultiTenant() => new(new()
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = Secret,
    });

    public IConnectorClient Client() => _services.GetRequiredService<IConnectorClientFactory>().Create(ServiceUrl);

    public static Activity Message(string text = "Your request LP-2026-000123 is resolved.") =>
        new() { Type = ActivityTypes.Message, Text = text, Conversation = new ConversationAccount("a:1XyZ") };

    public static Activity Update() => new() { Type = ActivityTypes.Message, Id = "42", Text = "edited", Conversation = new ConversationAccount("a:1XyZ") };

    public void Dispose() => _services.Dispose();
}
