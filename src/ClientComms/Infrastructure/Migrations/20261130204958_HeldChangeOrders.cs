using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crewline.ClientComms.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class HeldChangeOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "held_change_orders",
                columns: table => new
                {
                    change_order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    change_request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    markdown = table.Column<string>(type: "text", nullable: false),
                    html = table.Column<string>(type: "text", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    held_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_held_change_orders", x => new { x.change_order_id, x.version });
                });

            migrationBuilder.CreateIndex(
                name: "ix_held_change_orders_org_id",
                table: "held_change_orders",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_held_change_orders_project_id_issued_at",
                table: "held_change_orders",
                columns: new[] { "project_id", "issued_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "held_change_orders");
        }
    }
}
