using LearningPartnerBot.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LearningPartnerBot.Tickets.Data.Migrations;

/// <summary>
/// Tickets and their comments. Written by hand: the EF design-time tools cannot be restored here. A test compares
/// the migrated schema with the one EF builds from the model.
/// </summary>
[DbContext(typeof(TicketsDbContext))]
[Migration("20261122140000_CreateTicketTables")]
public sealed class CreateTicketTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Tickets",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Generated(),
                Reference = table.Column<string>(maxLength: 16, nullable: false),
                Year = table.Column<int>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                Type = table.Column<string>(maxLength: 32, nullable: false),
                PartnerMpnId = table.Column<string>(maxLength: 32, nullable: true),
                RequesterId = table.Column<string>(maxLength: 256, nullable: false),
                RequesterName = table.Column<string>(maxLength: 256, nullable: true),
                RequesterEmail = table.Column<string>(maxLength: 256, nullable: true),
                RequesterRole = table.Column<string>(maxLength: 64, nullable: true),
                Locale = table.Column<string>(maxLength: 16, nullable: false),
                PayloadJson = table.Column<string>(nullable: false),
                Status = table.Column<string>(maxLength: 32, nullable: false),
                Assignee = table.Column<string>(maxLength: 256, nullable: true),
                CreatedAt = table.Column<long>(nullable: false),
                UpdatedAt = table.Column<long>(nullable: false),
                ConversationReferenceJson = table.Column<string>(nullable: false),
                SourceChannelId = table.Column<string>(maxLength: 64, nullable: false),
                SourceActivityId = table.Column<string>(maxLength: 256, nullable: false),
                FormInstanceId = table.Column<string>(maxLength: 128, nullable: true),
                LastDeliveryError = table.Column<string>(maxLength: 1024, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Tickets", x => x.Id));

        migrationBuilder.CreateTable(
            name: "TicketComments",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Generated(),
                TicketId = table.Column<long>(nullable: false),
                Author = table.Column<string>(maxLength: 256, nullable: false),
                Text = table.Column<string>(maxLength: 4000, nullable: false),
                VisibleToPartner = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TicketComments", x => x.Id);
                table.ForeignKey("FK_TicketComments_Tickets_TicketId", x => x.TicketId, "Tickets", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_Tickets_Reference", "Tickets", "Reference", unique: true);
        migrationBuilder.CreateIndex("IX_Tickets_Year_Sequence", "Tickets", ["Year", "Sequence"], unique: true);
        migrationBuilder.CreateIndex("IX_Tickets_SourceChannelId_SourceActivityId", "Tickets", ["SourceChannelId", "SourceActivityId"], unique: true);
        migrationBuilder.CreateIndex("IX_Tickets_RequesterId_FormInstanceId", "Tickets", ["RequesterId", "FormInstanceId"], unique: true);
        migrationBuilder.CreateIndex("IX_Tickets_Status", "Tickets", "Status");
        migrationBuilder.CreateIndex("IX_Tickets_PartnerMpnId", "Tickets", "PartnerMpnId");
        migrationBuilder.CreateIndex("IX_Tickets_CreatedAt", "Tickets", "CreatedAt");
        migrationBuilder.CreateIndex("IX_TicketComments_TicketId", "TicketComments", "TicketId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("TicketComments");
        migrationBuilder.DropTable("Tickets");
    }
}
