using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crewline.Ownership.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ScopeChangeDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "change_request_id",
                table: "decisions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "co_decided_by",
                table: "decisions",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "declined_scope_changes",
                columns: table => new
                {
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    change_request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    declined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_declined_scope_changes", x => new { x.org_id, x.change_request_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_decisions_org_id_change_request_id",
                table: "decisions",
                columns: new[] { "org_id", "change_request_id" },
                unique: true,
                filter: "change_request_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_declined_scope_changes_org_id",
                table: "declined_scope_changes",
                column: "org_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "declined_scope_changes");

            migrationBuilder.DropIndex(
                name: "ix_decisions_org_id_change_request_id",
                table: "decisions");

            migrationBuilder.DropColumn(
                name: "change_request_id",
                table: "decisions");

            migrationBuilder.DropColumn(
                name: "co_decided_by",
                table: "decisions");
        }
    }
}
