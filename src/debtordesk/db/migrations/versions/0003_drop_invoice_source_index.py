"""Drop the invoice index on (administration, source, status): no query uses it, every insert pays it.

A full snapshot finds the invoices it closes among all stored invoices of the administration, which the
import reads anyway to compare; open invoices of an administration are found through
ix_invoice_status_due (administration, status, due date).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 14:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_invoice_source", table_name="invoice")


def downgrade() -> None:
    op.create_index(
        "ix_invoice_source", "invoice", ["administration_id", "source", "status"], unique=False
    )
