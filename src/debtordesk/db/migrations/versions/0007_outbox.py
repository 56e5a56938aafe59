"""Outbox: per SMS or e-mail communication its reference at the provider, lease, attempts and back-off
(outbox_item), and every attempt recorded before the request goes out (outbox_attempt).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "outbox_item",
        sa.Column("communication_id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("queued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lease_owner", sa.String(length=120), nullable=True),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("provider", sa.String(length=32), nullable=True),
        sa.Column("provider_message_id", sa.String(length=200), nullable=True),
        sa.Column("last_error", sa.JSON(), nullable=True),
        sa.Column("lookups", sa.Integer(), nullable=False),
        sa.Column("settled_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["communication_id"],
            ["communication.id"],
            name=op.f("fk_outbox_item_communication_id_communication"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("communication_id", name=op.f("pk_outbox_item")),
        sa.UniqueConstraint("reference", name=op.f("uq_outbox_item_reference")),
    )
    op.create_index(
        "ix_outbox_item_next_attempt_at", "outbox_item", ["next_attempt_at"], unique=False
    )
    op.create_table(
        "outbox_attempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("communication_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
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
        sa.Column("provider", sa.String(length=32), nullable=False),
        sa.Column("lease_owner", sa.String(length=120), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("idempotency_key", sa.String(length=200), nullable=False),
        sa.Column("recipient", sa.String(length=254), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("segments", sa.Integer(), nullable=True),
        sa.Column("provider_message_id", sa.String(length=200), nullable=True),
        sa.Column("reason", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["communication_id"],
            ["communication.id"],
            name=op.f("fk_outbox_attempt_communication_id_communication"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_attempt")),
        sa.UniqueConstraint(
            "communication_id", "number", name=op.f("uq_outbox_attempt_communication_id_number")
        ),
    )
    op.create_index(
        op.f("ix_outbox_attempt_communication_id"),
        "outbox_attempt",
        ["communication_id"],
        unique=False,
    )
    op.create_index(
        "ix_outbox_attempt_channel_started",
        "outbox_attempt",
        ["channel", "started_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_outbox_attempt_channel_started", table_name="outbox_attempt")
    op.drop_index(op.f("ix_outbox_attempt_communication_id"), table_name="outbox_attempt")
    op.drop_table("outbox_attempt")
    op.drop_index("ix_outbox_item_next_attempt_at", table_name="outbox_item")
    op.drop_table("outbox_item")
