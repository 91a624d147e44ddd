using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CommerceOps.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "alert_rules",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    metric = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    step = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    direction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    yellow = table.Column<double>(type: "REAL", nullable: false),
                    red = table.Column<double>(type: "REAL", nullable: false),
                    clear = table.Column<double>(type: "REAL", nullable: false),
                    minimum_sample = table.Column<long>(type: "INTEGER", nullable: false),
                    enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    last_status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    last_value = table.Column<double>(type: "REAL", nullable: true),
                    last_baseline = table.Column<double>(type: "REAL", nullable: true),
                    last_sample = table.Column<long>(type: "INTEGER", nullable: false),
                    last_evaluated_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_alert_rules", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "alerts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    detail = table.Column<string>(type: "TEXT", nullable: false),
                    link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    diagnosis = table.Column<string>(type: "TEXT", nullable: true),
                    opened_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    acknowledged_at = table.Column<long>(type: "INTEGER", nullable: true),
                    acknowledged_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    closed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_alerts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "api_clients",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    key_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    revoked = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_clients", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    display_name = table.Column<string>(type: "TEXT", nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", nullable: true),
                    security_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    phone_number = table.Column<string>(type: "TEXT", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    lockout_end = table.Column<long>(type: "INTEGER", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    access_failed_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "brands",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    trademark_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    trademark_class = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_brands", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "campaigns",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    template = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    spec = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    evaluated_until = table.Column<long>(type: "INTEGER", nullable: false),
                    next_run_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaigns", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "candidate_products",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    category_code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    target_price = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_candidate_products", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "carts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    customer_id = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_carts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "categories",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    parent_id = table.Column<long>(type: "INTEGER", nullable: true),
                    code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_categories", x => x.id);
                    table.ForeignKey(
                        name: "fk_categories_categories_parent_id",
                        column: x => x.parent_id,
                        principalTable: "categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "compliance_campaign_rules",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: false),
                    effective_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    published_at = table.Column<long>(type: "INTEGER", nullable: true),
                    published_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_compliance_campaign_rules", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "compliance_return_policies",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    scope = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    days = table.Column<int>(type: "INTEGER", nullable: false),
                    exclusion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    explanation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    set_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    set_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_compliance_return_policies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "compliance_word_list_versions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    published_at = table.Column<long>(type: "INTEGER", nullable: false),
                    published_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_compliance_word_list_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "content_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    skus = table.Column<string>(type: "TEXT", nullable: false),
                    published_at = table.Column<long>(type: "INTEGER", nullable: false),
                    starts_at = table.Column<long>(type: "INTEGER", nullable: true),
                    ends_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_items", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "customers",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    registration_channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    membership_tier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    registered_at = table.Column<long>(type: "INTEGER", nullable: false),
                    province = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    city = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    non_personalised = table.Column<bool>(type: "INTEGER", nullable: false),
                    anonymised_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "customs_declarations",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    order_id = table.Column<long>(type: "INTEGER", nullable: false),
                    order_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    declaration_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    submitted_at = table.Column<long>(type: "INTEGER", nullable: false),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    rejection_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customs_declarations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                columns: table => new
                {
                    scope = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    request_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    resource_id = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_keys", x => new { x.scope, x.key });
                });

            migrationBuilder.CreateTable(
                name: "ip_evidence",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    length = table.Column<long>(type: "INTEGER", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    storage_path = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    uploaded_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    uploaded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ip_evidence", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "knowledge_articles",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    problem = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    solution = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    tags = table.Column<string>(type: "TEXT", nullable: false),
                    ticket_reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    helpful_votes = table.Column<int>(type: "INTEGER", nullable: false),
                    unhelpful_votes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_knowledge_articles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "orders",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    customer_id = table.Column<long>(type: "INTEGER", nullable: true),
                    customer_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    payment_method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    recipient = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    phone = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    province = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    city = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    district = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    address_line = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    remarks = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    placed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    payment_due_at = table.Column<long>(type: "INTEGER", nullable: true),
                    paid_at = table.Column<long>(type: "INTEGER", nullable: true),
                    shipped_at = table.Column<long>(type: "INTEGER", nullable: true),
                    delivered_at = table.Column<long>(type: "INTEGER", nullable: true),
                    promised_by = table.Column<long>(type: "INTEGER", nullable: true),
                    promised_from = table.Column<long>(type: "INTEGER", nullable: true),
                    ship_by = table.Column<long>(type: "INTEGER", nullable: true),
                    promise_level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    cancelled_at = table.Column<long>(type: "INTEGER", nullable: true),
                    total = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "original_designs",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    evidence = table.Column<string>(type: "TEXT", nullable: false),
                    registered_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    registered_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_original_designs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    projected_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payments",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    order_id = table.Column<long>(type: "INTEGER", nullable: false),
                    order_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    provider_reference = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    failure_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_calendar_days",
                columns: table => new
                {
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    changed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    changed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_privacy_calendar_days", x => x.date);
                });

            migrationBuilder.CreateTable(
                name: "privacy_purposes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    sensitive = table.Column<bool>(type: "INTEGER", nullable: false),
                    legal_basis = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    retention = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    changed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    changed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_privacy_purposes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_requests",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    customer_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    details = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false),
                    due_at = table.Column<long>(type: "INTEGER", nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    overdue_alerted_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_privacy_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "promotions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    rules = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    published_at = table.Column<long>(type: "INTEGER", nullable: true),
                    ended_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_promotions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "recorded_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    provider_message_id = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    customer_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recorded_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "service_offerings",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    sku_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    category_prefix = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    price = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_offerings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "service_slots",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    city = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    starts_at = table.Column<long>(type: "INTEGER", nullable: false),
                    ends_at = table.Column<long>(type: "INTEGER", nullable: false),
                    capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    booked = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_slots", x => x.id);
                    table.CheckConstraint("ck_service_slots_capacity", "booked >= 0 AND booked <= capacity");
                });

            migrationBuilder.CreateTable(
                name: "shipments",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    order_id = table.Column<long>(type: "INTEGER", nullable: false),
                    order_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    warehouse_id = table.Column<long>(type: "INTEGER", nullable: false),
                    carrier = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    tracking_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    shipped_at = table.Column<long>(type: "INTEGER", nullable: false),
                    promised_by = table.Column<long>(type: "INTEGER", nullable: true),
                    delivered_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stock_movements",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    sku_id = table.Column<long>(type: "INTEGER", nullable: false),
                    warehouse_id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stock_movements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stock_reservations",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    order_id = table.Column<long>(type: "INTEGER", nullable: false),
                    sku_id = table.Column<long>(type: "INTEGER", nullable: false),
                    warehouse_id = table.Column<long>(type: "INTEGER", nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stock_reservations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "suppliers",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    lead_time_days = table.Column<double>(type: "REAL", nullable: false),
                    lead_time_sd_days = table.Column<double>(type: "REAL", nullable: false),
                    minimum_order_quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    pack_size = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suppliers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "technicians",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    city = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    kinds = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_technicians", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tickets",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    customer_id = table.Column<long>(type: "INTEGER", nullable: true),
                    order_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    owner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    handler = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    first_response_at = table.Column<long>(type: "INTEGER", nullable: true),
                    resolved_at = table.Column<long>(type: "INTEGER", nullable: true),
                    closed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    first_response_seconds = table.Column<int>(type: "INTEGER", nullable: true),
                    resolution_seconds = table.Column<int>(type: "INTEGER", nullable: true),
                    resolution = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    satisfaction = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tickets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "warehouses",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    province = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    city = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    supplier = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_warehouses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "webhook_cursor",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    last_outbox_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_cursor", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "webhook_subscriptions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    secret = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_subscriptions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    role_id = table.Column<string>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_asp_net_role_claims_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "AspNetRoles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_asp_net_user_claims_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "TEXT", nullable: false),
                    provider_key = table.Column<string>(type: "TEXT", nullable: false),
                    provider_display_name = table.Column<string>(type: "TEXT", nullable: true),
                    user_id = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_asp_net_user_logins_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    role_id = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_asp_net_user_roles_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "AspNetRoles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_asp_net_user_roles_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    login_provider = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_asp_net_user_tokens_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "brand_authorisations",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    brand_id = table.Column<long>(type: "INTEGER", nullable: false),
                    document_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    party_kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    party_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    category_scope = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    valid_from = table.Column<long>(type: "INTEGER", nullable: false),
                    valid_to = table.Column<long>(type: "INTEGER", nullable: false),
                    evidence = table.Column<string>(type: "TEXT", nullable: false),
                    registered_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    registered_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_brand_authorisations", x => x.id);
                    table.ForeignKey(
                        name: "fk_brand_authorisations_brands_brand_id",
                        column: x => x.brand_id,
                        principalTable: "brands",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "campaign_sends",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    campaign_id = table.Column<long>(type: "INTEGER", nullable: false),
                    customer_id = table.Column<long>(type: "INTEGER", nullable: false),
                    customer_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: false),
                    send_at = table.Column<long>(type: "INTEGER", nullable: true),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: true),
                    provider_message_id = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    coupon_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaign_sends", x => x.id);
                    table.ForeignKey(
                        name: "fk_campaign_sends_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cart_lines",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    sku_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    cart_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cart_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_cart_lines_carts_cart_id",
                        column: x => x.cart_id,
                        principalTable: "carts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "products",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    subtitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    category_id = table.Column<long>(type: "INTEGER", nullable: false),
                    brand_id = table.Column<long>(type: "INTEGER", nullable: true),
                    attributes = table.Column<string>(type: "TEXT", nullable: false),
                    ingredients = table.Column<string>(type: "TEXT", nullable: false),
                    is_published = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_products", x => x.id);
                    table.ForeignKey(
                        name: "fk_products_brands_brand_id",
                        column: x => x.brand_id,
                        principalTable: "brands",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_products_categories_category_id",
                        column: x => x.category_id,
                        principalTable: "categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "compliance_word_list_terms",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    version_id = table.Column<long>(type: "INTEGER", nullable: false),
                    term = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    categories = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_compliance_word_list_terms", x => x.id);
                    table.ForeignKey(
                        name: "fk_compliance_word_list_terms_compliance_word_list_versions_version_id",
                        column: x => x.version_id,
                        principalTable: "compliance_word_list_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "candidate_votes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    candidate_id = table.Column<long>(type: "INTEGER", nullable: false),
                    customer_id = table.Column<long>(type: "INTEGER", nullable: false),
                    customer_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    segment = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    voted_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_candidate_votes", x => x.id);
                    table.ForeignKey(
                        name: "fk_candidate_votes_candidate_products_candidate_id",
                        column: x => x.candidate_id,
                        principalTable: "candidate_products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_candidate_votes_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "consent_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    customer_id = table.Column<long>(type: "INTEGER", nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    granted_at = table.Column<long>(type: "INTEGER", nullable: false),
                    withdrawn_at = table.Column<long>(type: "INTEGER", nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    separate = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consent_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_consent_records_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "customer_addresses",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    customer_id = table.Column<long>(type: "INTEGER", nullable: false),
                    recipient = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    province = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    city = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    district = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    address_line = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    is_default = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customer_addresses", x => x.id);
                    table.ForeignKey(
                        name: "fk_customer_addresses_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "private_domain_members",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    customer_id = table.Column<long>(type: "INTEGER", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    joined_at = table.Column<long>(type: "INTEGER", nullable: false),
                    left_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_private_domain_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_private_domain_members_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "product_reviews",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    customer_id = table.Column<long>(type: "INTEGER", nullable: false),
                    customer_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    order_line_id = table.Column<long>(type: "INTEGER", nullable: false),
                    order_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    sku_id = table.Column<long>(type: "INTEGER", nullable: false),
                    sku_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    category_code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    rating = table.Column<int>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_product_reviews", x => x.id);
                    table.ForeignKey(
                        name: "fk_product_reviews_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "order_lines",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    order_id = table.Column<long>(type: "INTEGER", nullable: false),
                    sku_id = table.Column<long>(type: "INTEGER", nullable: false),
                    sku_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    product_title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    category_code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    unit_price = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    warehouse_id = table.Column<long>(type: "INTEGER", nullable: true),
                    discount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    return_exclusion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    return_policy_version = table.Column<int>(type: "INTEGER", nullable: true),
                    return_policy_text = table.Column<string>(type: "TEXT", maxLength: 800, nullable: true),
                    return_confirmed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_order_lines_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "order_promotions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    promotion_id = table.Column<long>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    order_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_promotions", x => x.id);
                    table.ForeignKey(
                        name: "fk_order_promotions_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "order_status_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    order_id = table.Column<long>(type: "INTEGER", nullable: false),
                    from = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    to = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_status_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_order_status_history_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "return_requests",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    order_id = table.Column<long>(type: "INTEGER", nullable: false),
                    order_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    customer_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    payment_method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    condition = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    goods = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    rule_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    rule_action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    refund_amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    refund_method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    refund_account_kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    refund_account_holder = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    refund_account_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    refund_reference = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    acknowledged_at = table.Column<long>(type: "INTEGER", nullable: false),
                    resolve_by = table.Column<long>(type: "INTEGER", nullable: false),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    refunded_at = table.Column<long>(type: "INTEGER", nullable: true),
                    goods_received_at = table.Column<long>(type: "INTEGER", nullable: true),
                    sla_breached_at = table.Column<long>(type: "INTEGER", nullable: true),
                    resolution = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    rule_audit = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_return_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_return_requests_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "privacy_request_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    request_id = table.Column<long>(type: "INTEGER", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_privacy_request_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_privacy_request_entries_privacy_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "privacy_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "issued_coupons",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    promotion_id = table.Column<long>(type: "INTEGER", nullable: false),
                    customer_id = table.Column<long>(type: "INTEGER", nullable: false),
                    campaign_id = table.Column<long>(type: "INTEGER", nullable: true),
                    issued_at = table.Column<long>(type: "INTEGER", nullable: false),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: false),
                    redeemed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    order_id = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_issued_coupons", x => x.id);
                    table.ForeignKey(
                        name: "fk_issued_coupons_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_issued_coupons_promotions_promotion_id",
                        column: x => x.promotion_id,
                        principalTable: "promotions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "promotion_counters",
                columns: table => new
                {
                    promotion_id = table.Column<long>(type: "INTEGER", nullable: false),
                    budget_fen = table.Column<long>(type: "INTEGER", nullable: false),
                    spent_fen = table.Column<long>(type: "INTEGER", nullable: false),
                    redemptions = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_promotion_counters", x => x.promotion_id);
                    table.CheckConstraint("ck_promotion_counters_within_budget", "spent_fen <= budget_fen");
                    table.ForeignKey(
                        name: "fk_promotion_counters_promotions_promotion_id",
                        column: x => x.promotion_id,
                        principalTable: "promotions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "promotion_customer_uses",
                columns: table => new
                {
                    promotion_id = table.Column<long>(type: "INTEGER", nullable: false),
                    customer_id = table.Column<long>(type: "INTEGER", nullable: false),
                    uses = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_promotion_customer_uses", x => new { x.promotion_id, x.customer_id });
                    table.ForeignKey(
                        name: "fk_promotion_customer_uses_promotions_promotion_id",
                        column: x => x.promotion_id,
                        principalTable: "promotions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "service_appointments",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    order_id = table.Column<long>(type: "INTEGER", nullable: false),
                    order_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    sku_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    price = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    slot_id = table.Column<long>(type: "INTEGER", nullable: false),
                    city = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    starts_at = table.Column<long>(type: "INTEGER", nullable: false),
                    ends_at = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    technician_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    booked_at = table.Column<long>(type: "INTEGER", nullable: false),
                    assigned_at = table.Column<long>(type: "INTEGER", nullable: true),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    completion_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    confirmed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_appointments", x => x.id);
                    table.ForeignKey(
                        name: "fk_service_appointments_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_service_appointments_service_slots_slot_id",
                        column: x => x.slot_id,
                        principalTable: "service_slots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tracking_nodes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    shipment_id = table.Column<long>(type: "INTEGER", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tracking_nodes", x => x.id);
                    table.ForeignKey(
                        name: "fk_tracking_nodes_shipments_shipment_id",
                        column: x => x.shipment_id,
                        principalTable: "shipments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ticket_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    author = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 4200, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    notified_user = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ticket_id = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ticket_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_ticket_entries_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "purchase_orders",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    supplier_id = table.Column<long>(type: "INTEGER", nullable: false),
                    supplier_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    warehouse_id = table.Column<long>(type: "INTEGER", nullable: false),
                    warehouse_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: true),
                    received_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_purchase_orders", x => x.id);
                    table.ForeignKey(
                        name: "fk_purchase_orders_suppliers_supplier_id",
                        column: x => x.supplier_id,
                        principalTable: "suppliers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_purchase_orders_warehouses_warehouse_id",
                        column: x => x.warehouse_id,
                        principalTable: "warehouses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "webhook_deliveries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    subscription_id = table.Column<long>(type: "INTEGER", nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_attempt_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_status_code = table.Column<int>(type: "INTEGER", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    delivered_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "fk_webhook_deliveries_webhook_subscriptions_subscription_id",
                        column: x => x.subscription_id,
                        principalTable: "webhook_subscriptions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ip_complaints",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    complainant = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    complainant_contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    product_id = table.Column<long>(type: "INTEGER", nullable: false),
                    product_title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    right = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    right_reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    evidence = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    decision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    decision_reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    closed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ip_complaints", x => x.id);
                    table.ForeignKey(
                        name: "fk_ip_complaints_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "skus",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    product_id = table.Column<long>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    specification = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    price = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    is_cross_border = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_skus", x => x.id);
                    table.ForeignKey(
                        name: "fk_skus_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "return_evidence",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    token = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    return_request_id = table.Column<long>(type: "INTEGER", nullable: true),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    length = table.Column<long>(type: "INTEGER", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    storage_path = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    uploaded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    health_proof_of = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_return_evidence", x => x.id);
                    table.ForeignKey(
                        name: "fk_return_evidence_return_requests_return_request_id",
                        column: x => x.return_request_id,
                        principalTable: "return_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "return_lines",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    return_request_id = table.Column<long>(type: "INTEGER", nullable: false),
                    order_line_id = table.Column<long>(type: "INTEGER", nullable: false),
                    sku_id = table.Column<long>(type: "INTEGER", nullable: false),
                    sku_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    product_title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    category_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    warehouse_id = table.Column<long>(type: "INTEGER", nullable: true),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    refund_amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_return_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_return_lines_return_requests_return_request_id",
                        column: x => x.return_request_id,
                        principalTable: "return_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "purchase_order_lines",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    purchase_order_id = table.Column<long>(type: "INTEGER", nullable: false),
                    sku_id = table.Column<long>(type: "INTEGER", nullable: false),
                    sku_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    received_quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    unit_cost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_purchase_order_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_purchase_order_lines_purchase_orders_purchase_order_id",
                        column: x => x.purchase_order_id,
                        principalTable: "purchase_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ip_complaint_transitions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    from = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    to = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    complaint_id = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ip_complaint_transitions", x => x.id);
                    table.ForeignKey(
                        name: "fk_ip_complaint_transitions_ip_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalTable: "ip_complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "presale_campaigns",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sku_id = table.Column<long>(type: "INTEGER", nullable: false),
                    sku_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    candidate_id = table.Column<long>(type: "INTEGER", nullable: true),
                    deposit_amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    target_quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    deadline = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    settled_at = table.Column<long>(type: "INTEGER", nullable: true),
                    closed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    purchase_order_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    deposited_quantity = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_presale_campaigns", x => x.id);
                    table.ForeignKey(
                        name: "fk_presale_campaigns_candidate_products_candidate_id",
                        column: x => x.candidate_id,
                        principalTable: "candidate_products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_presale_campaigns_skus_sku_id",
                        column: x => x.sku_id,
                        principalTable: "skus",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sku_price_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    sku_id = table.Column<long>(type: "INTEGER", nullable: false),
                    old_price = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    new_price = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    changed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sku_price_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_sku_price_history_skus_sku_id",
                        column: x => x.sku_id,
                        principalTable: "skus",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stock_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    sku_id = table.Column<long>(type: "INTEGER", nullable: false),
                    sku_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    warehouse_id = table.Column<long>(type: "INTEGER", nullable: false),
                    warehouse_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    on_hand = table.Column<int>(type: "INTEGER", nullable: false),
                    reserved = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stock_items", x => x.id);
                    table.CheckConstraint("ck_stock_items_available", "reserved >= 0 AND on_hand >= reserved");
                    table.ForeignKey(
                        name: "fk_stock_items_skus_sku_id",
                        column: x => x.sku_id,
                        principalTable: "skus",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_stock_items_warehouses_warehouse_id",
                        column: x => x.warehouse_id,
                        principalTable: "warehouses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "supplier_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    supplier_id = table.Column<long>(type: "INTEGER", nullable: false),
                    sku_id = table.Column<long>(type: "INTEGER", nullable: false),
                    sku_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    minimum_order_quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    pack_size = table.Column<int>(type: "INTEGER", nullable: false),
                    unit_cost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supplier_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_supplier_items_skus_sku_id",
                        column: x => x.sku_id,
                        principalTable: "skus",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_supplier_items_suppliers_supplier_id",
                        column: x => x.supplier_id,
                        principalTable: "suppliers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "presale_deposits",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    campaign_id = table.Column<long>(type: "INTEGER", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    customer_id = table.Column<long>(type: "INTEGER", nullable: false),
                    customer_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    payment_reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    paid_at = table.Column<long>(type: "INTEGER", nullable: false),
                    refund_reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    refunded_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_presale_deposits", x => x.id);
                    table.ForeignKey(
                        name: "fk_presale_deposits_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_presale_deposits_presale_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "presale_campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "privacy_calendar_days",
                columns: new[] { "date", "changed_at", "changed_by", "kind", "name" },
                values: new object[,]
                {
                    { new DateOnly(2026, 1, 1), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "元旦" },
                    { new DateOnly(2026, 1, 2), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "元旦" },
                    { new DateOnly(2026, 1, 3), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "元旦" },
                    { new DateOnly(2026, 1, 4), 1308626583552000000L, "国务院办公厅 2025-11-04", "WorkingDay", "元旦" },
                    { new DateOnly(2026, 2, 14), 1308626583552000000L, "国务院办公厅 2025-11-04", "WorkingDay", "春节" },
                    { new DateOnly(2026, 2, 15), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "春节" },
                    { new DateOnly(2026, 2, 16), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "春节" },
                    { new DateOnly(2026, 2, 17), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "春节" },
                    { new DateOnly(2026, 2, 18), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "春节" },
                    { new DateOnly(2026, 2, 19), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "春节" },
                    { new DateOnly(2026, 2, 20), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "春节" },
                    { new DateOnly(2026, 2, 21), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "春节" },
                    { new DateOnly(2026, 2, 22), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "春节" },
                    { new DateOnly(2026, 2, 23), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "春节" },
                    { new DateOnly(2026, 2, 28), 1308626583552000000L, "国务院办公厅 2025-11-04", "WorkingDay", "春节" },
                    { new DateOnly(2026, 4, 4), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "清明节" },
                    { new DateOnly(2026, 4, 5), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "清明节" },
                    { new DateOnly(2026, 4, 6), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "清明节" },
                    { new DateOnly(2026, 5, 1), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "劳动节" },
                    { new DateOnly(2026, 5, 2), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "劳动节" },
                    { new DateOnly(2026, 5, 3), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "劳动节" },
                    { new DateOnly(2026, 5, 4), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "劳动节" },
                    { new DateOnly(2026, 5, 5), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "劳动节" },
                    { new DateOnly(2026, 5, 9), 1308626583552000000L, "国务院办公厅 2025-11-04", "WorkingDay", "劳动节" },
                    { new DateOnly(2026, 6, 19), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "端午节" },
                    { new DateOnly(2026, 6, 20), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "端午节" },
                    { new DateOnly(2026, 6, 21), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "端午节" },
                    { new DateOnly(2026, 9, 20), 1308626583552000000L, "国务院办公厅 2025-11-04", "WorkingDay", "国庆节" },
                    { new DateOnly(2026, 9, 25), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "中秋节" },
                    { new DateOnly(2026, 9, 26), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "中秋节" },
                    { new DateOnly(2026, 9, 27), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "中秋节" },
                    { new DateOnly(2026, 10, 1), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "国庆节" },
                    { new DateOnly(2026, 10, 2), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "国庆节" },
                    { new DateOnly(2026, 10, 3), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "国庆节" },
                    { new DateOnly(2026, 10, 4), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "国庆节" },
                    { new DateOnly(2026, 10, 5), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "国庆节" },
                    { new DateOnly(2026, 10, 6), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "国庆节" },
                    { new DateOnly(2026, 10, 7), 1308626583552000000L, "国务院办公厅 2025-11-04", "Holiday", "国庆节" },
                    { new DateOnly(2026, 10, 10), 1308626583552000000L, "国务院办公厅 2025-11-04", "WorkingDay", "国庆节" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_alerts_opened_at",
                table: "alerts",
                column: "opened_at");

            migrationBuilder.CreateIndex(
                name: "ix_alerts_source_key_status",
                table: "alerts",
                columns: new[] { "source", "key", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_api_clients_key_hash",
                table: "api_clients",
                column: "key_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_role_claims_role_id",
                table: "AspNetRoleClaims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_claims_user_id",
                table: "AspNetUserClaims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_logins_user_id",
                table: "AspNetUserLogins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_roles_role_id",
                table: "AspNetUserRoles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_brand_authorisations_brand_id_document_number",
                table: "brand_authorisations",
                columns: new[] { "brand_id", "document_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_brand_authorisations_valid_to",
                table: "brand_authorisations",
                column: "valid_to");

            migrationBuilder.CreateIndex(
                name: "ix_brands_name",
                table: "brands",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_campaign_sends_campaign_id_outcome",
                table: "campaign_sends",
                columns: new[] { "campaign_id", "outcome" });

            migrationBuilder.CreateIndex(
                name: "ix_campaign_sends_customer_id_channel_sent_at",
                table: "campaign_sends",
                columns: new[] { "customer_id", "channel", "sent_at" });

            migrationBuilder.CreateIndex(
                name: "ix_campaign_sends_outcome_send_at",
                table: "campaign_sends",
                columns: new[] { "outcome", "send_at" });

            migrationBuilder.CreateIndex(
                name: "ix_campaigns_key",
                table: "campaigns",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_candidate_products_code",
                table: "candidate_products",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_candidate_votes_candidate_id_customer_id",
                table: "candidate_votes",
                columns: new[] { "candidate_id", "customer_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_candidate_votes_customer_id",
                table: "candidate_votes",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_cart_lines_cart_id",
                table: "cart_lines",
                column: "cart_id");

            migrationBuilder.CreateIndex(
                name: "ix_categories_code",
                table: "categories",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_categories_parent_id",
                table: "categories",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_compliance_campaign_rules_code",
                table: "compliance_campaign_rules",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_compliance_return_policies_scope_key",
                table: "compliance_return_policies",
                columns: new[] { "scope", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_compliance_word_list_terms_version_id",
                table: "compliance_word_list_terms",
                column: "version_id");

            migrationBuilder.CreateIndex(
                name: "ix_compliance_word_list_versions_number",
                table: "compliance_word_list_versions",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_consent_records_customer_id_purpose_channel",
                table: "consent_records",
                columns: new[] { "customer_id", "purpose", "channel" });

            migrationBuilder.CreateIndex(
                name: "ix_consent_records_purpose_channel",
                table: "consent_records",
                columns: new[] { "purpose", "channel" });

            migrationBuilder.CreateIndex(
                name: "ix_content_items_type_published_at",
                table: "content_items",
                columns: new[] { "type", "published_at" });

            migrationBuilder.CreateIndex(
                name: "ix_customer_addresses_customer_id",
                table: "customer_addresses",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_customers_code",
                table: "customers",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_customs_declarations_order_number",
                table: "customs_declarations",
                column: "order_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ip_complaint_transitions_complaint_id",
                table: "ip_complaint_transitions",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "ix_ip_complaints_number",
                table: "ip_complaints",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ip_complaints_product_id",
                table: "ip_complaints",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_ip_complaints_status_received_at",
                table: "ip_complaints",
                columns: new[] { "status", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_ip_evidence_token",
                table: "ip_evidence",
                column: "token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_issued_coupons_code",
                table: "issued_coupons",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_issued_coupons_customer_id",
                table: "issued_coupons",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_issued_coupons_promotion_id_redeemed_at",
                table: "issued_coupons",
                columns: new[] { "promotion_id", "redeemed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_articles_kind",
                table: "knowledge_articles",
                column: "kind");

            migrationBuilder.CreateIndex(
                name: "ix_order_lines_order_id",
                table: "order_lines",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_order_promotions_order_id",
                table: "order_promotions",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_order_promotions_promotion_id",
                table: "order_promotions",
                column: "promotion_id");

            migrationBuilder.CreateIndex(
                name: "ix_order_status_history_order_id",
                table: "order_status_history",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_customer_id",
                table: "orders",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_number",
                table: "orders",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_status_payment_due_at",
                table: "orders",
                columns: new[] { "status", "payment_due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_original_designs_code",
                table: "original_designs",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_original_designs_registered_at",
                table: "original_designs",
                column: "registered_at");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_event_id",
                table: "outbox",
                column: "event_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_projected_at",
                table: "outbox",
                column: "projected_at");

            migrationBuilder.CreateIndex(
                name: "ix_payments_order_id",
                table: "payments",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_presale_campaigns_candidate_id",
                table: "presale_campaigns",
                column: "candidate_id");

            migrationBuilder.CreateIndex(
                name: "ix_presale_campaigns_code",
                table: "presale_campaigns",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_presale_campaigns_sku_id",
                table: "presale_campaigns",
                column: "sku_id");

            migrationBuilder.CreateIndex(
                name: "ix_presale_campaigns_status_deadline",
                table: "presale_campaigns",
                columns: new[] { "status", "deadline" });

            migrationBuilder.CreateIndex(
                name: "ix_presale_deposits_campaign_id",
                table: "presale_deposits",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_presale_deposits_customer_id",
                table: "presale_deposits",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_presale_deposits_number",
                table: "presale_deposits",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_privacy_purposes_code",
                table: "privacy_purposes",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_privacy_request_entries_request_id",
                table: "privacy_request_entries",
                column: "request_id");

            migrationBuilder.CreateIndex(
                name: "ix_privacy_requests_customer_code",
                table: "privacy_requests",
                column: "customer_code");

            migrationBuilder.CreateIndex(
                name: "ix_privacy_requests_number",
                table: "privacy_requests",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_privacy_requests_status_due_at",
                table: "privacy_requests",
                columns: new[] { "status", "due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_private_domain_members_channel_left_at",
                table: "private_domain_members",
                columns: new[] { "channel", "left_at" });

            migrationBuilder.CreateIndex(
                name: "ix_private_domain_members_customer_id_channel",
                table: "private_domain_members",
                columns: new[] { "customer_id", "channel" });

            migrationBuilder.CreateIndex(
                name: "ix_product_reviews_category_code_created_at",
                table: "product_reviews",
                columns: new[] { "category_code", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_product_reviews_customer_id",
                table: "product_reviews",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_product_reviews_order_line_id",
                table: "product_reviews",
                column: "order_line_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_product_reviews_sku_id",
                table: "product_reviews",
                column: "sku_id");

            migrationBuilder.CreateIndex(
                name: "ix_products_brand_id",
                table: "products",
                column: "brand_id");

            migrationBuilder.CreateIndex(
                name: "ix_products_category_id",
                table: "products",
                column: "category_id");

            migrationBuilder.CreateIndex(
                name: "ix_products_is_published",
                table: "products",
                column: "is_published");

            migrationBuilder.CreateIndex(
                name: "ix_promotion_customer_uses_customer_id",
                table: "promotion_customer_uses",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_promotions_code",
                table: "promotions",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_promotions_status",
                table: "promotions",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_purchase_order_lines_purchase_order_id",
                table: "purchase_order_lines",
                column: "purchase_order_id");

            migrationBuilder.CreateIndex(
                name: "ix_purchase_order_lines_sku_id",
                table: "purchase_order_lines",
                column: "sku_id");

            migrationBuilder.CreateIndex(
                name: "ix_purchase_orders_number",
                table: "purchase_orders",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_purchase_orders_status",
                table: "purchase_orders",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_purchase_orders_supplier_id",
                table: "purchase_orders",
                column: "supplier_id");

            migrationBuilder.CreateIndex(
                name: "ix_purchase_orders_warehouse_id",
                table: "purchase_orders",
                column: "warehouse_id");

            migrationBuilder.CreateIndex(
                name: "ix_recorded_messages_customer_code",
                table: "recorded_messages",
                column: "customer_code");

            migrationBuilder.CreateIndex(
                name: "ix_return_evidence_return_request_id",
                table: "return_evidence",
                column: "return_request_id");

            migrationBuilder.CreateIndex(
                name: "ix_return_evidence_token",
                table: "return_evidence",
                column: "token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_return_lines_order_line_id",
                table: "return_lines",
                column: "order_line_id");

            migrationBuilder.CreateIndex(
                name: "ix_return_lines_return_request_id",
                table: "return_lines",
                column: "return_request_id");

            migrationBuilder.CreateIndex(
                name: "ix_return_requests_customer_code",
                table: "return_requests",
                column: "customer_code");

            migrationBuilder.CreateIndex(
                name: "ix_return_requests_number",
                table: "return_requests",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_return_requests_order_id",
                table: "return_requests",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_return_requests_status_resolve_by",
                table: "return_requests",
                columns: new[] { "status", "resolve_by" });

            migrationBuilder.CreateIndex(
                name: "ix_service_appointments_number",
                table: "service_appointments",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_service_appointments_order_id",
                table: "service_appointments",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_service_appointments_slot_id",
                table: "service_appointments",
                column: "slot_id");

            migrationBuilder.CreateIndex(
                name: "ix_service_appointments_technician_code_starts_at",
                table: "service_appointments",
                columns: new[] { "technician_code", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_service_slots_kind_city_starts_at",
                table: "service_slots",
                columns: new[] { "kind", "city", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_shipments_order_id",
                table: "shipments",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_sku_price_history_sku_id_changed_at",
                table: "sku_price_history",
                columns: new[] { "sku_id", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_skus_code",
                table: "skus",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_skus_product_id",
                table: "skus",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_stock_items_sku_id_warehouse_id",
                table: "stock_items",
                columns: new[] { "sku_id", "warehouse_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stock_items_warehouse_id",
                table: "stock_items",
                column: "warehouse_id");

            migrationBuilder.CreateIndex(
                name: "ix_stock_movements_sku_id_warehouse_id",
                table: "stock_movements",
                columns: new[] { "sku_id", "warehouse_id" });

            migrationBuilder.CreateIndex(
                name: "ix_stock_reservations_order_id_status",
                table: "stock_reservations",
                columns: new[] { "order_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_supplier_items_sku_id",
                table: "supplier_items",
                column: "sku_id");

            migrationBuilder.CreateIndex(
                name: "ix_supplier_items_supplier_id_sku_id",
                table: "supplier_items",
                columns: new[] { "supplier_id", "sku_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_suppliers_code",
                table: "suppliers",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_technicians_code",
                table: "technicians",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ticket_entries_notified_user",
                table: "ticket_entries",
                column: "notified_user");

            migrationBuilder.CreateIndex(
                name: "ix_ticket_entries_ticket_id",
                table: "ticket_entries",
                column: "ticket_id");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_created_at",
                table: "tickets",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_customer_id",
                table: "tickets",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_status_created_at",
                table: "tickets",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_tracking_nodes_shipment_id",
                table: "tracking_nodes",
                column: "shipment_id");

            migrationBuilder.CreateIndex(
                name: "ix_warehouses_code",
                table: "warehouses",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_webhook_deliveries_status_next_attempt_at",
                table: "webhook_deliveries",
                columns: new[] { "status", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_webhook_deliveries_subscription_id_event_id",
                table: "webhook_deliveries",
                columns: new[] { "subscription_id", "event_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "alert_rules");

            migrationBuilder.DropTable(
                name: "alerts");

            migrationBuilder.DropTable(
                name: "api_clients");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "brand_authorisations");

            migrationBuilder.DropTable(
                name: "campaign_sends");

            migrationBuilder.DropTable(
                name: "candidate_votes");

            migrationBuilder.DropTable(
                name: "cart_lines");

            migrationBuilder.DropTable(
                name: "compliance_campaign_rules");

            migrationBuilder.DropTable(
                name: "compliance_return_policies");

            migrationBuilder.DropTable(
                name: "compliance_word_list_terms");

            migrationBuilder.DropTable(
                name: "consent_records");

            migrationBuilder.DropTable(
                name: "content_items");

            migrationBuilder.DropTable(
                name: "customer_addresses");

            migrationBuilder.DropTable(
                name: "customs_declarations");

            migrationBuilder.DropTable(
                name: "idempotency_keys");

            migrationBuilder.DropTable(
                name: "ip_complaint_transitions");

            migrationBuilder.DropTable(
                name: "ip_evidence");

            migrationBuilder.DropTable(
                name: "issued_coupons");

            migrationBuilder.DropTable(
                name: "knowledge_articles");

            migrationBuilder.DropTable(
                name: "order_lines");

            migrationBuilder.DropTable(
                name: "order_promotions");

            migrationBuilder.DropTable(
                name: "order_status_history");

            migrationBuilder.DropTable(
                name: "original_designs");

            migrationBuilder.DropTable(
                name: "outbox");

            migrationBuilder.DropTable(
                name: "payments");

            migrationBuilder.DropTable(
                name: "presale_deposits");

            migrationBuilder.DropTable(
                name: "privacy_calendar_days");

            migrationBuilder.DropTable(
                name: "privacy_purposes");

            migrationBuilder.DropTable(
                name: "privacy_request_entries");

            migrationBuilder.DropTable(
                name: "private_domain_members");

            migrationBuilder.DropTable(
                name: "product_reviews");

            migrationBuilder.DropTable(
                name: "promotion_counters");

            migrationBuilder.DropTable(
                name: "promotion_customer_uses");

            migrationBuilder.DropTable(
                name: "purchase_order_lines");

            migrationBuilder.DropTable(
                name: "recorded_messages");

            migrationBuilder.DropTable(
                name: "return_evidence");

            migrationBuilder.DropTable(
                name: "return_lines");

            migrationBuilder.DropTable(
                name: "service_appointments");

            migrationBuilder.DropTable(
                name: "service_offerings");

            migrationBuilder.DropTable(
                name: "sku_price_history");

            migrationBuilder.DropTable(
                name: "stock_items");

            migrationBuilder.DropTable(
                name: "stock_movements");

            migrationBuilder.DropTable(
                name: "stock_reservations");

            migrationBuilder.DropTable(
                name: "supplier_items");

            migrationBuilder.DropTable(
                name: "technicians");

            migrationBuilder.DropTable(
                name: "ticket_entries");

            migrationBuilder.DropTable(
                name: "tracking_nodes");

            migrationBuilder.DropTable(
                name: "webhook_cursor");

            migrationBuilder.DropTable(
                name: "webhook_deliveries");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "campaigns");

            migrationBuilder.DropTable(
                name: "carts");

            migrationBuilder.DropTable(
                name: "compliance_word_list_versions");

            migrationBuilder.DropTable(
                name: "ip_complaints");

            migrationBuilder.DropTable(
                name: "presale_campaigns");

            migrationBuilder.DropTable(
                name: "privacy_requests");

            migrationBuilder.DropTable(
                name: "customers");

            migrationBuilder.DropTable(
                name: "promotions");

            migrationBuilder.DropTable(
                name: "purchase_orders");

            migrationBuilder.DropTable(
                name: "return_requests");

            migrationBuilder.DropTable(
                name: "service_slots");

            migrationBuilder.DropTable(
                name: "tickets");

            migrationBuilder.DropTable(
                name: "shipments");

            migrationBuilder.DropTable(
                name: "webhook_subscriptions");

            migrationBuilder.DropTable(
                name: "candidate_products");

            migrationBuilder.DropTable(
                name: "skus");

            migrationBuilder.DropTable(
                name: "suppliers");

            migrationBuilder.DropTable(
                name: "warehouses");

            migrationBuilder.DropTable(
                name: "orders");

            migrationBuilder.DropTable(
                name: "products");

            migrationBuilder.DropTable(
                name: "brands");

            migrationBuilder.DropTable(
                name: "categories");
        }
    }
}
