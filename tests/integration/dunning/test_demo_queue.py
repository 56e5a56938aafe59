"""The demo database starts with the shipped policies and a few holds, and its queue has work."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from debtordesk.db.models import AuditLog, DunningPolicy, Hold
from debtordesk.domain.dunning.model import HoldReason
from debtordesk.services.database import Database
from debtordesk.services.demo import create_demo_database
from debtordesk.services.dunning_queue import compute_queue_for

TODAY = date(2026, 11, 20)


def test_the_demo_has_policies_holds_and_a_queue_with_work(tmp_path: Path) -> None:
    info = create_demo_database(tmp_path / "demo.sqlite", today=TODAY)
    db = Database.open(str(info.path))
    try:
        with db.read() as session:
            policies = sorted(
                (name, str(kind))
                for name, kind in session.execute(
                    select(DunningPolicy.name, DunningPolicy.is_default_for)
                )
            )
            holds = session.execute(select(Hold.reason, Hold.invoice_id, Hold.until)).all()
            audits = list(session.scalars(select(AuditLog.action)))
        assert policies == [("Business (NL)", "business"), ("Consumer (NL)", "consumer")]
        assert sorted(reason for reason, _, _ in holds) == sorted(
            [HoldReason.DISPUTE, HoldReason.REPORTED_PAID, HoldReason.PAID_VIA_LINK]
        )
        dispute = next(h for h in holds if h[0] is HoldReason.DISPUTE)
        assert dispute[1] is not None and dispute[2] is None
        assert audits == ["demo_created"]  # the demo's one entry covers its set-up
        result = compute_queue_for(db, 1, TODAY)
        assert len(result.actions) > 10
        held = [entry for entry in result.entries if entry.row.holds]
        assert len(held) == 3
    finally:
        db.dispose()
