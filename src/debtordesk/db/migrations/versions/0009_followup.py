"""Follow-up workstation: call outcomes (configurable codes with Dutch and English labels, what
logging them does, whether the call reached the customer; seeded on first use by the services),
call_log (customer, clerk, time and day, outcome, note, next follow-up, number dialled, the call task
completed), promise + promise_invoice (date, amount, invoices with their open amount then, hold,
status pending/kept/broken/cancelled, when and from what it was decided, trigger), dispute (invoice,
reason code and text, status open/accepted/declined/resolved with who and when, hold), arrangement +
arrangement_invoice + arrangement_term (total, principal, costs waived or included with the reason,
interval, grace days, terms with paid amount and status, holds and triggers, how it ended) and note
(customer or invoice, text, clerk, time).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "call_outcome",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("label_en", sa.String(length=100), nullable=False),
        sa.Column("label_nl", sa.String(length=100), nullable=False),
        sa.Column("reached", sa.Boolean(), nullable=False),
        sa.Column("effect", sa.String(length=32), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_outcome")),
        sa.UniqueConstraint("code", name=op.f("uq_call_outcome_code")),
    )
    op.create_table(
        "call_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("administration_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("called_on", sa.Date(), nullable=False),
        sa.Column("outcome_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("next_follow_up", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("communication_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["administration_id"],
            ["administration.id"],
            name=op.f("fk_call_log_administration_id_administration"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["communication_id"],
            ["communication.id"],
            name=op.f("fk_call_log_communication_id_communication"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_call_log_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["outcome_id"],
            ["call_outcome.id"],
            name=op.f("fk_call_log_outcome_id_call_outcome"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_call_log_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_log")),
    )
    op.create_index(
        op.f("ix_call_log_communication_id"), "call_log", ["communication_id"], unique=False
    )
    op.create_index(
        "ix_call_log_customer_called", "call_log", ["customer_id", "called_on"], unique=False
    )
    op.create_index(
        "ix_call_log_follow_up", "call_log", ["administration_id", "next_follow_up"], unique=False
    )
    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_note_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoice.id"],
            name=op.f("fk_note_invoice_id_invoice"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_note_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note")),
    )
    op.create_index(op.f("ix_note_customer_id"), "note", ["customer_id"], unique=False)
    op.create_index(op.f("ix_note_invoice_id"), "note", ["invoice_id"], unique=False)
    op.create_table(
        "arrangement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("administration_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "completed",
                "broken",
                "cancelled",
                name="arrangementstatus",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("total", sa.BigInteger(), nullable=False),
        sa.Column("principal", sa.BigInteger(), nullable=False),
        sa.Column(
            "costs_choice",
            sa.Enum("none", "waived", "included", name="costschoice", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("costs_amount", sa.BigInteger(), nullable=False),
        sa.Column("costs_reason", sa.Text(), nullable=False),
        sa.Column(
            "interval",
            sa.Enum("month", "week", "days", name="interval", native_enum=False, length=8),
            nullable=False,
        ),
        sa.Column("interval_days", sa.Integer(), nullable=True),
        sa.Column("grace_days", sa.Integer(), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("call_log_id", sa.Integer(), nullable=True),
        sa.Column("paid", sa.BigInteger(), nullable=False),
        sa.Column("judged_on", sa.Date(), nullable=True),
        sa.Column("judged_batch_id", sa.Integer(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_by_id", sa.Integer(), nullable=True),
        sa.Column("end_note", sa.Text(), nullable=False),
        sa.Column("broken_term", sa.Integer(), nullable=True),
        sa.Column("trigger_event_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["administration_id"],
            ["administration.id"],
            name=op.f("fk_arrangement_administration_id_administration"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["call_log_id"],
            ["call_log.id"],
            name=op.f("fk_arrangement_call_log_id_call_log"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["app_user.id"], name=op.f("fk_arrangement_created_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_arrangement_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["ended_by_id"], ["app_user.id"], name=op.f("fk_arrangement_ended_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["judged_batch_id"],
            ["import_batch.id"],
            name=op.f("fk_arrangement_judged_batch_id_import_batch"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["trigger_event_id"],
            ["trigger_event.id"],
            name=op.f("fk_arrangement_trigger_event_id_trigger_event"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_arrangement")),
    )
    op.create_index(
        "ix_arrangement_administration_status",
        "arrangement",
        ["administration_id", "status"],
        unique=False,
    )
    op.create_index(
        op.f("ix_arrangement_customer_id"), "arrangement", ["customer_id"], unique=False
    )
    op.create_table(
        "dispute",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("administration_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("invoice_number", sa.String(length=64), nullable=False),
        sa.Column("reason_code", sa.String(length=32), nullable=False),
        sa.Column("reason_text", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "accepted",
                "declined",
                "resolved",
                name="disputestatus",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("opened_by_id", sa.Integer(), nullable=True),
        sa.Column("call_log_id", sa.Integer(), nullable=True),
        sa.Column("hold_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by_id", sa.Integer(), nullable=True),
        sa.Column("resolution_note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["administration_id"],
            ["administration.id"],
            name=op.f("fk_dispute_administration_id_administration"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["call_log_id"],
            ["call_log.id"],
            name=op.f("fk_dispute_call_log_id_call_log"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_dispute_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"], ["app_user.id"], name=op.f("fk_dispute_decided_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["hold_id"], ["hold.id"], name=op.f("fk_dispute_hold_id_hold"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoice.id"],
            name=op.f("fk_dispute_invoice_id_invoice"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["opened_by_id"], ["app_user.id"], name=op.f("fk_dispute_opened_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by_id"], ["app_user.id"], name=op.f("fk_dispute_resolved_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispute")),
    )
    op.create_index(
        "ix_dispute_administration_status", "dispute", ["administration_id", "status"], unique=False
    )
    op.create_index(op.f("ix_dispute_customer_id"), "dispute", ["customer_id"], unique=False)
    op.create_index(op.f("ix_dispute_invoice_id"), "dispute", ["invoice_id"], unique=False)
    op.create_table(
        "promise",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("administration_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("call_log_id", sa.Integer(), nullable=True),
        sa.Column("promised_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "pending",
                "kept",
                "broken",
                "cancelled",
                name="promisestatus",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decided_from", sa.String(length=32), nullable=True),
        sa.Column("decided_batch_id", sa.Integer(), nullable=True),
        sa.Column("paid", sa.BigInteger(), nullable=True),
        sa.Column("trigger_event_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["administration_id"],
            ["administration.id"],
            name=op.f("fk_promise_administration_id_administration"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["call_log_id"],
            ["call_log.id"],
            name=op.f("fk_promise_call_log_id_call_log"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["app_user.id"], name=op.f("fk_promise_created_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_promise_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["decided_batch_id"],
            ["import_batch.id"],
            name=op.f("fk_promise_decided_batch_id_import_batch"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["trigger_event_id"],
            ["trigger_event.id"],
            name=op.f("fk_promise_trigger_event_id_trigger_event"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promise")),
    )
    op.create_index(
        "ix_promise_administration_status", "promise", ["administration_id", "status"], unique=False
    )
    op.create_index(op.f("ix_promise_call_log_id"), "promise", ["call_log_id"], unique=False)
    op.create_index(op.f("ix_promise_customer_id"), "promise", ["customer_id"], unique=False)
    op.create_table(
        "arrangement_invoice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("arrangement_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("invoice_number", sa.String(length=64), nullable=False),
        sa.Column("open_at_start", sa.BigInteger(), nullable=False),
        sa.Column("hold_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["arrangement_id"],
            ["arrangement.id"],
            name=op.f("fk_arrangement_invoice_arrangement_id_arrangement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["hold_id"],
            ["hold.id"],
            name=op.f("fk_arrangement_invoice_hold_id_hold"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoice.id"],
            name=op.f("fk_arrangement_invoice_invoice_id_invoice"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_arrangement_invoice")),
    )
    op.create_index(
        op.f("ix_arrangement_invoice_arrangement_id"),
        "arrangement_invoice",
        ["arrangement_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_arrangement_invoice_invoice_id"),
        "arrangement_invoice",
        ["invoice_id"],
        unique=False,
    )
    op.create_table(
        "arrangement_term",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("arrangement_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("paid", sa.BigInteger(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "paid",
                "part_paid",
                "open",
                "due",
                "missed",
                name="termstatus",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("trigger_event_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["arrangement_id"],
            ["arrangement.id"],
            name=op.f("fk_arrangement_term_arrangement_id_arrangement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trigger_event_id"],
            ["trigger_event.id"],
            name=op.f("fk_arrangement_term_trigger_event_id_trigger_event"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_arrangement_term")),
        sa.UniqueConstraint(
            "arrangement_id", "number", name=op.f("uq_arrangement_term_arrangement_id_number")
        ),
    )
    op.create_table(
        "promise_invoice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("promise_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("invoice_number", sa.String(length=64), nullable=False),
        sa.Column("open_at_promise", sa.BigInteger(), nullable=False),
        sa.Column("hold_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["hold_id"],
            ["hold.id"],
            name=op.f("fk_promise_invoice_hold_id_hold"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoice.id"],
            name=op.f("fk_promise_invoice_invoice_id_invoice"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["promise_id"],
            ["promise.id"],
            name=op.f("fk_promise_invoice_promise_id_promise"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promise_invoice")),
    )
    op.create_index(
        op.f("ix_promise_invoice_invoice_id"), "promise_invoice", ["invoice_id"], unique=False
    )
    op.create_index(
        op.f("ix_promise_invoice_promise_id"), "promise_invoice", ["promise_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_promise_invoice_promise_id"), table_name="promise_invoice")
    op.drop_index(op.f("ix_promise_invoice_invoice_id"), table_name="promise_invoice")
    op.drop_table("promise_invoice")
    op.drop_table("arrangement_term")
    op.drop_index(op.f("ix_arrangement_invoice_invoice_id"), table_name="arrangement_invoice")
    op.drop_index(op.f("ix_arrangement_invoice_arrangement_id"), table_name="arrangement_invoice")
    op.drop_table("arrangement_invoice")
    op.drop_index(op.f("ix_promise_customer_id"), table_name="promise")
    op.drop_index(op.f("ix_promise_call_log_id"), table_name="promise")
    op.drop_index("ix_promise_administration_status", table_name="promise")
    op.drop_table("promise")
    op.drop_index(op.f("ix_dispute_invoice_id"), table_name="dispute")
    op.drop_index(op.f("ix_dispute_customer_id"), table_name="dispute")
    op.drop_index("ix_dispute_administration_status", table_name="dispute")
    op.drop_table("dispute")
    op.drop_index(op.f("ix_arrangement_customer_id"), table_name="arrangement")
    op.drop_index("ix_arrangement_administration_status", table_name="arrangement")
    op.drop_table("arrangement")
    op.drop_index(op.f("ix_note_invoice_id"), table_name="note")
    op.drop_index(op.f("ix_note_customer_id"), table_name="note")
    op.drop_table("note")
    op.drop_index("ix_call_log_follow_up", table_name="call_log")
    op.drop_index("ix_call_log_customer_called", table_name="call_log")
    op.drop_index(op.f("ix_call_log_communication_id"), table_name="call_log")
    op.drop_table("call_log")
    op.drop_table("call_outcome")
