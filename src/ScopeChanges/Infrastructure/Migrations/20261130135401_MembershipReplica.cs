using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crewline.ScopeChanges.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class MembershipReplica : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "replica_function_owners",
                columns: table => new
                {
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    function_key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owners = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    is_shared = table.Column<bool>(type: "boolean", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_replica_function_owners", x => new { x.project_id, x.function_key });
                });

            migrationBuilder.CreateTable(
                name: "replica_people",
                columns: table => new
                {
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    org_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    org_role_set_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_replica_people", x => x.person_id);
                });

            migrationBuilder.CreateTable(
                name: "replica_project_roles",
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
                    table.PrimaryKey("pk_replica_project_roles", x => new { x.project_id, x.person_id, x.role });
                });

            migrationBuilder.CreateIndex(
                name: "ix_replica_function_owners_org_id",
                table: "replica_function_owners",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_replica_people_org_id",
                table: "replica_people",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_replica_people_org_id_subject",
                table: "replica_people",
                columns: new[] { "org_id", "subject" });

            migrationBuilder.CreateIndex(
                name: "ix_replica_project_roles_org_id",
                table: "replica_project_roles",
                column: "org_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "replica_function_owners");

            migrationBuilder.DropTable(
                name: "replica_people");

            migrationBuilder.DropTable(
                name: "replica_project_roles");
        }
    }
}
