"""bulk_insert_columns: the values every row shares (written into the statement on SQLite, bound
on PostgreSQL) arrive as they were given, whatever their text holds."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from debtordesk.db.engine import Database
from debtordesk.db.models import AuditLog
from debtordesk.services.import_bulk import _literal, bulk_insert_columns
from debtordesk.services.import_state import table_of

AT = datetime(2026, 11, 23, 9, 30, 15, 123456, tzinfo=UTC)


@pytest.mark.parametrize(
    "action", ["import", "it's; DROP TABLE x --", "'", "tab\tnew\nline", "nul\x00byte", "Özer €"]
)
def test_shared_values_arrive_as_given(db: Database, action: str) -> None:
    if "\x00" in action and db.engine.dialect.name == "postgresql":
        pytest.skip("PostgreSQL text cannot hold NUL characters")
    with db.write() as session:
        bulk_insert_columns(
            session,
            table_of(AuditLog),
            {"entity_id": [1, 2, 3], "details": [{"n": 1}, {"n": 2}, {"n": 3}]},
            3,
            constants={"entity": "customer", "action": action, "at": AT, "user_id": None},
        )
    with db.read() as session:
        rows = session.execute(
            select(
                AuditLog.entity_id, AuditLog.entity, AuditLog.action, AuditLog.at, AuditLog.details
            ).order_by(AuditLog.entity_id)
        ).all()
    assert [tuple(r) for r in rows] == [(n, "customer", action, AT, {"n": n}) for n in (1, 2, 3)]


def test_only_plain_integers_and_text_become_literals() -> None:
    assert _literal(5) == "5"
    assert _literal(-12) == "-12"
    assert _literal("O'Neil") == "'O''Neil'"
    assert _literal(True) is None  # bound: a bool is not an integer to the driver's eyes
    assert _literal(1.5) is None
    assert _literal(None) is None
    assert _literal(b"x") is None
    assert _literal("a\x00b") is None
