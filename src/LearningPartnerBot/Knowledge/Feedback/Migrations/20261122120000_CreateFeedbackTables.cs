using LearningPartnerBot.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LearningPartnerBot.Knowledge.Feedback.Migrations;

/// <summary>
/// Votes and unanswered questions. Written by hand: the EF design-time tools (Microsoft.EntityFrameworkCore.Design)
/// cannot be restored from the registry here. A test migrates an empty database and exercises every mapped column.
/// </summary>
[DbContext(typeof(KnowledgeDbContext))]
[Migration("20261122120000_CreateFeedbackTables")]
public sealed class CreateFeedbackTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "FaqVotes",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Generated(),
                AnswerId = table.Column<string>(maxLength: 64, nullable: false),
                UserKey = table.Column<string>(maxLength: 256, nullable: false),
                TopicId = table.Column<string>(maxLength: 64, nullable: false),
                Language = table.Column<string>(maxLength: 8, nullable: false),
                Helpful = table.Column<bool>(nullable: false),
                Question = table.Column<string>(maxLength: 1000, nullable: true),
                ChannelId = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_FaqVotes", x => x.Id));

        migrationBuilder.CreateTable(
            name: "UnansweredQuestions",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Generated(),
                Question = table.Column<string>(maxLength: 1000, nullable: false),
                Language = table.Column<string>(maxLength: 8, nullable: false),
                BestTopicId = table.Column<string>(maxLength: 64, nullable: true),
                BestScore = table.Column<double>(nullable: false),
                Suggestions = table.Column<string>(maxLength: 256, nullable: false),
                ChannelId = table.Column<string>(maxLength: 64, nullable: false),
                ActivityId = table.Column<string>(maxLength: 256, nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_UnansweredQuestions", x => x.Id));

        migrationBuilder.CreateIndex("IX_FaqVotes_AnswerId_UserKey", "FaqVotes", ["AnswerId", "UserKey"], unique: true);
        migrationBuilder.CreateIndex("IX_FaqVotes_TopicId", "FaqVotes", "TopicId");
        migrationBuilder.CreateIndex("IX_UnansweredQuestions_ChannelId_ActivityId", "UnansweredQuestions", ["ChannelId", "ActivityId"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("FaqVotes");
        migrationBuilder.DropTable("UnansweredQuestions");
    }
}
