using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crewline.Reporting.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class FindingDetectorState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "finding_cause_facts",
                columns: table => new
                {
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cause = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    subject_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    present = table.Column<bool>(type: "boolean", nullable: false),
                    terminal = table.Column<bool>(type: "boolean", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    present_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    function_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_finding_cause_facts", x => new { x.project_id, x.cause, x.subject_key });
                });

            migrationBuilder.CreateTable(
                name: "finding_overrides",
                columns: table => new
                {
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    function_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    decider_role = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    owner_role = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_finding_overrides", x => x.decision_id);
                });

            migrationBuilder.CreateTable(
                name: "finding_projects",
                columns: table => new
                {
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    hierarchy_declared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    hierarchy = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_finding_projects", x => x.project_id);
                });

            migrationBuilder.CreateTable(
                name: "finding_role_holders",
                columns: table => new
                {
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    holds = table.Column<bool>(type: "boolean", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_finding_role_holders", x => new { x.project_id, x.person_id, x.role });
                });

            migrationBuilder.CreateIndex(
                name: "ix_finding_cause_facts_org_id",
                table: "finding_cause_facts",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_finding_overrides_org_id",
                table: "finding_overrides",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_finding_overrides_project_id_decider_role_decided_at",
                table: "finding_overrides",
                columns: new[] { "project_id", "decider_role", "decided_at" });

            migrationBuilder.CreateIndex(
                name: "ix_finding_projects_org_id",
                table: "finding_projects",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_finding_role_holders_org_id",
                table: "finding_role_holders",
                column: "org_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "finding_cause_facts");

            migrationBuilder.DropTable(
                name: "finding_overrides");

            migrationBuilder.DropTable(
                name: "finding_projects");

            migrationBuilder.DropTable(
                name: "finding_role_holders");
        }
    }
}
