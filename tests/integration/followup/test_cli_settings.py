"""``debtordesk followup-settings``: show and set the follow-up options as the dialog does."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from debtordesk.db.models import AuditLog
from debtordesk.services.database import Database, ensure_default_administration
from debtordesk.services.followup.settings import followup_settings_for
from tests.integration.followup.test_cli import _run

DEFAULTS = {
    "promise_grace_days": 5,
    "term_grace_days": 7,
    "arrangement_min_term_amount": "10.00",
    "arrangement_max_terms": 24,
    "call_recall_days": 30,
}


def test_show_lists_every_option_with_its_value(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(db, capsys, "followup-settings", "--json")
    assert status == 0 and out == DEFAULTS
    status, text, _ = _run(db, capsys, "--lang", "nl", "followup-settings", "show")
    assert status == 0
    assert "call_recall_days" in text and "bellijst" in text


def test_set_changes_one_option_for_the_services_and_audits_it(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(
        db, capsys, "followup-settings", "set", "promise_grace_days", "9", "--json"
    )
    assert status == 0 and out == {**DEFAULTS, "promise_grace_days": 9}
    status, text, _ = _run(
        db, capsys, "followup-settings", "set", "arrangement_min_term_amount", "€ 12,50"
    )
    assert status == 0 and "12.50" in text
    with db.read() as session:
        administration_id = ensure_default_administration(session).id
        audited = session.scalars(select(AuditLog.details)).all()
    settings = followup_settings_for(db, administration_id)
    assert settings.promise_grace_days == 9
    assert settings.limits.min_term_amount == Decimal("12.50")
    assert any("promise_grace_days" in str(details) for details in audited)


@pytest.mark.parametrize(
    ("option", "value", "says"),
    [
        ("promise_grace_days", "99", "0 to 60"),
        ("call_recall_days", "x", "1 to 365"),
        ("arrangement_min_term_amount", "tien", "10,00"),
    ],
)
def test_a_value_out_of_range_is_refused_and_nothing_changes(
    db: Database, capsys: pytest.CaptureFixture[str], option: str, value: str, says: str
) -> None:
    status, _, err = _run(db, capsys, "followup-settings", "set", option, value)
    assert status == 2
    assert says in err
    status, out, _ = _run(db, capsys, "followup-settings", "--json")
    assert out == DEFAULTS
