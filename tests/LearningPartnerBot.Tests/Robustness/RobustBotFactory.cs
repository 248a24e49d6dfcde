using BotKit.Hosting;
using LearningPartnerBot.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LearningPartnerBot.Tests.Robustness;

/// <summary>
/// The real host (anonymous, no MicrosoftAppId) with a <see cref="FakeChannel"/> behind the Connector API and extra
/// settings, e.g. rate limits. Disposing it removes the host's database folder.
/// </summary>
internal sealed class RobustBotFactory : IDisposable
{
    private readonly BotApplicationFactory _root = new();

    public RobustBotFactory(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, LogLevel minimumLogLevel = LogLevel.Trace)
    {
        App = _root.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }

            // Only this sink: a console logger writing thousands of rejections would be most of a fuzz run's time.
            builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Logs).AddFilter<CapturingLoggerProvider>(level => level >= minimumLogLevel));
            builder.ConfigureTestServices(s =>
            {
                s.AddHttpClient(ConnectorClientFactory.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Channel);
                services?.Invoke(s);
            });
        });
    }

    public FakeChannel Channel { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public WebApplicationFactory<Program> App { get; }

    public HttpClient CreateClient() => App.CreateClient();

    public void Dispose()
    {
        App.Dispose();
        _root.Dispose();
    }
}
