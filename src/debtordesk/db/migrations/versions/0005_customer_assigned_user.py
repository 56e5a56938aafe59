"""Per customer the clerk it is assigned to (customer.assigned_user_id), for the queue's "Assigned to".

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 17:05:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FK = "fk_customer_assigned_user_id_app_user"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # a column with an inline, named REFERENCES is added in place; a batch rebuild would have to
        # drop the customer table, which invoices and the timeline reference (as in 0004)
        op.execute(
            "ALTER TABLE customer ADD COLUMN assigned_user_id INTEGER "
            f"CONSTRAINT {_FK} REFERENCES app_user (id)"
        )
    else:
        op.add_column("customer", sa.Column("assigned_user_id", sa.Integer(), nullable=True))
        op.create_foreign_key(_FK, "customer", "app_user", ["assigned_user_id"], ["id"])
    op.create_index("ix_customer_assigned_user_id", "customer", ["assigned_user_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_customer_assigned_user_id", table_name="customer")
    if op.get_bind().dialect.name == "sqlite":
        # in place (SQLite 3.35+): a batch rebuild would have to drop the customer table, which
        # invoices reference, and SQLite refuses that while foreign keys are enforced
        op.execute("ALTER TABLE customer DROP COLUMN assigned_user_id")
        return
    op.drop_constraint(_FK, "customer", type_="foreignkey")
    op.drop_column("customer", "assigned_user_id")
