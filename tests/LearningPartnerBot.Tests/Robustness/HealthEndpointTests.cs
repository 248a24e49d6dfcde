using System.Net;
using BotKit.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LearningPartnerBot.Tests.Robustness;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Readyz_is_ready_when_the_database_answers_and_the_knowledge_base_is_loaded()
    {
        using var bot = new RobustBotFactory();

        var response = await bot.CreateClient().GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unreachable_database_makes_readyz_503_while_healthz_stays_alive()
    {
        using var bot = new RobustBotFactory(services: s => s.AddSingleton<IStorage, UnreachableStorage>());
        var client = bot.CreateClient();

        var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var live = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Until_the_knowledge_base_is_loaded_readyz_is_503()
    {
        // Without the start-up step that loads and indexes the KB, the instance must not report ready.
        using var bot = new RobustBotFactory(services: s =>
        {
            foreach (var startup in s.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "KnowledgeBaseHostedService").ToList())
            {
                s.Remove(startup);
            }
        });
        var client = bot.CreateClient();

        var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var live = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    private sealed class UnreachableStorage : IStorage
    {
        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The database is unreachable.");

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The database is unreachable.");

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The database is unreachable.");
    }
}
