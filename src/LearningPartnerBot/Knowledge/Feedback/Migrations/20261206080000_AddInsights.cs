using LearningPartnerBot.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LearningPartnerBot.Knowledge.Feedback.Migrations;

/// <summary>
/// What the staff dashboard and review queue need: daily answer counts per language and topic, the day of each vote
/// and unanswered question (as a day number, comparable on SQLite), and the reviewers' decisions that take items out
/// of the queue. Existing rows get their day from their creation time. Written by hand.
/// </summary>
[DbContext(typeof(KnowledgeDbContext))]
[Migration("20261206080000_AddInsights")]
public sealed class AddInsights : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "FaqAnswerCounts",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Generated(),
                Day = table.Column<int>(nullable: false),
                Language = table.Column<string>(maxLength: 8, nullable: false),
                TopicId = table.Column<string>(maxLength: 64, nullable: false),
                Answered = table.Column<bool>(nullable: false),
                Count = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_FaqAnswerCounts", x => x.Id));

        migrationBuilder.CreateTable(
            name: "FaqReviewDecisions",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Generated(),
                Action = table.Column<string>(maxLength: 32, nullable: false),
                Subject = table.Column<string>(maxLength: 1000, nullable: false),
                Language = table.Column<string>(maxLength: 8, nullable: false),
                TopicId = table.Column<string>(maxLength: 64, nullable: true),
                Count = table.Column<int>(nullable: false),
                ChangePath = table.Column<string>(maxLength: 256, nullable: true),
                Patch = table.Column<string>(nullable: true),
                DecidedBy = table.Column<string>(maxLength: 256, nullable: false),
                DecidedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_FaqReviewDecisions", x => x.Id));

        foreach (var table in (string[])["FaqVotes", "UnansweredQuestions"])
        {
            migrationBuilder.AddColumn<int>(name: "Day", table: table, nullable: true);
            migrationBuilder.AddColumn<long>(name: "ReviewDecisionId", table: table, nullable: true);
            migrationBuilder.Sql(migrationBuilder.ActiveProvider == DatabaseProviders.Npgsql
                ? $"""UPDATE "{table}" SET "Day" = ("CreatedAt" AT TIME ZONE 'UTC')::date - DATE '0001-01-01'"""
                : $"""UPDATE "{table}" SET "Day" = CAST(julianday(substr("CreatedAt", 1, 10)) - julianday('0001-01-01') AS INTEGER)""");
        }

        migrationBuilder.CreateIndex("IX_FaqAnswerCounts_Day_Language_TopicId_Answered", "FaqAnswerCounts", ["Day", "Language", "TopicId", "Answered"], unique: true);
        migrationBuilder.CreateIndex("IX_FaqVotes_Day_TopicId_Helpful", "FaqVotes", ["Day", "TopicId", "Helpful"]);
        migrationBuilder.CreateIndex("IX_FaqVotes_ReviewDecisionId", "FaqVotes", "ReviewDecisionId");
        migrationBuilder.CreateIndex("IX_UnansweredQuestions_Day", "UnansweredQuestions", "Day");
        migrationBuilder.CreateIndex("IX_UnansweredQuestions_ReviewDecisionId", "UnansweredQuestions", "ReviewDecisionId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_FaqVotes_Day_TopicId_Helpful", "FaqVotes");
        migrationBuilder.DropIndex("IX_FaqVotes_ReviewDecisionId", "FaqVotes");
        migrationBuilder.DropIndex("IX_UnansweredQuestions_Day", "UnansweredQuestions");
        migrationBuilder.DropIndex("IX_UnansweredQuestions_ReviewDecisionId", "UnansweredQuestions");
        foreach (var table in (string[])["FaqVotes", "UnansweredQuestions"])
        {
            migrationBuilder.DropColumn(name: "Day", table: table);
            migrationBuilder.DropColumn(name: "ReviewDecisionId", table: table);
        }

        migrationBuilder.DropTable("FaqReviewDecisions");
        migrationBuilder.DropTable("FaqAnswerCounts");
    }
}
