using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LearningPartnerBot.Knowledge.Feedback;

/// <summary>
/// The knowledge area's tables (votes and unanswered questions) in the bot's database. Its migrations live beside
/// it, with their own history table, so each feature area evolves its schema independently in the shared file.
/// </summary>
public sealed class KnowledgeDbContext(DbContextOptions<KnowledgeDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__KnowledgeMigrations";

    /// <summary>
    /// Days are stored as day numbers (days since 0001-01-01), so SQLite compares and groups them as integers, as
    /// PostgreSQL would; SQLite cannot compare the text it keeps DateTimeOffset values in.
    /// </summary>
    private static readonly ValueConverter<DateOnly, int> DayNumber = new(d => d.DayNumber, n => DateOnly.FromDayNumber(n));

    public DbSet<FaqVote> Votes => Set<FaqVote>();

    public DbSet<UnansweredQuestion> UnansweredQuestions => Set<UnansweredQuestion>();

    public DbSet<FaqAnswerCount> AnswerCounts => Set<FaqAnswerCount>();

    public DbSet<FaqReviewDecision> ReviewDecisions => Set<FaqReviewDecision>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FaqVote>(vote =>
        {
            vote.ToTable("FaqVotes");
            vote.HasIndex(v => new { v.AnswerId, v.UserKey }).IsUnique();
            vote.HasIndex(v => v.TopicId);
            vote.Property(v => v.AnswerId).HasMaxLength(64);
            vote.Property(v => v.UserKey).HasMaxLength(256);
            vote.Property(v => v.TopicId).HasMaxLength(64);
            vote.Property(v => v.Language).HasMaxLength(8);
            vote.Property(v => v.ChannelId).HasMaxLength(64);
            vote.Property(v => v.Question).HasMaxLength(1000);
            vote.Property(v => v.Day).HasConversion(DayNumber);
            // The dashboard counts 👍/👎 per topic over a period; the review queue lists the 👎 not yet dealt with.
            vote.HasIndex(v => new { v.Day, v.TopicId, v.Helpful });
            vote.HasIndex(v => v.ReviewDecisionId);
        });

        modelBuilder.Entity<UnansweredQuestion>(question =>
        {
            question.ToTable("UnansweredQuestions");
            question.HasIndex(q => new { q.ChannelId, q.ActivityId }).IsUnique();
            question.Property(q => q.Question).HasMaxLength(1000);
            question.Property(q => q.Language).HasMaxLength(8);
            question.Property(q => q.BestTopicId).HasMaxLength(64);
            question.Property(q => q.Suggestions).HasMaxLength(256);
            question.Property(q => q.ChannelId).HasMaxLength(64);
            question.Property(q => q.ActivityId).HasMaxLength(256);
            question.Property(q => q.Day).HasConversion(DayNumber);
            question.HasIndex(q => q.Day);
            question.HasIndex(q => q.ReviewDecisionId);
        });

        modelBuilder.Entity<FaqAnswerCount>(count =>
        {
            count.ToTable("FaqAnswerCounts");
            count.Property(c => c.Day).HasConversion(DayNumber);
            count.Property(c => c.Language).HasMaxLength(8);
            count.Property(c => c.TopicId).HasMaxLength(64);
            // One row per day, language, topic and outcome; it also serves the dashboard's scans of a period by day.
            count.HasIndex(c => new { c.Day, c.Language, c.TopicId, c.Answered }).IsUnique();
        });

        modelBuilder.Entity<FaqReviewDecision>(decision =>
        {
            decision.ToTable("FaqReviewDecisions");
            decision.Property(d => d.Action).HasMaxLength(32);
            decision.Property(d => d.Subject).HasMaxLength(1000);
            decision.Property(d => d.Language).HasMaxLength(8);
            decision.Property(d => d.TopicId).HasMaxLength(64);
            decision.Property(d => d.ChangePath).HasMaxLength(256);
            decision.Property(d => d.DecidedBy).HasMaxLength(256);
        });
    }

}
