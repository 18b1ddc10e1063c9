using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crewline.Reporting.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class OrgPreset : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "industry_preset",
                table: "org_portfolios",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "preset_at",
                table: "org_portfolios",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "industry_preset",
                table: "org_portfolios");

            migrationBuilder.DropColumn(
                name: "preset_at",
                table: "org_portfolios");
        }
    }
}
