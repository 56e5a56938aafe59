"""A customer's tags (SQLite and PostgreSQL): added and removed one at a time, the same tag in other
capitals not twice, audited and on the timeline, the version bumped; bad tags refused; the tags in
use per administration; ``debtordesk tag``; and a segment rule on a tag choosing the customer's policy
in the next queue once the customer is tagged."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from debtordesk.cli import main
from debtordesk.db.models import AuditLog, Customer
from debtordesk.domain.dunning.model import SegmentRule
from debtordesk.domain.enums import CustomerType
from debtordesk.domain.errors import UserError
from debtordesk.services.administrations import create_administration
from debtordesk.services.customer_tags import change_tags, known_tags
from debtordesk.services.database import Database
from debtordesk.services.dunning_queue import compute_queue_for
from debtordesk.services.followup import customer_timeline
from debtordesk.services.policies import list_policies, save_segment_rule
from debtordesk.services.views.detail import customer_detail
from tests.integration.followup.helpers import customer_id, import_open_items

DUE = date(2026, 11, 1)


def _fill(db: Database, tmp_path: Path) -> None:
    import_open_items(
        db,
        tmp_path,
        [
            ("F1", "K1", "Jan Jansen", DUE, "100.00", "100.00"),
            ("F2", "K2", "Piet Pieters", DUE, "50.00", "50.00"),
        ],
        export_date=date(2026, 12, 15),
    )


def _version(db: Database, customer: int) -> int:
    with db.read() as session:
        found = session.scalar(select(Customer.version).where(Customer.id == customer))
    assert found is not None
    return int(found)


def test_add_and_remove_tags(db: Database, tmp_path: Path) -> None:
    _fill(db, tmp_path)
    jan = customer_id(db, "K1")
    version = _version(db, jan)
    change = change_tags(db, jan, add=["  debt   help ", "VIP"], user_login="clerk")
    assert change.tags == ("debt help", "VIP") and change.added == ("debt help", "VIP")
    assert _version(db, jan) == version + 1
    # the same tag in other capitals is not added twice; removing it removes the stored spelling
    again = change_tags(db, jan, add=["vip"], remove=["Debt Help"])
    assert again.tags == ("VIP",) and again.added == () and again.removed == ("debt help",)
    nothing = change_tags(db, jan, add=["VIP"])
    assert nothing.added == () and nothing.removed == ()
    texts = [entry.text for entry in customer_timeline(db, jan, kinds=["edit"])]
    assert texts == ["Tags changed: −debt help.", "Tags changed: +debt help +VIP."]
    dutch = customer_timeline(db, jan, kinds=["edit"], language="nl")
    assert dutch[0].text == "Labels gewijzigd: −debt help."
    with db.read() as session:
        audited = session.scalars(
            select(AuditLog.details).where(AuditLog.entity == "customer", AuditLog.action == "tags")
        ).all()
    assert [a["added"] for a in audited] == [["debt help", "VIP"], []]
    assert [a["removed"] for a in audited] == [[], ["debt help"]]


def test_the_detail_lists_tags_as_the_tag_editor_does(db: Database, tmp_path: Path) -> None:
    """Case does not decide the order: the customer detail (which the panel reloads) lists the tags
    in the order a change returns them, so the chips do not jump around after a reload."""
    _fill(db, tmp_path)
    jan = customer_id(db, "K1")
    change = change_tags(db, jan, add=["Payment plan", "debt help", "VIP"])
    assert change.tags == ("debt help", "Payment plan", "VIP")
    assert customer_detail(db, jan, today=date(2026, 12, 16)).tags == change.tags


@pytest.mark.parametrize("bad", ["", "   ", "a,b", "x" * 65])
def test_bad_tags_are_refused(db: Database, tmp_path: Path, bad: str) -> None:
    _fill(db, tmp_path)
    with pytest.raises(UserError) as refused:
        change_tags(db, customer_id(db, "K1"), add=[bad])
    assert refused.value.code == "tags.bad_tag"


def test_nothing_to_do_is_refused(db: Database, tmp_path: Path) -> None:
    _fill(db, tmp_path)
    with pytest.raises(UserError) as refused:
        change_tags(db, customer_id(db, "K1"))
    assert refused.value.code == "tags.nothing"


def test_known_tags_per_administration(db: Database, tmp_path: Path) -> None:
    _fill(db, tmp_path)
    change_tags(db, customer_id(db, "K1"), add=["vip", "Debt help"])
    change_tags(db, customer_id(db, "K2"), add=["vip"])
    assert known_tags(db, 1) == ("Debt help", "vip")
    other = create_administration(db, code="NOORD", name="Noord BV")
    assert known_tags(db, other.id) == ()


def _url(db: Database) -> str:
    path = db.sqlite_path
    return str(path) if path else db.engine.url.render_as_string(hide_password=False)


def _tag(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any]:
    capsys.readouterr()
    status = main(["--db", _url(db), "tag", *args])
    out = capsys.readouterr().out
    return status, json.loads(out) if "--json" in args else out


def test_a_segment_rule_on_a_tag_chooses_the_policy_after_tagging(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(db, tmp_path)
    jan = customer_id(db, "K1")
    day = date(2026, 12, 16)
    policies = list_policies(db, 1)
    consumer = next(p for p in policies if p.default_for is CustomerType.CONSUMER)
    business = next(p for p in policies if p.default_for is CustomerType.BUSINESS)
    save_segment_rule(
        db,
        1,
        SegmentRule(name="Debt help", policy_id=business.id, tags=frozenset({"debt help"})),
    )

    def policy_of(customer: int) -> int | None:
        queue = compute_queue_for(db, 1, day)
        return next(e.row.policy_id for e in queue.entries if e.customer_id == customer)

    assert policy_of(jan) == consumer.id
    status, data = _tag(db, capsys, "K1", "--add", "debt help", "--add", "vip", "--json")
    assert status == 0
    assert data == {
        "customer": "K1",
        "tags": ["debt help", "vip"],
        "added": ["debt help", "vip"],
        "removed": [],
    }
    assert policy_of(jan) == business.id
    assert policy_of(customer_id(db, "K2")) == consumer.id
    status, text = _tag(db, capsys, "K1", "--remove", "debt help")
    assert status == 0 and text.strip() == "Customer K1: tags now vip."
    assert policy_of(jan) == consumer.id
    status, text = _tag(db, capsys, "K1", "--add", "a,b")
    assert status == 2
    status, text = _tag(db, capsys, "K9", "--add", "vip")
    assert status == 2
