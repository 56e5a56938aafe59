"""Link payments: what polling learnt about each payment link (payment_link_state: state, amounts,
expiry, when settled) and every payment made through a link, once per provider payment id
(link_payment: customer, communication, link, amount, paid time, invoices, refund flag and reason,
when exported for the bookkeeper).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22 19:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "payment_link_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("administration_id", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(length=32), nullable=False),
        sa.Column("link_id", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=True),
        sa.Column("paid_amount", sa.BigInteger(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("first_polled_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("polled_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("settled_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["administration_id"],
            ["administration.id"],
            name=op.f("fk_payment_link_state_administration_id_administration"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_link_state")),
        sa.UniqueConstraint(
            "provider", "link_id", name=op.f("uq_payment_link_state_provider_link_id")
        ),
    )
    op.create_table(
        "link_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("administration_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("communication_id", sa.Integer(), nullable=True),
        sa.Column("provider", sa.String(length=32), nullable=False),
        sa.Column("link_id", sa.String(length=200), nullable=False),
        sa.Column("provider_payment_id", sa.String(length=200), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("paid_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("payment_reference", sa.String(length=35), nullable=True),
        sa.Column("invoices", sa.JSON(), nullable=False),
        sa.Column("refund_flag", sa.Boolean(), nullable=False),
        sa.Column("refund_reason", sa.JSON(), nullable=True),
        sa.Column("exported_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["administration_id"],
            ["administration.id"],
            name=op.f("fk_link_payment_administration_id_administration"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["communication_id"],
            ["communication.id"],
            name=op.f("fk_link_payment_communication_id_communication"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_link_payment_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_link_payment")),
        sa.UniqueConstraint(
            "provider",
            "provider_payment_id",
            name=op.f("uq_link_payment_provider_provider_payment_id"),
        ),
    )
    op.create_index(
        "ix_link_payment_administration_paid",
        "link_payment",
        ["administration_id", "paid_at"],
        unique=False,
    )
    op.create_index(
        op.f("ix_link_payment_customer_id"), "link_payment", ["customer_id"], unique=False
    )
    op.create_index(op.f("ix_link_payment_link_id"), "link_payment", ["link_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_link_payment_link_id"), table_name="link_payment")
    op.drop_index(op.f("ix_link_payment_customer_id"), table_name="link_payment")
    op.drop_index("ix_link_payment_administration_paid", table_name="link_payment")
    op.drop_table("link_payment")
    op.drop_table("payment_link_state")
