"""The follow-up settings per administration (SQLite and PostgreSQL): stored, audited, checked; the
services and the CLI honour them (arrangement limits and term grace days, the promise grace period,
the call list's recall days); another administration keeps its own; a bad stored value counts as the
default; a save someone else beat is refused."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from debtordesk.cli import main
from debtordesk.db.models import Administration, Arrangement, AuditLog, OrgSetting
from debtordesk.domain.errors import UserError
from debtordesk.services.database import Database
from debtordesk.services.followup import (
    call_list,
    log_call,
    preview_arrangement,
    save_arrangement,
)
from debtordesk.services.followup.settings import (
    checked_followup_options,
    followup_settings_for,
    load_followup_options,
    save_followup_options,
)
from debtordesk.settings.org import OrgSettings
from tests.integration.followup.helpers import clock, customer_id, import_open_items

DUE = date(2026, 11, 1)
TODAY = date(2026, 12, 16)


def _fill(db: Database, tmp_path: Path) -> int:
    import_open_items(
        db,
        tmp_path,
        [("F1", "K1", "Jan Jansen", DUE, "1000.00", "1000.00")],
        export_date=date(2026, 12, 15),
    )
    with db.read() as session:
        found = session.scalar(select(Administration.id))
    assert found is not None
    return int(found)


def _save(db: Database, administration_id: int | None, **values: Any) -> OrgSettings:
    before = load_followup_options(db, administration_id)
    return save_followup_options(
        db, administration_id, before, replace(before, **values), user_login="clerk"
    )


def test_defaults_then_saved_values_are_read_and_audited(db: Database, tmp_path: Path) -> None:
    administration_id = _fill(db, tmp_path)
    settings = followup_settings_for(db, administration_id)
    assert (settings.promise_grace_days, settings.term_grace_days) == (5, 7)
    assert settings.limits.min_term_amount == Decimal("10.00")
    assert settings.limits.max_terms == 24
    assert settings.call_rules.recall_days == 30

    stored = _save(
        db,
        administration_id,
        promise_grace_days=2,
        term_grace_days=0,
        arrangement_min_term_amount="25,50",
        arrangement_max_terms=120,
        call_recall_days=10,
    )
    assert stored.arrangement_min_term_amount == "25.50"
    settings = followup_settings_for(db, administration_id)
    assert (settings.promise_grace_days, settings.term_grace_days) == (2, 0)
    assert settings.limits.min_term_amount == Decimal("25.50")
    assert settings.limits.max_terms == 120
    assert settings.call_rules.recall_days == 10
    with db.read() as session:
        rows = session.execute(
            select(OrgSetting.key, OrgSetting.administration_id).where(
                OrgSetting.key.like("%_days") | OrgSetting.key.like("arrangement_%")
            )
        ).all()
        audited = session.scalars(
            select(AuditLog.details).where(AuditLog.entity == "org_setting")
        ).all()
    assert {key for key, _ in rows} == {
        "promise_grace_days",
        "term_grace_days",
        "arrangement_min_term_amount",
        "arrangement_max_terms",
        "call_recall_days",
    }
    assert {owner for _, owner in rows} == {administration_id}  # per administration
    assert {"key": "term_grace_days", "before": None, "after": 0} in audited
    # the organisation-wide values (another administration) stay the defaults
    assert followup_settings_for(db, None).term_grace_days == 7


@pytest.mark.parametrize(
    ("key", "value", "code"),
    [
        ("promise_grace_days", -1, "followup_settings.out_of_range"),
        ("promise_grace_days", 61, "followup_settings.out_of_range"),
        ("term_grace_days", 61, "followup_settings.out_of_range"),
        ("arrangement_max_terms", 0, "followup_settings.out_of_range"),
        ("arrangement_max_terms", 121, "followup_settings.out_of_range"),
        ("arrangement_min_term_amount", "0,00", "followup_settings.bad_amount"),
        ("arrangement_min_term_amount", "0,005", "followup_settings.bad_amount"),
        ("arrangement_min_term_amount", "ten", "followup_settings.bad_amount"),
    ],
)
def test_values_out_of_range_are_refused_and_nothing_is_stored(
    db: Database, tmp_path: Path, key: str, value: Any, code: str
) -> None:
    administration_id = _fill(db, tmp_path)
    with pytest.raises(UserError) as refused:
        _save(db, administration_id, **{key: value})
    assert refused.value.code == code
    with db.read() as session:
        assert session.scalars(select(OrgSetting).where(OrgSetting.key == key)).all() == []


def test_edges_are_allowed() -> None:
    checked = checked_followup_options(
        replace(
            OrgSettings(),
            promise_grace_days=60,
            term_grace_days=0,
            arrangement_max_terms=1,
            arrangement_min_term_amount="0.01",
        )
    )
    assert checked.arrangement_min_term_amount == "0.01"


def test_a_bad_stored_value_counts_as_the_default(db: Database, tmp_path: Path) -> None:
    administration_id = _fill(db, tmp_path)
    with db.write() as session:  # a hand-edited database
        session.add(
            OrgSetting(administration_id=administration_id, key="term_grace_days", value=999)
        )
        session.add(
            OrgSetting(
                administration_id=administration_id,
                key="arrangement_min_term_amount",
                value="lots",
            )
        )
    settings = followup_settings_for(db, administration_id)
    assert settings.term_grace_days == 7
    assert settings.limits.min_term_amount == Decimal("10.00")


def test_a_save_someone_else_beat_is_refused(db: Database, tmp_path: Path) -> None:
    administration_id = _fill(db, tmp_path)
    before = load_followup_options(db, administration_id)
    _save(db, administration_id, term_grace_days=3)
    with pytest.raises(UserError) as refused:
        save_followup_options(db, administration_id, before, replace(before, term_grace_days=9))
    assert refused.value.code == "db.conflict"
    assert followup_settings_for(db, administration_id).term_grace_days == 3


def test_arrangements_use_the_limits_and_the_term_grace_days(db: Database, tmp_path: Path) -> None:
    administration_id = _fill(db, tmp_path)
    customer = customer_id(db, "K1")
    # the default maximum is 24 terms: 40 terms are refused
    with pytest.raises(UserError) as refused:
        preview_arrangement(db, customer, start=date(2027, 1, 1), terms=40)
    assert refused.value.code == "arrangement.too_many_terms"
    _save(db, administration_id, arrangement_max_terms=40, term_grace_days=3)
    preview = preview_arrangement(db, customer, start=date(2027, 1, 1), terms=40)
    assert len(preview.terms) == 40 and preview.limits.max_terms == 40
    assert sum(term.amount for term in preview.terms) == Decimal("1000.00")
    # a minimum of 300 per term: 4 terms of 250 are too small
    _save(db, administration_id, arrangement_min_term_amount="300")
    with pytest.raises(UserError) as refused:
        preview_arrangement(db, customer, start=date(2027, 1, 1), terms=4)
    assert refused.value.code == "arrangement.term_too_small"
    record = save_arrangement(
        db, customer, today=TODAY, start=date(2027, 1, 1), terms=3, clock=clock(TODAY)
    )
    assert record.grace_days == 3


def test_the_promise_hold_runs_for_the_promise_grace_days(db: Database, tmp_path: Path) -> None:
    administration_id = _fill(db, tmp_path)
    _save(db, administration_id, promise_grace_days=12)
    result = log_call(
        db,
        customer_id(db, "K1"),
        "promise_to_pay",
        today=TODAY,
        promise_date=date(2026, 12, 20),
        promise_amount=Decimal("1000.00"),
        clock=clock(TODAY),
    )
    assert result.promise is not None
    assert result.promise.hold_until == date(2027, 1, 1)


def test_the_call_list_recalls_after_the_recall_days(db: Database, tmp_path: Path) -> None:
    administration_id = _fill(db, tmp_path)
    customer = customer_id(db, "K1")  # no mobile, no e-mail: on the list
    assert [e.customer_id for e in call_list(db, administration_id, TODAY).entries] == [customer]
    log_call(db, customer, "voicemail", today=TODAY, clock=clock(TODAY))
    later = date(2027, 1, 5)  # 20 days later: not yet with the default 30
    assert call_list(db, administration_id, later).entries == ()
    _save(db, administration_id, call_recall_days=20)
    assert [e.customer_id for e in call_list(db, administration_id, later).entries] == [customer]


def _url(db: Database) -> str:
    path = db.sqlite_path
    return str(path) if path else db.engine.url.render_as_string(hide_password=False)


def test_the_cli_arrangement_honours_the_settings(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    administration_id = _fill(db, tmp_path)
    args = ["--db", _url(db), "arrangement", "K1", "--terms", "30", "--start", "2027-01-01"]
    capsys.readouterr()
    assert main([*args, "--date", "2026-12-16", "--json"]) == 2  # more than 24 terms
    refusal = json.loads(capsys.readouterr().out)["error"]
    assert refusal["code"] == "arrangement.too_many_terms"
    assert refusal["params"]["maximum"] == 24
    _save(db, administration_id, arrangement_max_terms=30, term_grace_days=4)
    assert main([*args, "--date", "2026-12-16", "--json", "--save"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["terms"]) == 30 and data["total"] == "1000.00"
    with db.read() as session:
        assert session.scalar(select(Arrangement.grace_days)) == 4
