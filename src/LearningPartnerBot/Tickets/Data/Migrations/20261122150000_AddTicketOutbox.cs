using LearningPartnerBot.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LearningPartnerBot.Tickets.Data.Migrations;

/// <summary>The outbox of new-ticket webhook notifications. Written by hand, like the first ticket migration.</summary>
[DbContext(typeof(TicketsDbContext))]
[Migration("20261122150000_AddTicketOutbox")]
public sealed class AddTicketOutbox : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "TicketOutbox",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Generated(),
                TicketId = table.Column<long>(nullable: false),
                Body = table.Column<string>(nullable: false),
                CreatedAt = table.Column<long>(nullable: false),
                NextAttemptAt = table.Column<long>(nullable: false),
                FailedRounds = table.Column<int>(nullable: false),
                DeliveredAt = table.Column<long>(nullable: true),
                LastError = table.Column<string>(maxLength: 1024, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TicketOutbox", x => x.Id);
                table.ForeignKey("FK_TicketOutbox_Tickets_TicketId", x => x.TicketId, "Tickets", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_TicketOutbox_DeliveredAt_NextAttemptAt", "TicketOutbox", ["DeliveredAt", "NextAttemptAt"]);
        migrationBuilder.CreateIndex("IX_TicketOutbox_TicketId", "TicketOutbox", "TicketId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("TicketOutbox");
}
