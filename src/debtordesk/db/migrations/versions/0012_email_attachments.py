"""E-mail attachments kept: the letter PDF an e-mail carried (organisation option attach_letter_pdf),
one row per attempt that went out or may have (email_attachment); on SQLite the file lives in the letter
archive folder (stored_name), on PostgreSQL the bytes are in the row (data).

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-26 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "email_attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("communication_id", sa.Integer(), nullable=False),
        sa.Column("attempt_number", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("stored_name", sa.String(length=255), nullable=True),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["communication_id"],
            ["communication.id"],
            name=op.f("fk_email_attachment_communication_id_communication"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_email_attachment")),
        sa.UniqueConstraint(
            "communication_id",
            "attempt_number",
            name=op.f("uq_email_attachment_communication_id_attempt_number"),
        ),
    )
    op.create_index(
        op.f("ix_email_attachment_communication_id"),
        "email_attachment",
        ["communication_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_email_attachment_communication_id"), table_name="email_attachment")
    op.drop_table("email_attachment")
