using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LearningPartnerBot.Tickets.Data.Migrations;

/// <summary>
/// When staff first acted on a ticket, for the dashboard's time to first response, and the indexes its queries read.
/// Existing tickets take their first staff comment's time, else (when staff moved them on from New) their last
/// update, the closest time known. Written by hand; the SQL is the same on both providers.
/// </summary>
[DbContext(typeof(TicketsDbContext))]
[Migration("20261206090000_AddTicketFirstStaffAction")]
public sealed class AddTicketFirstStaffAction : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<long>(name: "FirstStaffActionAt", table: "Tickets", nullable: true);
        migrationBuilder.Sql(
            """
            UPDATE "Tickets" SET "FirstStaffActionAt" = (
                SELECT MIN(c."CreatedAt") FROM "TicketComments" c WHERE c."TicketId" = "Tickets"."Id" AND c."Author" <> 'Partner')
            """);
        migrationBuilder.Sql("""UPDATE "Tickets" SET "FirstStaffActionAt" = "UpdatedAt" WHERE "FirstStaffActionAt" IS NULL AND "Status" <> 'New'""");
        migrationBuilder.CreateIndex("IX_Tickets_CreatedAt_Type_FirstStaffActionAt", "Tickets", ["CreatedAt", "Type", "FirstStaffActionAt"]);
        migrationBuilder.CreateIndex("IX_Tickets_Status_CreatedAt", "Tickets", ["Status", "CreatedAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_Tickets_CreatedAt_Type_FirstStaffActionAt", "Tickets");
        migrationBuilder.DropIndex("IX_Tickets_Status_CreatedAt", "Tickets");
        migrationBuilder.DropColumn(name: "FirstStaffActionAt", table: "Tickets");
    }
}
