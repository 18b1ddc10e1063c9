using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crewline.ScopeChanges.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ScopeChangeWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "submitted_by",
                table: "change_requests",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AddColumn<Guid>(
                name: "change_order_id",
                table: "change_requests",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deadline_at",
                table: "change_requests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "due_by",
                table: "change_requests",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "escalations",
                table: "change_requests",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "flow",
                table: "change_requests",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "history",
                table: "change_requests",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<Guid>(
                name: "inbound_message_id",
                table: "change_requests",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "next_escalation_at",
                table: "change_requests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "production",
                table: "change_requests",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "received_at",
                table: "change_requests",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "requested_by",
                table: "change_requests",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "requested_deliverables",
                table: "change_requests",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "versions",
                table: "change_requests",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "change_orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    change_request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    subject = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    markdown = table.Column<string>(type: "text", nullable: false),
                    html = table.Column<string>(type: "text", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_change_orders", x => x.id);
                });

            // Requests raised before the workflow existed: the client asked when they were submitted, by whom
            // submitted them, and the one state they could be in is now called Requested.
            migrationBuilder.Sql("""
                UPDATE change_requests SET received_at = submitted_at, requested_by = submitted_by;
                UPDATE change_requests SET status = 'Requested' WHERE status = 'AwaitingAssessment';
                """);

            // A change order is immutable once written (R-SCOPE-4).
            migrationBuilder.Sql("""
                CREATE FUNCTION change_orders_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'change orders are immutable (R-SCOPE-4): % refused', TG_OP;
                END $$;
                CREATE TRIGGER change_orders_immutable BEFORE UPDATE OR DELETE ON change_orders
                    FOR EACH ROW EXECUTE FUNCTION change_orders_immutable();
                """);

            migrationBuilder.CreateIndex(
                name: "ix_change_requests_next_escalation_at",
                table: "change_requests",
                column: "next_escalation_at",
                filter: "next_escalation_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_change_requests_org_id_inbound_message_id",
                table: "change_requests",
                columns: new[] { "org_id", "inbound_message_id" },
                unique: true,
                filter: "inbound_message_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_change_requests_org_id_status_submitted_at_id",
                table: "change_requests",
                columns: new[] { "org_id", "status", "submitted_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_change_orders_change_request_id_version",
                table: "change_orders",
                columns: new[] { "change_request_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_change_orders_org_id",
                table: "change_orders",
                column: "org_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS change_orders_immutable ON change_orders; DROP FUNCTION IF EXISTS change_orders_immutable();");
            migrationBuilder.Sql("UPDATE change_requests SET status = 'AwaitingAssessment' WHERE status = 'Requested';");
            migrationBuilder.DropTable(
                name: "change_orders");

            migrationBuilder.DropIndex(
                name: "ix_change_requests_next_escalation_at",
                table: "change_requests");

            migrationBuilder.DropIndex(
                name: "ix_change_requests_org_id_inbound_message_id",
                table: "change_requests");

            migrationBuilder.DropIndex(
                name: "ix_change_requests_org_id_status_submitted_at_id",
                table: "change_requests");

            migrationBuilder.DropColumn(
                name: "change_order_id",
                table: "change_requests");

            migrationBuilder.DropColumn(
                name: "deadline_at",
                table: "change_requests");

            migrationBuilder.DropColumn(
                name: "due_by",
                table: "change_requests");

            migrationBuilder.DropColumn(
                name: "escalations",
                table: "change_requests");

            migrationBuilder.DropColumn(
                name: "flow",
                table: "change_requests");

            migrationBuilder.DropColumn(
                name: "history",
                table: "change_requests");

            migrationBuilder.DropColumn(
                name: "inbound_message_id",
                table: "change_requests");

            migrationBuilder.DropColumn(
                name: "next_escalation_at",
                table: "change_requests");

            migrationBuilder.DropColumn(
                name: "production",
                table: "change_requests");

            migrationBuilder.DropColumn(
                name: "received_at",
                table: "change_requests");

            migrationBuilder.DropColumn(
                name: "requested_by",
                table: "change_requests");

            migrationBuilder.DropColumn(
                name: "requested_deliverables",
                table: "change_requests");

            migrationBuilder.DropColumn(
                name: "versions",
                table: "change_requests");

            migrationBuilder.AlterColumn<string>(
                name: "submitted_by",
                table: "change_requests",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(400)",
                oldMaxLength: 400);
        }
    }
}
