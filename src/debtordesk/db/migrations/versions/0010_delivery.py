"""Delivery status of sent messages: what the provider said after "sent" (outbox_item.delivery_status:
pending, delivered, undelivered or not_available), the provider's reason for an undelivered message,
when it was delivered, when and how often it was checked.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-25 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outbox_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("delivery_status", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("delivery_reason", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(
            sa.Column("delivery_checked_at", sa.DateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(
            sa.Column("delivery_checks", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.create_index(
            "ix_outbox_item_delivery_status", ["delivery_status", "delivery_checked_at"]
        )


def downgrade() -> None:
    with op.batch_alter_table("outbox_item", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_item_delivery_status")
        batch_op.drop_column("delivery_checks")
        batch_op.drop_column("delivery_checked_at")
        batch_op.drop_column("delivered_at")
        batch_op.drop_column("delivery_reason")
        batch_op.drop_column("delivery_status")
