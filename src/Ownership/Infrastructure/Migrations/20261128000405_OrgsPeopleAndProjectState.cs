using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crewline.Ownership.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class OrgsPeopleAndProjectState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closed_at",
                table: "projects",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "complexity_tier",
                table: "projects",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "phase",
                table: "projects",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Kickoff");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "started_at",
                table: "projects",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "state",
                table: "projects",
                type: "jsonb",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.CreateTable(
                name: "org_functions",
                columns: table => new
                {
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    area = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    default_owners = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_functions", x => new { x.org_id, x.key });
                });

            migrationBuilder.CreateTable(
                name: "org_profiles",
                columns: table => new
                {
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    preset = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_profiles", x => x.org_id);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_org_functions_org_id",
                table: "org_functions",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_org_profiles_org_id",
                table: "org_profiles",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_people_org_id",
                table: "people",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_people_org_id_email",
                table: "people",
                columns: new[] { "org_id", "email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_people_org_id_name_id",
                table: "people",
                columns: new[] { "org_id", "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_people_org_id_subject",
                table: "people",
                columns: new[] { "org_id", "subject" },
                unique: true,
                filter: "subject IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "org_functions");

            migrationBuilder.DropTable(
                name: "org_profiles");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropColumn(
                name: "closed_at",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "complexity_tier",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "phase",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "started_at",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "state",
                table: "projects");
        }
    }
}
