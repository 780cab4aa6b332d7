using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Core.EntityFrameworkCore.Tests.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "app_crm_customers",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    display_name = table.Column<string>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    website = table.Column<string>(type: "TEXT", nullable: true),
                    acquisition_channel = table.Column<string>(type: "TEXT", nullable: true),
                    acquisition_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    acquisition_date_calendar = table.Column<string>(type: "TEXT", nullable: true),
                    rank = table.Column<string>(type: "TEXT", nullable: true),
                    owner = table.Column<string>(type: "TEXT", nullable: true),
                    first_name = table.Column<string>(type: "TEXT", nullable: true),
                    last_name = table.Column<string>(type: "TEXT", nullable: true),
                    gender = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    title_prefix = table.Column<string>(type: "TEXT", nullable: true),
                    birth_certificate_number = table.Column<string>(type: "TEXT", nullable: true),
                    national_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    birth_date_calendar = table.Column<string>(type: "TEXT", nullable: true),
                    marriage_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    marriage_date_calendar = table.Column<string>(type: "TEXT", nullable: true),
                    field_of_study = table.Column<string>(type: "TEXT", nullable: true),
                    education_degree = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    sheba = table.Column<string>(type: "TEXT", maxLength: 26, nullable: true),
                    bank_card = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    company_name = table.Column<string>(type: "TEXT", nullable: true),
                    field_of_activity = table.Column<string>(type: "TEXT", nullable: true),
                    establishment_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    establishment_date_calendar = table.Column<string>(type: "TEXT", nullable: true),
                    legal_entity_id = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    economic_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    po_box = table.Column<string>(type: "TEXT", nullable: true),
                    search_names = table.Column<string>(type: "TEXT", nullable: false),
                    search_rank = table.Column<string>(type: "TEXT", nullable: true),
                    search_channel = table.Column<string>(type: "TEXT", nullable: true),
                    search_owner = table.Column<string>(type: "TEXT", nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    folded_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    folded_kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    folded_display_name = table.Column<string>(type: "TEXT", nullable: true),
                    folded_first_name = table.Column<string>(type: "TEXT", nullable: true),
                    folded_last_name = table.Column<string>(type: "TEXT", nullable: true),
                    folded_company_name = table.Column<string>(type: "TEXT", nullable: true),
                    folded_gender = table.Column<string>(type: "TEXT", nullable: true),
                    folded_national_code = table.Column<string>(type: "TEXT", nullable: true),
                    folded_province = table.Column<string>(type: "TEXT", nullable: true),
                    folded_city = table.Column<string>(type: "TEXT", nullable: true),
                    folded_owner = table.Column<string>(type: "TEXT", nullable: true),
                    folded_rank = table.Column<string>(type: "TEXT", nullable: true),
                    folded_acquisition_channel = table.Column<string>(type: "TEXT", nullable: true),
                    folded_email = table.Column<string>(type: "TEXT", nullable: true),
                    folded_field_of_activity = table.Column<string>(type: "TEXT", nullable: true),
                    folded_field_of_study = table.Column<string>(type: "TEXT", nullable: true),
                    birth_day = table.Column<int>(type: "INTEGER", nullable: true),
                    marriage_day = table.Column<int>(type: "INTEGER", nullable: true),
                    establishment_day = table.Column<int>(type: "INTEGER", nullable: true),
                    acquisition_day = table.Column<int>(type: "INTEGER", nullable: true),
                    birth_persian = table.Column<int>(type: "INTEGER", nullable: true),
                    marriage_persian = table.Column<int>(type: "INTEGER", nullable: true),
                    establishment_persian = table.Column<int>(type: "INTEGER", nullable: true),
                    acquisition_persian = table.Column<int>(type: "INTEGER", nullable: true),
                    last_interaction_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_crm_customers", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "app_crm_follow_up_plans",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    days = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_crm_follow_up_plans", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "app_crm_follow_ups",
                columns: table => new
                {
                    follow_up_id = table.Column<string>(type: "TEXT", nullable: false),
                    completed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    customer_id = table.Column<string>(type: "TEXT", nullable: false),
                    owner = table.Column<string>(type: "TEXT", nullable: false),
                    due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    due_persian = table.Column<int>(type: "INTEGER", nullable: false),
                    filed_under_month = table.Column<bool>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    priority = table.Column<int>(type: "INTEGER", nullable: false),
                    effort_nanoseconds = table.Column<long>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", nullable: false),
                    origin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    origin_id = table.Column<string>(type: "TEXT", nullable: true),
                    handed_over_from = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_crm_follow_ups", x => x.follow_up_id);
                });

            migrationBuilder.CreateTable(
                name: "app_crm_purchase_totals",
                columns: table => new
                {
                    customer_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    last_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    purchases = table.Column<long>(type: "INTEGER", nullable: false),
                    amount_units = table.Column<long>(type: "INTEGER", nullable: false),
                    min_currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    max_currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_crm_purchase_totals", x => x.customer_code);
                });

            migrationBuilder.CreateTable(
                name: "app_crm_purchase_totals_state",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false),
                    covered_to = table.Column<long>(type: "INTEGER", nullable: false),
                    covered_count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_crm_purchase_totals_state", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "app_crm_purchases",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    customer_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    amount_units = table.Column<long>(type: "INTEGER", nullable: false),
                    currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_crm_purchases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "app_crm_wanted_lists",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_crm_wanted_lists", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "app_invoices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CustomerCode = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_invoices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "app_crm_company_contacts",
                columns: table => new
                {
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    customer_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    person = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    role = table.Column<string>(type: "TEXT", nullable: false),
                    unit = table.Column<string>(type: "TEXT", nullable: true),
                    from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    from_calendar = table.Column<string>(type: "TEXT", nullable: false),
                    to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    to_calendar = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_crm_company_contacts", x => new { x.customer_code, x.position });
                    table.ForeignKey(
                        name: "FK_app_crm_company_contacts_app_crm_customers_customer_code",
                        column: x => x.customer_code,
                        principalTable: "app_crm_customers",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "app_crm_customer_addresses",
                columns: table => new
                {
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    customer_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    province = table.Column<string>(type: "TEXT", nullable: true),
                    city = table.Column<string>(type: "TEXT", nullable: true),
                    street = table.Column<string>(type: "TEXT", nullable: true),
                    postal_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    is_primary = table.Column<bool>(type: "INTEGER", nullable: false),
                    search_province = table.Column<string>(type: "TEXT", nullable: true),
                    search_city = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_crm_customer_addresses", x => new { x.customer_code, x.position });
                    table.ForeignKey(
                        name: "FK_app_crm_customer_addresses_app_crm_customers_customer_code",
                        column: x => x.customer_code,
                        principalTable: "app_crm_customers",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "app_crm_customer_emails",
                columns: table => new
                {
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    customer_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    search_address = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_crm_customer_emails", x => new { x.customer_code, x.position });
                    table.ForeignKey(
                        name: "FK_app_crm_customer_emails_app_crm_customers_customer_code",
                        column: x => x.customer_code,
                        principalTable: "app_crm_customers",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "app_crm_customer_history",
                columns: table => new
                {
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    customer_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    by = table.Column<string>(type: "TEXT", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    field = table.Column<string>(type: "TEXT", nullable: false),
                    old_value = table.Column<string>(type: "TEXT", nullable: true),
                    new_value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_crm_customer_history", x => new { x.customer_code, x.position });
                    table.ForeignKey(
                        name: "FK_app_crm_customer_history_app_crm_customers_customer_code",
                        column: x => x.customer_code,
                        principalTable: "app_crm_customers",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "app_crm_customer_interactions",
                columns: table => new
                {
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    customer_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    direction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    author = table.Column<string>(type: "TEXT", nullable: false),
                    summary = table.Column<string>(type: "TEXT", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", nullable: true),
                    next_contact = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    next_contact_calendar = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_crm_customer_interactions", x => new { x.customer_code, x.position });
                    table.ForeignKey(
                        name: "FK_app_crm_customer_interactions_app_crm_customers_customer_code",
                        column: x => x.customer_code,
                        principalTable: "app_crm_customers",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "app_crm_customer_labels",
                columns: table => new
                {
                    kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: false),
                    customer_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    search_value = table.Column<string>(type: "TEXT", nullable: false),
                    folded = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_crm_customer_labels", x => new { x.customer_code, x.kind, x.value });
                    table.ForeignKey(
                        name: "FK_app_crm_customer_labels_app_crm_customers_customer_code",
                        column: x => x.customer_code,
                        principalTable: "app_crm_customers",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "app_crm_customer_notes",
                columns: table => new
                {
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    customer_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    author = table.Column<string>(type: "TEXT", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_crm_customer_notes", x => new { x.customer_code, x.position });
                    table.ForeignKey(
                        name: "FK_app_crm_customer_notes_app_crm_customers_customer_code",
                        column: x => x.customer_code,
                        principalTable: "app_crm_customers",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "app_crm_customer_phones",
                columns: table => new
                {
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    customer_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    is_primary = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_crm_customer_phones", x => new { x.customer_code, x.position });
                    table.ForeignKey(
                        name: "FK_app_crm_customer_phones_app_crm_customers_customer_code",
                        column: x => x.customer_code,
                        principalTable: "app_crm_customers",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "app_crm_follow_up_assignments",
                columns: table => new
                {
                    plan_name = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    scheduled = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    follow_up_id = table.Column<string>(type: "TEXT", nullable: false),
                    customer_id = table.Column<string>(type: "TEXT", nullable: false),
                    owner = table.Column<string>(type: "TEXT", nullable: false),
                    due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    due_persian = table.Column<int>(type: "INTEGER", nullable: false),
                    filed_under_month = table.Column<bool>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    priority = table.Column<int>(type: "INTEGER", nullable: false),
                    effort_nanoseconds = table.Column<long>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", nullable: false),
                    origin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    origin_id = table.Column<string>(type: "TEXT", nullable: true),
                    handed_over_from = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_crm_follow_up_assignments", x => new { x.plan_name, x.position });
                    table.ForeignKey(
                        name: "FK_app_crm_follow_up_assignments_app_crm_follow_up_plans_plan_name",
                        column: x => x.plan_name,
                        principalTable: "app_crm_follow_up_plans",
                        principalColumn: "name",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "app_crm_follow_up_unplaced",
                columns: table => new
                {
                    plan_name = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    message = table.Column<string>(type: "TEXT", nullable: false),
                    follow_up_id = table.Column<string>(type: "TEXT", nullable: false),
                    customer_id = table.Column<string>(type: "TEXT", nullable: false),
                    owner = table.Column<string>(type: "TEXT", nullable: false),
                    due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    due_persian = table.Column<int>(type: "INTEGER", nullable: false),
                    filed_under_month = table.Column<bool>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    priority = table.Column<int>(type: "INTEGER", nullable: false),
                    effort_nanoseconds = table.Column<long>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", nullable: false),
                    origin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    origin_id = table.Column<string>(type: "TEXT", nullable: true),
                    handed_over_from = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_crm_follow_up_unplaced", x => new { x.plan_name, x.position });
                    table.ForeignKey(
                        name: "FK_app_crm_follow_up_unplaced_app_crm_follow_up_plans_plan_name",
                        column: x => x.plan_name,
                        principalTable: "app_crm_follow_up_plans",
                        principalColumn: "name",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "app_crm_wanted_list_entries",
                columns: table => new
                {
                    customer_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    list_name = table.Column<string>(type: "TEXT", nullable: false),
                    place = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    rank = table.Column<int>(type: "INTEGER", nullable: false),
                    priority = table.Column<decimal>(type: "TEXT", nullable: false),
                    nominated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    nominated_by = table.Column<string>(type: "TEXT", nullable: false),
                    listed_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_crm_wanted_list_entries", x => new { x.list_name, x.customer_code });
                    table.ForeignKey(
                        name: "FK_app_crm_wanted_list_entries_app_crm_wanted_lists_list_name",
                        column: x => x.list_name,
                        principalTable: "app_crm_wanted_lists",
                        principalColumn: "name",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "app_crm_wanted_list_history",
                columns: table => new
                {
                    list_name = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    customer_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    by = table.Column<string>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_crm_wanted_list_history", x => new { x.list_name, x.position });
                    table.ForeignKey(
                        name: "FK_app_crm_wanted_list_history_app_crm_wanted_lists_list_name",
                        column: x => x.list_name,
                        principalTable: "app_crm_wanted_lists",
                        principalColumn: "name",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_app_crm_company_contacts_person",
                table: "app_crm_company_contacts",
                column: "person");

            migrationBuilder.CreateIndex(
                name: "IX_app_crm_customer_addresses_search_city",
                table: "app_crm_customer_addresses",
                column: "search_city");

            migrationBuilder.CreateIndex(
                name: "IX_app_crm_customer_addresses_search_province",
                table: "app_crm_customer_addresses",
                column: "search_province");

            migrationBuilder.CreateIndex(
                name: "IX_app_crm_customer_emails_address",
                table: "app_crm_customer_emails",
                column: "address");

            migrationBuilder.CreateIndex(
                name: "IX_app_crm_customer_emails_search_address",
                table: "app_crm_customer_emails",
                column: "search_address");

            migrationBuilder.CreateIndex(
                name: "IX_app_crm_customer_interactions_next_contact",
                table: "app_crm_customer_interactions",
                column: "next_contact");

            migrationBuilder.CreateIndex(
                name: "IX_app_crm_customer_labels_kind_search_value",
                table: "app_crm_customer_labels",
                columns: new[] { "kind", "search_value" });

            migrationBuilder.CreateIndex(
                name: "IX_app_crm_customer_labels_kind_value",
                table: "app_crm_customer_labels",
                columns: new[] { "kind", "value" });

            migrationBuilder.CreateIndex(
                name: "IX_app_crm_customer_phones_number",
                table: "app_crm_customer_phones",
                column: "number");

            migrationBuilder.CreateIndex(
                name: "IX_app_crm_customers_company_name",
                table: "app_crm_customers",
                column: "company_name");

            migrationBuilder.CreateIndex(
                name: "IX_app_crm_customers_last_name",
                table: "app_crm_customers",
                column: "last_name");

            migrationBuilder.CreateIndex(
                name: "IX_app_crm_customers_national_code",
                table: "app_crm_customers",
                column: "national_code");

            migrationBuilder.CreateIndex(
                name: "IX_app_crm_customers_search_channel",
                table: "app_crm_customers",
                column: "search_channel");

            migrationBuilder.CreateIndex(
                name: "IX_app_crm_customers_search_owner",
                table: "app_crm_customers",
                column: "search_owner");

            migrationBuilder.CreateIndex(
                name: "IX_app_crm_customers_search_rank",
                table: "app_crm_customers",
                column: "search_rank");

            migrationBuilder.CreateIndex(
                name: "IX_app_crm_follow_up_assignments_plan_name_owner_scheduled",
                table: "app_crm_follow_up_assignments",
                columns: new[] { "plan_name", "owner", "scheduled" });

            migrationBuilder.CreateIndex(
                name: "IX_app_crm_follow_ups_customer_id",
                table: "app_crm_follow_ups",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "IX_app_crm_follow_ups_owner_due",
                table: "app_crm_follow_ups",
                columns: new[] { "owner", "due" });

            migrationBuilder.CreateIndex(
                name: "IX_app_crm_purchases_customer_code_date",
                table: "app_crm_purchases",
                columns: new[] { "customer_code", "date" });

            migrationBuilder.CreateIndex(
                name: "IX_app_crm_wanted_list_history_customer_code",
                table: "app_crm_wanted_list_history",
                column: "customer_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "app_crm_company_contacts");

            migrationBuilder.DropTable(
                name: "app_crm_customer_addresses");

            migrationBuilder.DropTable(
                name: "app_crm_customer_emails");

            migrationBuilder.DropTable(
                name: "app_crm_customer_history");

            migrationBuilder.DropTable(
                name: "app_crm_customer_interactions");

            migrationBuilder.DropTable(
                name: "app_crm_customer_labels");

            migrationBuilder.DropTable(
                name: "app_crm_customer_notes");

            migrationBuilder.DropTable(
                name: "app_crm_customer_phones");

            migrationBuilder.DropTable(
                name: "app_crm_follow_up_assignments");

            migrationBuilder.DropTable(
                name: "app_crm_follow_up_unplaced");

            migrationBuilder.DropTable(
                name: "app_crm_follow_ups");

            migrationBuilder.DropTable(
                name: "app_crm_purchase_totals");

            migrationBuilder.DropTable(
                name: "app_crm_purchase_totals_state");

            migrationBuilder.DropTable(
                name: "app_crm_purchases");

            migrationBuilder.DropTable(
                name: "app_crm_wanted_list_entries");

            migrationBuilder.DropTable(
                name: "app_crm_wanted_list_history");

            migrationBuilder.DropTable(
                name: "app_invoices");

            migrationBuilder.DropTable(
                name: "app_crm_customers");

            migrationBuilder.DropTable(
                name: "app_crm_follow_up_plans");

            migrationBuilder.DropTable(
                name: "app_crm_wanted_lists");
        }
    }
}
