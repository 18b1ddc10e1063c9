using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crewline.Reporting.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class MatrixFunctionNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "name",
                table: "rm_matrix_rows",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "name",
                table: "rm_matrix_rows");
        }
    }
}
