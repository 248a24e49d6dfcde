using LearningPartnerBot.Tests.Staff;
using LearningPartnerBot.Tickets;
using LearningPartnerBot.Tickets.Data;
using LearningPartnerBot.Tickets.Notifications;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartnerBot.Tests.Tickets.Api;

/// <summary>The staff web host with a capturing notifier, and a way to file tickets created on a given date.</summary>
public sealed class TicketApiFixture : IDisposable
{
    private readonly StaffApiFactory _staffHost = new();

    public TicketApiFixture()
    {
        Host = _staffHost.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<ITicketUpdateNotifier>(Notifier)));
    }

    internal CapturingTicketNotifier Notifier { get; } = new();

    public WebApplicationFactory<Program> Host { get; }

    public HttpClient Staff() => WithKey(Host.CreateClient());

    public HttpClient Anonymous() => Host.CreateClient();

    /// <summary>Files the request through the chat's service, then dates it as if it arrived at <paramref name="createdAt"/>.</summary>
    public async Task<string> FileAsync(NewTicket ticket, DateTimeOffset? createdAt = null)
    {
        var receipt = await Host.Services.GetRequiredService<ITicketService>().CreateAsync(ticket);
        if (createdAt is { } at)
        {
            var contexts = Host.Services.GetRequiredService<IDbContextFactory<TicketsDbContext>>();
            await using var db = await contexts.CreateDbContextAsync();
            var row = await db.Tickets.SingleAsync(t => t.Reference == receipt.Reference);
            row.CreatedAt = row.UpdatedAt = at.ToUniversalTime();
            await db.SaveChangesAsync();
        }

        return receipt.Reference;
    }

    public void Dispose() => _staffHost.Dispose();

    private static HttpClient WithKey(HttpClient client)
    {
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", StaffApiFactory.Key);
        return client;
    }
}
