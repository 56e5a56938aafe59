"""Arrangement steps: a communication can ask for part of what is open (communication.requested_amount:
the term of a payment arrangement, which the payment link, the message and the letter ask), records the
event its step answered (trigger, trigger_on) and the arrangement it belongs to (arrangement_id: the
confirmation letter, a term's request or reminder, the message after the arrangement broke).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-25 14:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ARRANGEMENT_FK = "fk_communication_arrangement_id_arrangement"


def upgrade() -> None:
    # columns on a filled table: added in place on SQLite (a batch rebuild would have to drop the
    # communication table, which charges, references, letters and the outbox reference; see 0006)
    op.add_column("communication", sa.Column("requested_amount", sa.BigInteger(), nullable=True))
    op.add_column(
        "communication",
        sa.Column(
            "trigger",
            sa.Enum(
                "storno",
                "instalment_due",
                "broken_promise",
                name="trigger",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
    )
    op.add_column("communication", sa.Column("trigger_on", sa.Date(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE communication ADD COLUMN arrangement_id INTEGER "
            f"CONSTRAINT {_ARRANGEMENT_FK} REFERENCES arrangement (id)"
        )
    else:
        op.add_column("communication", sa.Column("arrangement_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            _ARRANGEMENT_FK, "communication", "arrangement", ["arrangement_id"], ["id"]
        )
    op.create_index(
        op.f("ix_communication_arrangement_id"), "communication", ["arrangement_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_communication_arrangement_id"), table_name="communication")
    if op.get_bind().dialect.name == "sqlite":
        # in place (SQLite 3.35+), as in 0006
        for column in ("arrangement_id", "trigger_on", "trigger", "requested_amount"):
            op.execute(f"ALTER TABLE communication DROP COLUMN {column}")
    else:
        op.drop_constraint(_ARRANGEMENT_FK, "communication", type_="foreignkey")
        for column in ("arrangement_id", "trigger_on", "trigger", "requested_amount"):
            op.drop_column("communication", column)
