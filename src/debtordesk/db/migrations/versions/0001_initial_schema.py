"""Initial schema: administrations, users, settings, customers, invoices, imports, audit, timeline.

Revision ID: 0001
Revises:
Create Date: 2026-11-22 12:38:44.985877
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "administration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("iban", sa.String(length=34), nullable=True),
        sa.Column("account_holder", sa.String(length=70), nullable=True),
        sa.Column("bic", sa.String(length=11), nullable=True),
        sa.Column("letterhead", sa.Text(), nullable=True),
        sa.Column("address_line", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=16), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("website", sa.String(length=200), nullable=True),
        sa.Column("coc_number", sa.String(length=20), nullable=True),
        sa.Column("vat_number", sa.String(length=20), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_administration")),
        sa.UniqueConstraint("code", name=op.f("uq_administration_code")),
    )
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=128), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("login", name=op.f("uq_app_user_login")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("administration_id", sa.Integer(), nullable=True),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["administration_id"],
            ["administration.id"],
            name=op.f("fk_audit_log_administration_id_administration"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_audit_log_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entity", ["entity", "entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)

    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("administration_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "open_items",
                "customers",
                "history",
                name="importkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("source", sa.String(length=120), nullable=False),
        sa.Column(
            "mode",
            sa.Enum("full", "delta", name="snapshotmode", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("file_path", sa.Text(), nullable=True),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_size", sa.Integer(), nullable=False),
        sa.Column("sheet", sa.String(length=255), nullable=True),
        sa.Column("header_row", sa.Integer(), nullable=True),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("export_date", sa.Date(), nullable=False),
        sa.Column("rows_read", sa.Integer(), nullable=False),
        sa.Column("new", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("closed", sa.Integer(), nullable=False),
        sa.Column("reopened", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.Column("customers_new", sa.Integer(), nullable=False),
        sa.Column("customers_updated", sa.Integer(), nullable=False),
        sa.Column("warnings_count", sa.Integer(), nullable=False),
        sa.Column("issues", sa.JSON(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("committed", "undone", name="batchstatus", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("committed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("undone_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["administration_id"],
            ["administration.id"],
            name=op.f("fk_import_batch_administration_id_administration"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["undone_by_id"], ["app_user.id"], name=op.f("fk_import_batch_undone_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_import_batch_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
    )
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_import_batch_file_sha256"), ["file_sha256"], unique=False
        )
        batch_op.create_index(
            "ix_import_batch_source", ["administration_id", "source", "kind"], unique=False
        )

    op.create_table(
        "import_preset",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("administration_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "open_items",
                "customers",
                "history",
                name="importkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("headers", sa.JSON(), nullable=False),
        sa.Column("header_key", sa.String(length=64), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["administration_id"],
            ["administration.id"],
            name=op.f("fk_import_preset_administration_id_administration"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_import_preset_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_preset")),
        sa.UniqueConstraint(
            "administration_id", "name", name=op.f("uq_import_preset_administration_id_name")
        ),
    )
    with op.batch_alter_table("import_preset", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_import_preset_header_key"), ["header_key"], unique=False
        )

    op.create_table(
        "org_setting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("administration_id", sa.Integer(), nullable=True),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["administration_id"],
            ["administration.id"],
            name=op.f("fk_org_setting_administration_id_administration"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_org_setting_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_org_setting")),
    )
    # One value per key and scope; NULL administration_id means "every administration".
    op.create_index(
        "uq_org_setting_scope_key",
        "org_setting",
        [sa.text("coalesce(administration_id, 0)"), "key"],
        unique=True,
    )
    op.create_table(
        "customer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("administration_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("keyed_by_name", sa.Boolean(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("name_search", sa.String(length=255), nullable=False),
        sa.Column(
            "customer_type",
            sa.Enum("consumer", "business", name="customertype", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column(
            "type_origin",
            sa.Enum(
                "file", "rule", "default", "manual", name="typeorigin", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("attention", sa.String(length=200), nullable=True),
        sa.Column("address_line1", sa.String(length=200), nullable=True),
        sa.Column("address_line2", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=16), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("mobile", sa.String(length=20), nullable=True),
        sa.Column("landline", sa.String(length=20), nullable=True),
        sa.Column("iban", sa.String(length=34), nullable=True),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column(
            "preferred_channel",
            sa.Enum("sms", "email", "letter", "call", name="channel", native_enum=False, length=24),
            nullable=True,
        ),
        sa.Column("opt_out_sms", sa.Boolean(), nullable=False),
        sa.Column("opt_out_email", sa.Boolean(), nullable=False),
        sa.Column("opt_out_call", sa.Boolean(), nullable=False),
        sa.Column("segment", sa.String(length=64), nullable=True),
        sa.Column("preferred_payment_day", sa.SmallInteger(), nullable=True),
        sa.Column("mandate_reference", sa.String(length=35), nullable=True),
        sa.Column("mandate_date", sa.Date(), nullable=True),
        sa.Column(
            "claim_type",
            sa.Enum("consumer_sale", "other", name="claimtype", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("coc_number", sa.String(length=20), nullable=True),
        sa.Column("imported_values", sa.JSON(), nullable=False),
        sa.Column("contact_problems", sa.JSON(), nullable=False),
        sa.Column("created_batch_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["administration_id"],
            ["administration.id"],
            name=op.f("fk_customer_administration_id_administration"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["created_batch_id"],
            ["import_batch.id"],
            name=op.f("fk_customer_created_batch_id_import_batch"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer")),
        sa.UniqueConstraint(
            "administration_id", "number", name=op.f("uq_customer_administration_id_number")
        ),
    )
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_name_search"), ["name_search"], unique=False)
        batch_op.create_index(batch_op.f("ix_customer_postcode"), ["postcode"], unique=False)

    op.create_table(
        "import_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batch.id"],
            name=op.f("fk_import_change_batch_id_import_batch"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_change")),
    )
    with op.batch_alter_table("import_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_change_batch_id"), ["batch_id"], unique=False)

    op.create_table(
        "customer_tag",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_customer_tag_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("customer_id", "tag", name=op.f("pk_customer_tag")),
    )
    op.create_table(
        "invoice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("administration_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("invoice_date", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("open_amount", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "payment_method",
            sa.Enum("manual", "direct_debit", name="paymentmethod", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "paid",
                "written_off",
                "handed_over",
                name="invoicestatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "close_reason",
            sa.Enum(
                "absent_from_snapshot",
                "zero_open",
                "history",
                "manual",
                name="closereason",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("storno_date", sa.Date(), nullable=True),
        sa.Column("paid_date", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("reference", sa.String(length=140), nullable=True),
        sa.Column("source", sa.String(length=120), nullable=False),
        sa.Column("export_date", sa.Date(), nullable=True),
        sa.Column("created_batch_id", sa.Integer(), nullable=True),
        sa.Column("last_batch_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["administration_id"],
            ["administration.id"],
            name=op.f("fk_invoice_administration_id_administration"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["created_batch_id"],
            ["import_batch.id"],
            name=op.f("fk_invoice_created_batch_id_import_batch"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_invoice_customer_id_customer"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["last_batch_id"],
            ["import_batch.id"],
            name=op.f("fk_invoice_last_batch_id_import_batch"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice")),
        sa.UniqueConstraint(
            "administration_id",
            "number",
            "due_date",
            name=op.f("uq_invoice_administration_id_number_due_date"),
        ),
    )
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_invoice_created_batch_id"), ["created_batch_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_invoice_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_invoice_due_date"), ["due_date"], unique=False)
        batch_op.create_index(
            "ix_invoice_source", ["administration_id", "source", "status"], unique=False
        )
        batch_op.create_index(
            "ix_invoice_status_due", ["administration_id", "status", "due_date"], unique=False
        )

    op.create_table(
        "customer_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batch.id"],
            name=op.f("fk_customer_event_batch_id_import_batch"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_customer_event_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoice.id"],
            name=op.f("fk_customer_event_invoice_id_invoice"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_customer_event_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_event")),
    )
    with op.batch_alter_table("customer_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_event_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index("ix_customer_event_customer_at", ["customer_id", "at"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("customer_event", schema=None) as batch_op:
        batch_op.drop_index("ix_customer_event_customer_at")
        batch_op.drop_index(batch_op.f("ix_customer_event_batch_id"))

    op.drop_table("customer_event")
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.drop_index("ix_invoice_status_due")
        batch_op.drop_index("ix_invoice_source")
        batch_op.drop_index(batch_op.f("ix_invoice_due_date"))
        batch_op.drop_index(batch_op.f("ix_invoice_customer_id"))
        batch_op.drop_index(batch_op.f("ix_invoice_created_batch_id"))

    op.drop_table("invoice")
    op.drop_table("customer_tag")
    with op.batch_alter_table("import_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_change_batch_id"))

    op.drop_table("import_change")
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_postcode"))
        batch_op.drop_index(batch_op.f("ix_customer_name_search"))

    op.drop_table("customer")
    op.drop_index("uq_org_setting_scope_key", table_name="org_setting")
    op.drop_table("org_setting")
    with op.batch_alter_table("import_preset", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_preset_header_key"))

    op.drop_table("import_preset")
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.drop_index("ix_import_batch_source")
        batch_op.drop_index(batch_op.f("ix_import_batch_file_sha256"))

    op.drop_table("import_batch")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))
        batch_op.drop_index("ix_audit_entity")

    op.drop_table("audit_log")
    op.drop_table("app_user")
    op.drop_table("administration")
