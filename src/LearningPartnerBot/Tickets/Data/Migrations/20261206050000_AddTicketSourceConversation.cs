using LearningPartnerBot.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LearningPartnerBot.Tickets.Data.Migrations;

/// <summary>
/// The conversation joins the de-duplication key: Teams activity ids are unique only within a conversation, so two
/// partners' submits could share one and the second would get the first one's ticket. Existing tickets take the
/// conversation id from their stored conversation reference. Written by hand.
/// </summary>
[DbContext(typeof(TicketsDbContext))]
[Migration("20261206050000_AddTicketSourceConversation")]
public sealed class AddTicketSourceConversation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Tickets_SourceChannelId_SourceActivityId", table: "Tickets");
        migrationBuilder.AddColumn<string>(name: "SourceConversationId", table: "Tickets", maxLength: 256, nullable: true);
        migrationBuilder.Sql(migrationBuilder.ActiveProvider == DatabaseProviders.Npgsql
            ? """UPDATE "Tickets" SET "SourceConversationId" = left("ConversationReferenceJson"::jsonb #>> '{conversation,id}', 256)"""
            : "UPDATE Tickets SET SourceConversationId = substr(json_extract(ConversationReferenceJson, '$.conversation.id'), 1, 256)");
        migrationBuilder.CreateIndex(
            name: TicketsDbContext.SourceActivityIndex,
            table: "Tickets",
            columns: ["SourceChannelId", "SourceConversationId", "SourceActivityId"],
            unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: TicketsDbContext.SourceActivityIndex, table: "Tickets");
        migrationBuilder.DropColumn(name: "SourceConversationId", table: "Tickets");
        migrationBuilder.CreateIndex("IX_Tickets_SourceChannelId_SourceActivityId", "Tickets", ["SourceChannelId", "SourceActivityId"], unique: true);
    }
}
