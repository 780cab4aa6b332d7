using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Core.EntityFrameworkCore.Tests.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InteractionIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "entry_id",
                table: "app_crm_customer_interactions",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "entry_id",
                table: "app_crm_customer_interactions");
        }
    }
}
