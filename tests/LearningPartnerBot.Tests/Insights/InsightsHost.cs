using LearningPartnerBot.Knowledge.Feedback;
using LearningPartnerBot.Tests.Staff;
using LearningPartnerBot.Tests.Staff.Pages;
using LearningPartnerBot.Tickets;
using LearningPartnerBot.Tickets.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartnerBot.Tests.Insights;

/// <summary>
/// The staff web host with keys in each role: the usual test key (both roles), a content-only key and a key not
/// listed in Staff:Roles (an agent by default). Each instance has its own empty database.
/// </summary>
public sealed class InsightsHost : IDisposable
{
    public const string ContentKey = "test-content-key-0a9b8c7d6e5f4a3b2c1d";
    public const string UnlistedKey = "test-unlisted-key-1f2e3d4c5b6a79880";

    private readonly StaffApiFactory _factory = new();

    public InsightsHost()
    {
        Host = _factory.WithWebHostBuilder(builder => builder
            .UseSetting("Staff:Roles:" + StaffApiFactory.KeyHolder + ":0", "agent")
            .UseSetting("Staff:Roles:" + StaffApiFactory.KeyHolder + ":1", "content")
            .UseSetting("Staff:Keys:1:Name", "Carla Content")
            .UseSetting("Staff:Keys:1:Key", ContentKey)
            .UseSetting("Staff:Roles:Carla Content:0", "content")
            .UseSetting("Staff:Keys:2:Name", "Umut Unlisted")
            .UseSetting("Staff:Keys:2:Key", UnlistedKey));
    }

    public WebApplicationFactory<Program> Host { get; }

    public IServiceProvider Services => Host.Services;

    internal async Task<StaffBrowser> SignedInAsync(string key = StaffApiFactory.Key)
    {
        var browser = new StaffBrowser(Host);
        await browser.SignInAsync(key);
        return browser;
    }

    /// <summary>Files a ticket of <paramref name="type"/> created at <paramref name="createdAt"/>, first acted on after <paramref name="firstAction"/>.</summary>
    public async Task<string> FileAsync(TicketType type, DateTimeOffset createdAt, TicketStatus status = TicketStatus.New, TimeSpan? firstAction = null)
    {
        var ticket = type switch
        {
            TicketType.KpiDiscrepancy => Tickets.SampleTickets.Kpi(),
            TicketType.DirectoryListing => Tickets.SampleTickets.Directory(),
            _ => Tickets.SampleTickets.General(),
        };
        var receipt = await Services.GetRequiredService<ITicketService>().CreateAsync(ticket);
        await using var db = await Services.GetRequiredService<IDbContextFactory<TicketsDbContext>>().CreateDbContextAsync();
        var row = await db.Tickets.SingleAsync(t => t.Reference == receipt.Reference);
        row.CreatedAt = row.UpdatedAt = createdAt.ToUniversalTime();
        row.Status = status;
        row.FirstStaffActionAt = firstAction is { } after ? createdAt.ToUniversalTime() + after : null;
        await db.SaveChangesAsync();
        return receipt.Reference;
    }

    public async Task AddCountsAsync(DateOnly day, string language, string? topicId, bool answered, long count)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>().CreateDbContextAsync();
        db.AnswerCounts.Add(new FaqAnswerCount { Day = day, Language = language, TopicId = topicId ?? FaqAnswerCount.NoTopic, Answered = answered, Count = count });
        await db.SaveChangesAsync();
    }

    public Task AskedUnansweredAsync(string question, string language = "en", string? closest = "gold")
    {
        var feedback = Services.GetRequiredService<FaqFeedbackStore>();
        feedback.KeepUnanswered(
            new UnansweredQuestion { Question = question, Language = language, BestTopicId = closest, ChannelId = "test", ActivityId = Guid.NewGuid().ToString("N") });
        return feedback.FlushUnansweredAsync(CancellationToken.None);
    }

    public Task VotedAsync(string topicId, bool helpful, string? question = null, string language = "en") =>
        Services.GetRequiredService<FaqFeedbackStore>().RecordVoteAsync(
            new FaqVote { AnswerId = Guid.NewGuid().ToString("N"), UserKey = "test:" + Guid.NewGuid().ToString("N"), TopicId = topicId, Language = language, Helpful = helpful, Question = question, ChannelId = "test" },
            CancellationToken.None);

    public void Dispose()
    {
        Host.Dispose();
        _factory.Dispose();
    }
}
