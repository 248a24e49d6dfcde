using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LearningPartnerBot.Tickets.Data.Migrations;

/// <summary>
/// The company a ticket is for, and whether the requester typed it and the MPN ID themselves: someone linked to no
/// partner record is asked for both, so staff need not write back to learn who they are, yet can tell a claim from a
/// record. Written by hand.
/// </summary>
[DbContext(typeof(TicketsDbContext))]
[Migration("20261206080000_AddTicketPartnerName")]
public sealed class AddTicketPartnerName : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "PartnerName", table: "Tickets", maxLength: 256, nullable: true);
        migrationBuilder.AddColumn<bool>(name: "PartnerStatedByRequester", table: "Tickets", nullable: false, defaultValue: false);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "PartnerStatedByRequester", table: "Tickets");
        migrationBuilder.DropColumn(name: "PartnerName", table: "Tickets");
    }
}
