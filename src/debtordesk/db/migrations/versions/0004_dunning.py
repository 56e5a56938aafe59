"""Dunning: policies and segment rules, holds, communications (one record for every channel) with their
invoices, payment references, charges, 14-day-letter evidence, the trigger inbox and the statutory
interest table; per customer a policy override, a dunning status and the e-mail consent for legal
notices; per administration how payment references are made.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 15:47:27.792822
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "interest_rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("consumer", sa.String(length=16), nullable=False),
        sa.Column("commercial", sa.String(length=16), nullable=False),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interest_rate")),
        sa.UniqueConstraint("valid_from", name=op.f("uq_interest_rate_valid_from")),
    )
    op.create_table(
        "dunning_policy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("administration_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("steps", sa.JSON(), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("min_amount", sa.BigInteger(), nullable=False),
        sa.Column("tolerance", sa.BigInteger(), nullable=False),
        sa.Column("requires_fourteen_day_letter", sa.Boolean(), nullable=False),
        sa.Column(
            "is_default_for",
            sa.Enum("consumer", "business", name="customertype", native_enum=False, length=24),
            nullable=True,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["administration_id"],
            ["administration.id"],
            name=op.f("fk_dunning_policy_administration_id_administration"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["app_user.id"],
            name=op.f("fk_dunning_policy_created_by_id_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"],
            ["app_user.id"],
            name=op.f("fk_dunning_policy_updated_by_id_app_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dunning_policy")),
        sa.UniqueConstraint(
            "administration_id",
            "is_default_for",
            name=op.f("uq_dunning_policy_administration_id_is_default_for"),
        ),
        sa.UniqueConstraint(
            "administration_id", "name", name=op.f("uq_dunning_policy_administration_id_name")
        ),
    )
    op.create_table(
        "segment_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("administration_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column(
            "customer_type",
            sa.Enum("consumer", "business", name="customertype", native_enum=False, length=24),
            nullable=True,
        ),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("min_average_days_late", sa.BigInteger(), nullable=True),
        sa.Column("min_stornos_12_months", sa.Integer(), nullable=True),
        sa.Column(
            "preferred_channel",
            sa.Enum("sms", "email", "letter", "call", name="channel", native_enum=False, length=24),
            nullable=True,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["administration_id"],
            ["administration.id"],
            name=op.f("fk_segment_rule_administration_id_administration"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["policy_id"],
            ["dunning_policy.id"],
            name=op.f("fk_segment_rule_policy_id_dunning_policy"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_segment_rule")),
        sa.UniqueConstraint(
            "administration_id", "name", name=op.f("uq_segment_rule_administration_id_name")
        ),
    )
    op.create_table(
        "communication",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("administration_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=True),
        sa.Column("step_key", sa.String(length=64), nullable=False),
        sa.Column("step_name", sa.String(length=200), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "sms",
                "email",
                "letter",
                "call",
                "handover",
                name="actionchannel",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "requested_channel",
            sa.Enum(
                "sms",
                "email",
                "letter",
                "call",
                "handover",
                name="actionchannel",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "prepared",
                "queued",
                "generated",
                "sending",
                "sent",
                "printed",
                "delivered",
                "dispatched",
                "failed",
                "cancelled",
                "uncertain",
                name="communicationstatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("planned_for", sa.Date(), nullable=False),
        sa.Column("send_on", sa.Date(), nullable=True),
        sa.Column("planned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("prepared_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status_changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("payment_reference", sa.String(length=35), nullable=True),
        sa.Column("payment_link_url", sa.Text(), nullable=True),
        sa.Column("payment_link_id", sa.String(length=200), nullable=True),
        sa.Column("payment_link_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("link_failure", sa.JSON(), nullable=True),
        sa.Column("went_out_on", sa.Date(), nullable=True),
        sa.Column("open_amount", sa.BigInteger(), nullable=False),
        sa.Column("overdue_amount", sa.BigInteger(), nullable=False),
        sa.Column("costs", sa.BigInteger(), nullable=False),
        sa.Column("interest", sa.BigInteger(), nullable=False),
        sa.Column("fee", sa.BigInteger(), nullable=False),
        sa.Column("costs_announced", sa.BigInteger(), nullable=False),
        sa.Column("fourteen_day_letter", sa.Boolean(), nullable=False),
        sa.Column("template", sa.String(length=100), nullable=False),
        sa.Column(
            "tone",
            sa.Enum("formal", "informal", name="tone", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("reason", sa.JSON(), nullable=False),
        sa.Column("plan_key", sa.String(length=200), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["administration_id"],
            ["administration.id"],
            name=op.f("fk_communication_administration_id_administration"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["app_user.id"], name=op.f("fk_communication_created_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_communication_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["policy_id"],
            ["dunning_policy.id"],
            name=op.f("fk_communication_policy_id_dunning_policy"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_communication")),
        sa.UniqueConstraint("plan_key", name=op.f("uq_communication_plan_key")),
    )
    with op.batch_alter_table("communication", schema=None) as batch_op:
        batch_op.create_index(
            "ix_communication_administration_status", ["administration_id", "status"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_communication_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "trigger_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "storno",
                "instalment_due",
                "broken_promise",
                name="trigger",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("invoice_ids", sa.JSON(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=True),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_trigger_event_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trigger_event")),
    )
    with op.batch_alter_table("trigger_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trigger_event_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "charge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum("costs", "interest", "fee", name="chargekind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("open", "paid", "waived", name="chargestatus", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("communication_id", sa.Integer(), nullable=True),
        sa.Column("waived_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["communication_id"],
            ["communication.id"],
            name=op.f("fk_charge_communication_id_communication"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["app_user.id"], name=op.f("fk_charge_created_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_charge_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoice.id"],
            name=op.f("fk_charge_invoice_id_invoice"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_charge")),
    )
    with op.batch_alter_table("charge", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_charge_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_charge_invoice_id"), ["invoice_id"], unique=False)

    op.create_table(
        "communication_invoice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("communication_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("invoice_number", sa.String(length=64), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("open_amount", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["communication_id"],
            ["communication.id"],
            name=op.f("fk_communication_invoice_communication_id_communication"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoice.id"],
            name=op.f("fk_communication_invoice_invoice_id_invoice"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_communication_invoice")),
    )
    with op.batch_alter_table("communication_invoice", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_communication_invoice_communication_id"),
            ["communication_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_communication_invoice_invoice_id"), ["invoice_id"], unique=False
        )

    op.create_table(
        "fourteen_day_letter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("communication_id", sa.Integer(), nullable=True),
        sa.Column(
            "channel",
            sa.Enum(
                "sms",
                "email",
                "letter",
                "call",
                "handover",
                name="actionchannel",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("dispatched_on", sa.Date(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("receipt_on", sa.Date(), nullable=False),
        sa.Column("term_ends_on", sa.Date(), nullable=False),
        sa.Column("costs_from", sa.Date(), nullable=False),
        sa.Column("costs_amount", sa.BigInteger(), nullable=False),
        sa.Column("void", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["communication_id"],
            ["communication.id"],
            name=op.f("fk_fourteen_day_letter_communication_id_communication"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_fourteen_day_letter_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fourteen_day_letter")),
        sa.UniqueConstraint(
            "communication_id", name=op.f("uq_fourteen_day_letter_communication_id")
        ),
    )
    with op.batch_alter_table("fourteen_day_letter", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_fourteen_day_letter_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "hold",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column(
            "reason",
            sa.Enum(
                "manual",
                "dispute",
                "paid_via_link",
                "reported_paid",
                "promise",
                "arrangement",
                name="holdreason",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("lifted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lifted_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["app_user.id"], name=op.f("fk_hold_created_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_hold_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoice.id"],
            name=op.f("fk_hold_invoice_id_invoice"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["lifted_by_id"], ["app_user.id"], name=op.f("fk_hold_lifted_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hold")),
    )
    with op.batch_alter_table("hold", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hold_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_hold_invoice_id"), ["invoice_id"], unique=False)

    op.create_table(
        "payment_reference",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("administration_id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=35), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("communication_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["administration_id"],
            ["administration.id"],
            name=op.f("fk_payment_reference_administration_id_administration"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["communication_id"],
            ["communication.id"],
            name=op.f("fk_payment_reference_communication_id_communication"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_payment_reference_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_reference")),
        sa.UniqueConstraint(
            "administration_id",
            "reference",
            name=op.f("uq_payment_reference_administration_id_reference"),
        ),
    )
    with op.batch_alter_table("payment_reference", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_payment_reference_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "payment_reference_invoice",
        sa.Column("payment_reference_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoice.id"],
            name=op.f("fk_payment_reference_invoice_invoice_id_invoice"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["payment_reference_id"],
            ["payment_reference.id"],
            name=op.f("fk_payment_reference_invoice_payment_reference_id_payment_reference"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "payment_reference_id", "invoice_id", name=op.f("pk_payment_reference_invoice")
        ),
    )
    with op.batch_alter_table("payment_reference_invoice", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_payment_reference_invoice_invoice_id"), ["invoice_id"], unique=False
        )

    with op.batch_alter_table("administration", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "payment_reference_kind", sa.String(length=16), server_default="rf", nullable=False
            )
        )

    _add_policy_override()
    op.add_column(
        "customer",
        sa.Column(
            "dunning_status",
            sa.Enum(
                "active",
                "handed_over",
                "written_off",
                name="dunningstatus",
                native_enum=False,
                length=24,
            ),
            server_default="active",
            nullable=False,
        ),
    )
    op.add_column(
        "customer",
        sa.Column("email_consent", sa.Boolean(), server_default=sa.false(), nullable=False),
    )


def _add_policy_override() -> None:
    name = op.f("fk_customer_policy_override_id_dunning_policy")
    if op.get_bind().dialect.name == "sqlite":
        # a column with an inline, named REFERENCES is added in place; a batch rebuild would have to
        # drop the customer table, which invoices and the timeline reference
        op.execute(
            "ALTER TABLE customer ADD COLUMN policy_override_id INTEGER "
            f"CONSTRAINT {name} REFERENCES dunning_policy (id)"
        )
        return
    op.add_column("customer", sa.Column("policy_override_id", sa.Integer(), nullable=True))
    op.create_foreign_key(name, "customer", "dunning_policy", ["policy_override_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_customer_policy_override_id_dunning_policy"), type_="foreignkey"
        )
        batch_op.drop_column("email_consent")
        batch_op.drop_column("dunning_status")
        batch_op.drop_column("policy_override_id")

    with op.batch_alter_table("administration", schema=None) as batch_op:
        batch_op.drop_column("payment_reference_kind")

    with op.batch_alter_table("payment_reference_invoice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_reference_invoice_invoice_id"))

    op.drop_table("payment_reference_invoice")
    with op.batch_alter_table("payment_reference", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_reference_customer_id"))

    op.drop_table("payment_reference")
    with op.batch_alter_table("hold", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hold_invoice_id"))
        batch_op.drop_index(batch_op.f("ix_hold_customer_id"))

    op.drop_table("hold")
    with op.batch_alter_table("fourteen_day_letter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fourteen_day_letter_customer_id"))

    op.drop_table("fourteen_day_letter")
    with op.batch_alter_table("communication_invoice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_communication_invoice_invoice_id"))
        batch_op.drop_index(batch_op.f("ix_communication_invoice_communication_id"))

    op.drop_table("communication_invoice")
    with op.batch_alter_table("charge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_charge_invoice_id"))
        batch_op.drop_index(batch_op.f("ix_charge_customer_id"))

    op.drop_table("charge")
    with op.batch_alter_table("trigger_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trigger_event_customer_id"))

    op.drop_table("trigger_event")
    with op.batch_alter_table("communication", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_communication_customer_id"))
        batch_op.drop_index("ix_communication_administration_status")

    op.drop_table("communication")
    op.drop_table("segment_rule")
    op.drop_table("dunning_policy")
    op.drop_table("interest_rate")
