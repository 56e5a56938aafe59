"""``debtordesk policies default NAME --for TYPE`` and ``policies delete NAME``: the default moves,
a policy nothing uses goes, refusals say why with exit status 2 (JSON error with --json), names are
matched exactly or case-insensitively when unique, and the bare ``policies`` still lists."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from debtordesk.cli import main
from debtordesk.domain.dunning.defaults import (
    BUSINESS_POLICY_NAME,
    CONSUMER_POLICY_NAME,
    business_policy,
)
from debtordesk.domain.enums import CustomerType
from debtordesk.services.administrations import create_administration
from debtordesk.services.database import Database
from debtordesk.services.policies import list_policies, save_policy, set_customer_policy
from tests.integration.views.factory import add_customer


def _url(db: Database) -> str:
    path = db.sqlite_path
    return str(path) if path else db.engine.url.render_as_string(hide_password=False)


def _run(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    capsys.readouterr()
    status = main(["--db", _url(db), *args])
    captured = capsys.readouterr()
    out = json.loads(captured.out) if "--json" in args else captured.out
    return status, out, captured.err


def _defaults(db: Database, administration_id: int = 1) -> dict[CustomerType, str]:
    return {p.default_for: p.name for p in list_policies(db, administration_id) if p.default_for}


def _strict(db: Database) -> int:
    list_policies(db, 1)
    return save_policy(db, 1, replace(business_policy(0), name="Strict")).id


def test_default_moves_the_default_by_a_name_in_any_capitals(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _strict(db)
    status, out, _ = _run(db, capsys, "policies", "default", "strict", "--for", "business")
    assert status == 0
    assert (
        out == f"'Strict' is now the default policy for businesses (was: {BUSINESS_POLICY_NAME}).\n"
    )
    assert _defaults(db)[CustomerType.BUSINESS] == "Strict"
    status, data, _ = _run(
        db, capsys, "policies", "default", "Strict", "--for", "business", "--json"
    )
    assert status == 0
    assert data == {
        "action": "unchanged",
        "policy": {"id": data["policy"]["id"], "name": "Strict", "default_for": "business"},
        "previous": None,
    }
    status, out, _ = _run(
        db, capsys, "--lang", "nl", "policies", "default", "Strict", "--for", "business"
    )
    assert out == "'Strict' is al het standaardbeleid voor zakelijke klanten.\n"
    # back, in JSON, with --json before the action
    status, data, _ = _run(
        db, capsys, "policies", "--json", "default", BUSINESS_POLICY_NAME, "--for", "business"
    )
    assert status == 0
    assert data["action"] == "made_default"
    assert data["previous"]["name"] == "Strict"
    assert data["policy"]["default_for"] == "business"


def test_delete_removes_a_policy_nothing_uses(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    strict = _strict(db)
    status, data, _ = _run(db, capsys, "policies", "delete", "Strict", "--json")
    assert status == 0
    assert data == {
        "action": "deleted",
        "policy": {"id": strict, "name": "Strict", "default_for": None},
    }
    assert "Strict" not in {p.name for p in list_policies(db, 1)}
    _strict(db)
    status, out, _ = _run(db, capsys, "--lang", "nl", "policies", "delete", "Strict")
    assert (status, out) == (0, "Het aanmaanbeleid 'Strict' is verwijderd.\n")


def test_refusals_say_why_with_exit_status_2(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    strict = _strict(db)
    with db.write() as session:
        customer = add_customer(session, "K1", "Jan")
    set_customer_policy(db, customer, strict)
    status, out, err = _run(db, capsys, "policies", "delete", "Strict")
    assert status == 2 and out == ""
    assert "'Strict' was not deleted" in err and "1 customer has it" in err
    status, data, _ = _run(db, capsys, "policies", "delete", CONSUMER_POLICY_NAME, "--json")
    assert status == 2
    assert data["error"]["code"] == "policies.in_use"
    assert "make another policy the default for consumers first" in data["error"]["message"]
    status, _, err = _run(db, capsys, "policies", "delete", "Lenient")
    assert status == 2
    assert "There is no dunning policy named 'Lenient'" in err and "Strict" in err
    status, _, err = _run(
        db, capsys, "policies", "default", CONSUMER_POLICY_NAME, "--for", "business"
    )
    assert status == 2 and "is the default for consumers" in err
    assert len(list_policies(db, 1)) == 3
    assert _defaults(db) == {
        CustomerType.CONSUMER: CONSUMER_POLICY_NAME,
        CustomerType.BUSINESS: BUSINESS_POLICY_NAME,
    }
    # --for is required and checked by the parser
    with pytest.raises(SystemExit) as parser_exit:
        main(["--db", _url(db), "policies", "default", "Strict", "--for", "everyone"])
    assert parser_exit.value.code == 2


def test_the_administration_may_be_given_before_or_after_the_action(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    noord = create_administration(db, code="NOORD", name="Noord BV")
    save_policy(db, noord.id, replace(business_policy(0), name="Noord strict"))
    status, _, err = _run(db, capsys, "policies", "default", "Noord strict", "--for", "business")
    assert status == 2 and "no dunning policy named" in err  # not in the first administration
    status, _, _ = _run(
        db,
        capsys,
        "policies",
        "--administration",
        "NOORD",
        "default",
        "Noord strict",
        "--for",
        "business",
    )
    assert status == 0
    assert _defaults(db, noord.id)[CustomerType.BUSINESS] == "Noord strict"
    assert _defaults(db)[CustomerType.BUSINESS] == BUSINESS_POLICY_NAME
    status, _, _ = _run(
        db,
        capsys,
        "policies",
        "default",
        BUSINESS_POLICY_NAME,
        "--for",
        "business",
        "--administration",
        "NOORD",
    )
    assert status == 0
    status, _, _ = _run(
        db, capsys, "policies", "delete", "Noord strict", "--administration", "NOORD"
    )
    assert status == 0
    assert "Noord strict" not in {p.name for p in list_policies(db, noord.id)}


def test_the_bare_command_and_list_still_list(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    status, bare, _ = _run(db, capsys, "policies", "--json")
    assert status == 0
    assert [(p["name"], p["default_for"]) for p in bare] == [
        (BUSINESS_POLICY_NAME, "business"),
        (CONSUMER_POLICY_NAME, "consumer"),
    ]
    status, listed, _ = _run(db, capsys, "policies", "list", "--json")
    assert (status, listed) == (0, bare)
    status, out, _ = _run(db, capsys, "policies")
    assert status == 0 and f"{CONSUMER_POLICY_NAME} [default for consumers]" in out
