"""``debtordesk calc costs`` and ``calc interest``: JSON and text, input forms, refusals, no database."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from debtordesk.cli import build_parser, calc, main
from debtordesk.domain.legal import collection_costs, statutory_interest

# every command module imported now, before the fixture below stands in for open_db: a module first
# imported while the stand-in is in place would keep it for the rest of the run
build_parser()


@pytest.fixture(autouse=True)
def _no_database(monkeypatch: pytest.MonkeyPatch) -> None:
    """The calculator must not open a database: make every way to open one fail loudly."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the calculator opened a database")

    monkeypatch.setattr("debtordesk.cli.common.open_db", refuse)
    monkeypatch.setattr("debtordesk.services.database.open_database", refuse)
    monkeypatch.setattr(calc, "today", lambda: date(2025, 12, 1))


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    capsys.readouterr()
    status = main(list(args))
    captured = capsys.readouterr()
    out = json.loads(captured.out) if "--json" in args else captured.out
    return status, out, captured.err


@pytest.mark.parametrize("amount", ["1000", "1000.00", "1.000,00", "1000,00", "€ 1.000,00"])
def test_costs_json_in_every_amount_form(capsys: pytest.CaptureFixture[str], amount: str) -> None:
    status, data, _ = _run(capsys, "calc", "costs", amount, "--json")
    assert status == 0
    assert data == {
        "principal": "1000.00",
        "costs": "150.00",
        "vat": "0.00",
        "vat_rate": None,
        "total": "150.00",
        "business": False,
        "limit": None,
        "scale": [
            {
                "from": "0.00",
                "to": "2500.00",
                "rate": "15.00",
                "base": "1000.00",
                "amount": "150.00",
            }
        ],
    }


@pytest.mark.parametrize(
    ("amount", "costs"),
    [
        ("100", "40.00"),
        ("2500", "375.00"),
        ("5000", "625.00"),
        ("10000", "875.00"),
        ("200000", "2775.00"),
        ("1000000", "6775.00"),
    ],
)
def test_costs_vectors(capsys: pytest.CaptureFixture[str], amount: str, costs: str) -> None:
    status, data, _ = _run(capsys, "calc", "costs", amount, "--json", "--business")
    assert status == 0
    assert (data["costs"], data["business"]) == (costs, True)
    assert Decimal(data["costs"]) == collection_costs(Decimal(amount))


def test_costs_limits_and_vat(capsys: pytest.CaptureFixture[str]) -> None:
    _, low, _ = _run(capsys, "calc", "costs", "100", "--json", "--vat-uplift")
    assert (low["limit"], low["costs"], low["vat"], low["vat_rate"], low["total"]) == (
        "minimum",
        "40.00",
        "8.40",
        "21.00",
        "48.40",
    )
    _, high, _ = _run(
        capsys, "calc", "costs", "2000000", "--json", "--vat-uplift", "--vat-rate", "9"
    )
    assert (high["limit"], high["costs"], high["vat"], high["total"]) == (
        "maximum",
        "6775.00",
        "609.75",
        "7384.75",
    )
    assert [part["rate"] for part in high["scale"]] == ["15.00", "10.00", "5.00", "1.00", "0.50"]
    assert high["scale"][-1]["to"] is None


def test_costs_text_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "--lang", "nl", "calc", "costs", "1.234,50", "--vat-uplift")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "Incassokosten, consument (de staffel is het maximum)"
    assert any(line.startswith("Hoofdsom") and line.endswith("1.234,50") for line in lines)
    assert any(line.startswith("Incassokosten ") and line.endswith("185,18") for line in lines)
    assert any(line.startswith("Btw 21,00 %") and line.endswith("38,89") for line in lines)
    assert any(
        line.startswith("Totaal kosten inclusief btw") and line.endswith("224,07") for line in lines
    )
    assert "veertiendagenbrief" in out


def test_costs_text_in_english_business(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "--lang", "en", "calc", "costs", "100", "--business")
    assert status == 0
    assert out.splitlines()[0] == "Collection costs, business customer"
    assert "minimum applies" in out
    assert "commercial transaction" in out


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["calc", "costs", "abc"], "calc.bad_amount"),
        (["calc", "costs", "NL91ABNA0417164300"], "calc.bad_amount"),
        (["calc", "costs", "-100"], "calc.negative_amount"),
        (["calc", "costs", "10,005"], "calc.amount_fraction"),
        (["calc", "costs", "1.000,005"], "calc.amount_fraction"),
        (["calc", "costs", "123456789012"], "calc.amount_too_large"),
        (["calc", "costs", "100", "--vat-uplift", "--vat-rate", "abc"], "calc.bad_percent"),
        (["calc", "costs", "100", "--vat-uplift", "--vat-rate", "121"], "calc.bad_percent"),
        (["calc", "costs", "100", "--vat-rate", "21"], "calc.vat_rate_without_uplift"),
        (["calc", "interest", "100", "--from", "31-02-2025"], "calc.bad_date"),
        (["calc", "interest", "100", "--from", "2025-01-01", "--to", "later"], "calc.bad_date"),
        (
            ["calc", "interest", "100", "--from", "2025-01-01", "--simple"],
            "calc.simple_without_contract",
        ),
        (
            ["calc", "interest", "100", "--from", "2015-06-01", "--to", "2016-02-01"],
            "interest.no_rate",
        ),
    ],
)
def test_bad_input_exits_2_with_a_message(
    capsys: pytest.CaptureFixture[str], args: list[str], code: str
) -> None:
    status, data, _ = _run(capsys, *args, "--json")
    assert status == 2
    assert data["error"]["code"] == code
    assert data["error"]["kind"] == "user"
    status, out, err = _run(capsys, "--lang", "en", *args)
    assert status == 2 and out == ""
    assert err.strip() and code not in err  # words, not the code


