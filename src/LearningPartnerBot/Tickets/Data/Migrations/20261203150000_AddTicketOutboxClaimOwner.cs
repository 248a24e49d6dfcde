using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LearningPartnerBot.Tickets.Data.Migrations;

/// <summary>Which instance claimed an outbox message, so a claim left by a stopped instance can be taken over. Written by hand.</summary>
[DbContext(typeof(TicketsDbContext))]
[Migration("20261203150000_AddTicketOutboxClaimOwner")]
public sealed class AddTicketOutboxClaimOwner : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "ClaimedBy", table: "TicketOutbox", maxLength: 64, nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "ClaimedBy", table: "TicketOutbox");
}
