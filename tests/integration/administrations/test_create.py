"""Adding an administration and listing them: checks, duplicates (capitals or not), audit, counts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from debtordesk.db.models import Administration, AuditLog, User
from debtordesk.domain.errors import UserError
from debtordesk.i18n.catalogue import render
from debtordesk.services.administrations import (
    administration_overview,
    create_administration,
    list_administrations,
    load_organisation,
)
from debtordesk.services.database import Database
from tests.integration.administrations.factory import two_administrations


def test_creates_an_administration_with_an_audit_entry(db: Database) -> None:
    created = create_administration(
        db, code="  NOORD ", name="  Kinderopvang   Noord B.V. ", user_login="teamlead"
    )
    assert (created.code, created.name, created.country, created.version) == (
        "NOORD",
        "Kinderopvang Noord B.V.",
        "NL",
        1,
    )
    assert [a.code for a in list_administrations(db)] == ["MAIN", "NOORD"]
    assert load_organisation(db, created.id).administration == created
    with db.read() as session:
        audit = session.scalars(select(AuditLog).where(AuditLog.action == "create")).one()
        login = session.scalar(select(User.login).where(User.id == audit.user_id))
        assert (audit.entity, audit.entity_id, audit.administration_id) == (
            "administration",
            created.id,
            created.id,
        )
        assert audit.details == {"code": "NOORD", "name": "Kinderopvang Noord B.V."}
    assert login == "teamlead"


@pytest.mark.parametrize("code", ["main", "Main", "MAIN"])
def test_a_code_in_use_is_refused_whatever_its_capitals(db: Database, code: str) -> None:
    with pytest.raises(UserError) as raised:
        create_administration(db, code=code, name="Tweede")
    assert raised.value.code == "administration.code_taken"
    assert render(raised.value.message, "en") == (
        "The code 'MAIN' is already used by the administration 'Mijn administratie'. "
        "Choose another code."
    )
    assert "al in gebruik" in render(raised.value.message, "nl")
    assert [a.code for a in list_administrations(db)] == ["MAIN"]


@pytest.mark.parametrize(
    ("code", "name", "error"),
    [
        ("", "Noord", "administration.code_required"),
        ("   ", "Noord", "administration.code_required"),
        ("BV NOORD", "Noord", "administration.code_invalid"),
        ("NOÖRD", "Noord", "administration.code_invalid"),
        ("NOORD/1", "Noord", "administration.code_invalid"),
        ("X" * 21, "Noord", "administration.code_too_long"),
        ("NOORD", "  ", "administration.name_required"),
        ("NOORD", "n" * 201, "administration.too_long"),
    ],
)
def test_bad_codes_and_names_are_refused_and_nothing_is_written(
    db: Database, code: str, name: str, error: str
) -> None:
    with pytest.raises(UserError) as raised:
        create_administration(db, code=code, name=name)
    assert raised.value.code == error
    for language in ("en", "nl"):  # said in words in both languages, not as a bare code
        text = render(raised.value.message, language)
        assert error not in text and "{" not in text
    with db.read() as session:
        assert session.scalars(select(Administration.code)).all() == ["MAIN"]
        assert session.scalars(select(AuditLog)).all() == []


def test_the_longest_plain_code_is_accepted(db: Database) -> None:
    created = create_administration(db, code="BV-2_noord-" + "9" * 9, name="Noord")
    assert created.code == "BV-2_noord-999999999"


def test_overview_counts_per_administration(db: Database) -> None:
    two_administrations(db)
    overview = administration_overview(db)
    assert [(a.code, a.customers, a.open_invoices, a.open_total) for a in overview] == [
        ("MAIN", 3, 3, Decimal("175.00")),
        ("NOORD", 2, 2, Decimal("1000.00")),
    ]
    assert overview[0].name == "Mijn administratie" and overview[0].iban is None


def test_overview_of_an_empty_administration(db: Database) -> None:
    create_administration(db, code="LEEG", name="Nog leeg")
    assert [(a.code, a.customers, a.open_invoices) for a in administration_overview(db)] == [
        ("MAIN", 0, 0),
        ("LEEG", 0, 0),
    ]


def test_a_code_taken_between_check_and_write_is_refused_in_words(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from debtordesk.services import administrations

    real = administrations._refuse_taken
    calls: list[str] = []

    def late(session: object, code: str) -> None:
        calls.append(code)
        if len(calls) > 1:  # the check after the failed write sees the other clerk's row
            real(session, code)  # type: ignore[arg-type]

    monkeypatch.setattr(administrations, "_refuse_taken", late)
    with pytest.raises(UserError) as raised:
        create_administration(db, code="MAIN", name="Tweede")
    assert raised.value.code == "administration.code_taken"
    assert calls == ["MAIN", "MAIN"]
    assert [a.code for a in list_administrations(db)] == ["MAIN"]
