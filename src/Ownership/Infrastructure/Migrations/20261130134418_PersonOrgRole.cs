using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crewline.Ownership.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PersonOrgRole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "org_role",
                table: "people",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Member");
            // Orgs that had people before org roles existed: their first person becomes the admin (the bootstrap rule).
            migrationBuilder.Sql("""
                UPDATE people SET org_role = 'Admin'
                WHERE id IN (SELECT DISTINCT ON (org_id) id FROM people ORDER BY org_id, created_at, id);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "org_role",
                table: "people");
        }
    }
}
