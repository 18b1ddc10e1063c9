using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Crewline.Reporting.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PortfolioProjections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closed_at",
                table: "project_summaries",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "hierarchy",
                table: "project_summaries",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "hierarchy_at",
                table: "project_summaries",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_placeholder",
                table: "project_summaries",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "spoc_named_at",
                table: "project_summaries",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "spoc_person_id",
                table: "project_summaries",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "spoc_role",
                table: "project_summaries",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "spoc_subject",
                table: "project_summaries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "started_at",
                table: "project_summaries",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "project_summaries",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "event_log",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    payload = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_log", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "rm_decisions",
                columns: table => new
                {
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    function_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: false),
                    decided_as = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    briefed_roles = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    is_override = table.Column<bool>(type: "boolean", nullable: false),
                    summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    rationale = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    co_decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    change_request_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rm_decisions", x => x.decision_id);
                });

            migrationBuilder.CreateTable(
                name: "rm_invoices",
                columns: table => new
                {
                    invoice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    vendor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: true),
                    received = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rm_invoices", x => x.invoice_id);
                });

            migrationBuilder.CreateTable(
                name: "rm_matrix_rows",
                columns: table => new
                {
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    function_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owners = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    is_shared = table.Column<bool>(type: "boolean", nullable: false),
                    owners_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cleared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rm_matrix_rows", x => new { x.project_id, x.function_key });
                });

            migrationBuilder.CreateTable(
                name: "rm_plan_items",
                columns: table => new
                {
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    owner_role = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    start = table.Column<DateOnly>(type: "date", nullable: true),
                    due = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    change_request_id = table.Column<Guid>(type: "uuid", nullable: true),
                    added = table.Column<bool>(type: "boolean", nullable: false),
                    rescheduled = table.Column<bool>(type: "boolean", nullable: false),
                    withdrawn = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rm_plan_items", x => x.item_id);
                });

            migrationBuilder.CreateTable(
                name: "rm_project_facts",
                columns: table => new
                {
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rm_project_facts", x => new { x.project_id, x.kind, x.key });
                });

            migrationBuilder.CreateTable(
                name: "rm_scope_changes",
                columns: table => new
                {
                    change_request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    assessed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    status_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    signatures = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    signature_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    sort_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rm_scope_changes", x => x.change_request_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_event_log_message_id",
                table: "event_log",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_event_log_org_id",
                table: "event_log",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_rm_decisions_org_id",
                table: "rm_decisions",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_rm_decisions_org_id_decided_at_decision_id",
                table: "rm_decisions",
                columns: new[] { "org_id", "decided_at", "decision_id" });

            migrationBuilder.CreateIndex(
                name: "ix_rm_decisions_project_id_decided_at_decision_id",
                table: "rm_decisions",
                columns: new[] { "project_id", "decided_at", "decision_id" });

            migrationBuilder.CreateIndex(
                name: "ix_rm_invoices_org_id",
                table: "rm_invoices",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_rm_invoices_project_id_due_on",
                table: "rm_invoices",
                columns: new[] { "project_id", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_rm_matrix_rows_org_id",
                table: "rm_matrix_rows",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_rm_plan_items_org_id",
                table: "rm_plan_items",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_rm_plan_items_project_id_due",
                table: "rm_plan_items",
                columns: new[] { "project_id", "due" });

            migrationBuilder.CreateIndex(
                name: "ix_rm_project_facts_org_id",
                table: "rm_project_facts",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_rm_scope_changes_org_id",
                table: "rm_scope_changes",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_rm_scope_changes_org_id_sort_at_change_request_id",
                table: "rm_scope_changes",
                columns: new[] { "org_id", "sort_at", "change_request_id" });

            migrationBuilder.CreateIndex(
                name: "ix_rm_scope_changes_project_id_sort_at_change_request_id",
                table: "rm_scope_changes",
                columns: new[] { "project_id", "sort_at", "change_request_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "event_log");

            migrationBuilder.DropTable(
                name: "rm_decisions");

            migrationBuilder.DropTable(
                name: "rm_invoices");

            migrationBuilder.DropTable(
                name: "rm_matrix_rows");

            migrationBuilder.DropTable(
                name: "rm_plan_items");

            migrationBuilder.DropTable(
                name: "rm_project_facts");

            migrationBuilder.DropTable(
                name: "rm_scope_changes");

            migrationBuilder.DropColumn(
                name: "closed_at",
                table: "project_summaries");

            migrationBuilder.DropColumn(
                name: "hierarchy",
                table: "project_summaries");

            migrationBuilder.DropColumn(
                name: "hierarchy_at",
                table: "project_summaries");

            migrationBuilder.DropColumn(
                name: "is_placeholder",
                table: "project_summaries");

            migrationBuilder.DropColumn(
                name: "spoc_named_at",
                table: "project_summaries");

            migrationBuilder.DropColumn(
                name: "spoc_person_id",
                table: "project_summaries");

            migrationBuilder.DropColumn(
                name: "spoc_role",
                table: "project_summaries");

            migrationBuilder.DropColumn(
                name: "spoc_subject",
                table: "project_summaries");

            migrationBuilder.DropColumn(
                name: "started_at",
                table: "project_summaries");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "project_summaries");
        }
    }
}