def test_interest_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, data, _ = _run(
        capsys, "calc", "interest", "1000", "--from", "2025-01-01", "--to", "2025-12-31", "--json"
    )
    assert status == 0
    assert data["interest"] == "49.75"
    assert data["total"] == "1049.75"
    assert (data["from"], data["to"], data["business"], data["contract_rate"]) == (
        "2025-01-01",
        "2025-12-31",
        False,
        None,
    )
    assert data["periods"] == [
        {
            "from": "2025-01-02",
            "to": "2025-06-30",
            "rate": "6.00",
            "days": 180,
            "principal": "1000.00",
            "interest": "29.59",
            "confirmed": True,
        },
        {
            "from": "2025-07-01",
            "to": "2025-12-31",
            "rate": "4.00",
            "days": 184,
            "principal": "1000.00",
            "interest": "20.16",
            "confirmed": False,
        },
    ]
    # "today" is 2025-12-01 here: the table's newest row (2025-07-01) is not yet six months old
    assert [w["code"] for w in data["warnings"]] == ["calc.interest.unconfirmed"]


def test_interest_matches_the_domain_and_defaults_to_today(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, data, _ = _run(
        capsys, "calc", "interest", "12.345,67", "--from", "15-03-2024", "--business", "--json"
    )
    assert status == 0
    expected = statutory_interest(
        Decimal("12345.67"), date(2024, 3, 15), date(2025, 12, 1), commercial=True
    )
    assert data["to"] == "2025-12-01"
    assert data["interest"] == str(expected.interest)
    assert [p["rate"] for p in data["periods"]] == ["12.50", "12.25", "11.15", "11.15", "10.15"]
    assert sum(p["days"] for p in data["periods"]) == (date(2025, 12, 1) - date(2024, 3, 15)).days
    # compounded on 2025-03-15: the principal grows from the next day
    assert data["periods"][3]["from"] == "2025-03-16"
    assert Decimal(data["periods"][3]["principal"]) > Decimal("12345.67")


def test_interest_contract_rate_and_stale_table(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calc, "today", lambda: date(2026, 3, 1))
    _, stale, _ = _run(
        capsys, "calc", "interest", "1000", "--from", "2025-01-01", "--to", "2025-03-01", "--json"
    )
    assert [w["code"] for w in stale["warnings"]] == ["interest.table_outdated"]
    _, agreed, _ = _run(
        capsys,
        "calc",
        "interest",
        "1000",
        "--from",
        "2020-01-01",
        "--to",
        "2021-01-01",
        "--contract-rate",
        "8",
        "--simple",
        "--json",
    )
    assert agreed["contract_rate"] == "8.00"
    assert agreed["interest"] == "80.22"  # 1000 * 8 % * 366 / 365
    assert agreed["warnings"] == []


def test_interest_text_table_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(
        capsys,
        "--lang",
        "nl",
        "calc",
        "interest",
        "1000",
        "--from",
        "2025-01-01",
        "--to",
        "31-12-2025",
    )
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "Wettelijke rente, consument (art. 6:119 BW)"
    assert "01-01-2025" in lines[1] and "31-12-2025" in lines[1]
    header = next(line for line in lines if line.startswith("Van"))
    assert header.split() == ["Van", "Tot", "en", "met", "Dagen", "Percentage", "Hoofdsom", "Rente"]
    first = next(line for line in lines if line.startswith("02-01-2025"))
    assert first.split() == ["02-01-2025", "30-06-2025", "180", "6,00", "%", "1.000,00", "29,59"]
    second = next(line for line in lines if line.startswith("01-07-2025"))
    assert "4,00 % *" in second
    assert next(line for line in lines if line.startswith("Totaal rente")).endswith("49,75")
    assert "niet bevestigd" in out


def test_interest_nothing_due_yet(capsys: pytest.CaptureFixture[str]) -> None:
    status, data, _ = _run(
        capsys, "calc", "interest", "1000", "--from", "2025-06-01", "--to", "2025-06-01", "--json"
    )
    assert (status, data["interest"], data["periods"]) == (0, "0.00", [])


def test_works_with_an_unusable_database_setting(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "no" / "such" / "folder" / "db.sqlite"
    status, data, _ = _run(capsys, "--db", str(missing), "calc", "costs", "1000", "--json")
    assert (status, data["costs"]) == (0, "150.00")
    assert not missing.parent.exists()
