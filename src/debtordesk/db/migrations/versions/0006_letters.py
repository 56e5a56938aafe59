"""Letters: the dunning runs (communication.run_id), letter batches with their letters (page range,
reference, QR payload, total), batch PDFs kept in the database for team mode (archive_blob), and the
administration's letterhead logo.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_RUN_FK = "fk_communication_run_id_dunning_run"


def upgrade() -> None:
    op.create_table(
        "dunning_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("administration_id", sa.Integer(), nullable=False),
        sa.Column("evaluation_date", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["administration_id"],
            ["administration.id"],
            name=op.f("fk_dunning_run_administration_id_administration"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["app_user.id"], name=op.f("fk_dunning_run_created_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dunning_run")),
    )
    op.create_table(
        "letter_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("administration_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("letter_date", sa.Date(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("letter_count", sa.Integer(), nullable=False),
        sa.Column("duplex", sa.Boolean(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "generated",
                "printed",
                "dispatched",
                "cancelled",
                name="letterbatchstatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("reprint_of_id", sa.Integer(), nullable=True),
        sa.Column("printed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("dispatched_on", sa.Date(), nullable=True),
        sa.Column("dispatched_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["administration_id"],
            ["administration.id"],
            name=op.f("fk_letter_batch_administration_id_administration"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["app_user.id"], name=op.f("fk_letter_batch_created_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["reprint_of_id"],
            ["letter_batch.id"],
            name=op.f("fk_letter_batch_reprint_of_id_letter_batch"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["dunning_run.id"],
            name=op.f("fk_letter_batch_run_id_dunning_run"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_batch")),
        sa.UniqueConstraint(
            "administration_id", "number", name=op.f("uq_letter_batch_administration_id_number")
        ),
    )
    op.create_index(op.f("ix_letter_batch_run_id"), "letter_batch", ["run_id"], unique=False)
    op.create_table(
        "archive_blob",
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["letter_batch.id"],
            name=op.f("fk_archive_blob_batch_id_letter_batch"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("batch_id", name=op.f("pk_archive_blob")),
    )
    op.create_table(
        "letter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("communication_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("customer_number", sa.String(length=64), nullable=False),
        sa.Column("customer_name", sa.String(length=255), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("first_page", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("padding", sa.Integer(), nullable=False),
        sa.Column("payment_reference", sa.String(length=35), nullable=False),
        sa.Column("qr_kind", sa.String(length=8), nullable=False),
        sa.Column("qr_payload", sa.Text(), nullable=False),
        sa.Column("total", sa.BigInteger(), nullable=False),
        sa.Column("pay_by", sa.Date(), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("reprint_of_id", sa.Integer(), nullable=True),
        sa.Column("returned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("returned_note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["letter_batch.id"],
            name=op.f("fk_letter_batch_id_letter_batch"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["communication_id"],
            ["communication.id"],
            name=op.f("fk_letter_communication_id_communication"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_letter_customer_id_customer"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["reprint_of_id"],
            ["letter.id"],
            name=op.f("fk_letter_reprint_of_id_letter"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter")),
    )
    op.create_index(op.f("ix_letter_batch_id"), "letter", ["batch_id"], unique=False)
    op.create_index(
        op.f("ix_letter_communication_id"), "letter", ["communication_id"], unique=False
    )
    op.create_index(op.f("ix_letter_customer_id"), "letter", ["customer_id"], unique=False)
    op.create_index(op.f("ix_letter_reprint_of_id"), "letter", ["reprint_of_id"], unique=False)
    # two columns on filled tables: added in place on SQLite (a batch rebuild would have to drop
    # tables that others reference, as in 0004 and 0005); SQLite's reflection does not see an ON
    # DELETE action on a column added in place, so run_id has none (runs are never deleted)
    op.add_column("administration", sa.Column("logo", sa.LargeBinary(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE communication ADD COLUMN run_id INTEGER "
            f"CONSTRAINT {_RUN_FK} REFERENCES dunning_run (id)"
        )
    else:
        op.add_column("communication", sa.Column("run_id", sa.Integer(), nullable=True))
        op.create_foreign_key(_RUN_FK, "communication", "dunning_run", ["run_id"], ["id"])
    op.create_index(op.f("ix_communication_run_id"), "communication", ["run_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_communication_run_id"), table_name="communication")
    if op.get_bind().dialect.name == "sqlite":
        # in place (SQLite 3.35+), as in 0005: a batch rebuild would drop the communication table,
        # which charges, references and the 14-day-letter evidence reference
        op.execute("ALTER TABLE communication DROP COLUMN run_id")
        op.execute("ALTER TABLE administration DROP COLUMN logo")
    else:
        op.drop_constraint(_RUN_FK, "communication", type_="foreignkey")
        op.drop_column("communication", "run_id")
        op.drop_column("administration", "logo")
    op.drop_index(op.f("ix_letter_reprint_of_id"), table_name="letter")
    op.drop_index(op.f("ix_letter_customer_id"), table_name="letter")
    op.drop_index(op.f("ix_letter_communication_id"), table_name="letter")
    op.drop_index(op.f("ix_letter_batch_id"), table_name="letter")
    op.drop_table("letter")
    op.drop_table("archive_blob")
    op.drop_index(op.f("ix_letter_batch_run_id"), table_name="letter_batch")
    op.drop_table("letter_batch")
    op.drop_table("dunning_run")
