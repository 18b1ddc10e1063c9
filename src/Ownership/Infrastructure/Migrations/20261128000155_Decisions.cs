using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crewline.Ownership.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Decisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "crises",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    source_function_key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    lead_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    lead_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    coordinating_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    coordination_duty = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    lead_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    opened_by = table.Column<Guid>(type: "uuid", nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    resolution = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    resolved_by = table.Column<Guid>(type: "uuid", nullable: true),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_crises", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    function_key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    what = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    why = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: false),
                    decider_roles = table.Column<string[]>(type: "text[]", nullable: false),
                    owner_roles = table.Column<string[]>(type: "text[]", nullable: false),
                    briefed_roles = table.Column<string[]>(type: "text[]", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    is_override = table.Column<bool>(type: "boolean", nullable: false),
                    override_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decisions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "joint_escalations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_manager_id = table.Column<Guid>(type: "uuid", nullable: false),
                    producer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    why = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_joint_escalations", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_crises_org_id",
                table: "crises",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_crises_project_id_opened_at_id",
                table: "crises",
                columns: new[] { "project_id", "opened_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_decisions_org_id",
                table: "decisions",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_decisions_project_id_decided_at_id",
                table: "decisions",
                columns: new[] { "project_id", "decided_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_joint_escalations_org_id",
                table: "joint_escalations",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_joint_escalations_project_id_raised_at_id",
                table: "joint_escalations",
                columns: new[] { "project_id", "raised_at", "id" });

            // R-ROUTE-4: the decision log is append-only, in the database too (keep this when squashing migrations).
            migrationBuilder.Sql("""
                CREATE FUNCTION decisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'the decision log is append-only (R-ROUTE-4): % is not allowed', TG_OP;
                END $$;
                CREATE TRIGGER decisions_append_only BEFORE UPDATE OR DELETE ON decisions
                    FOR EACH ROW EXECUTE FUNCTION decisions_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS decisions_append_only ON decisions; DROP FUNCTION IF EXISTS decisions_append_only();");

            migrationBuilder.DropTable(
                name: "crises");

            migrationBuilder.DropTable(
                name: "decisions");

            migrationBuilder.DropTable(
                name: "joint_escalations");
        }
    }
}
