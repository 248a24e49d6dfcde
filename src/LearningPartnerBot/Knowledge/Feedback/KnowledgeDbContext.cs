using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Knowledge.Feedback;

/// <summary>
/// The knowledge area's tables (votes and unanswered questions) in the bot's database. Its migrations live beside
/// it, with their own history table, so each feature area evolves its schema independently in the shared file.
/// </summary>
public sealed class KnowledgeDbContext(DbContextOptions<KnowledgeDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__KnowledgeMigrations";

    public DbSet<FaqVote> Votes => Set<FaqVote>();

    public DbSet<UnansweredQuestion> UnansweredQuestions => Set<UnansweredQuestion>();

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
        });
    }
}
