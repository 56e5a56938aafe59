"""Pure helpers of the import commit: stored issues, "before" values, header fingerprints."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.db.models import Customer, Invoice
from debtordesk.domain.enums import CloseReason, InvoiceStatus
from debtordesk.domain.messages import Message
from debtordesk.domain.text import search_key
from debtordesk.importing.model import Issue, Severity
from debtordesk.services.import_customers import name_search
from debtordesk.services.import_state import table_of
from debtordesk.services.import_types import (
    MAX_STORED_ISSUES,
    issue_from_json,
    issue_to_json,
    stored_issues,
)
from debtordesk.services.import_write import decode_values, encode_values
from debtordesk.services.presets import header_key, normalise_header


def test_an_issue_survives_the_round_trip_through_json() -> None:
    issue = Issue(
        Severity.WARNING,
        Message(
            "import.rounded", {"value": "1,005", "amount": Decimal("1.01"), "on": date(2026, 5, 1)}
        ),
        row=12,
        column="Bedrag",
        value="1,005",
    )
    back = issue_from_json(issue_to_json(issue))
    assert back is not None
    assert (back.severity, back.row, back.column, back.value) == (
        Severity.WARNING,
        12,
        "Bedrag",
        "1,005",
    )
    # amounts come back as their text, dates as dates (so they render in the clerk's form)
    assert dict(back.message.params) == {"value": "1,005", "amount": "1.01", "on": date(2026, 5, 1)}


@pytest.mark.parametrize("junk", [None, "x", 3, {"no": "code"}, {"code": 5}])
def test_stored_junk_is_skipped_not_crashed_on(junk: object) -> None:
    assert issue_from_json(junk) is None


def test_stored_issues_put_errors_first_and_are_capped() -> None:
    warnings = [Issue(Severity.WARNING, Message("w"), row=r) for r in range(2, 10)]
    errors = [
        Issue(Severity.ERROR, Message("e"), row=r) for r in range(MAX_STORED_ISSUES + 1, 1, -1)
    ]
    kept = stored_issues(warnings + errors)
    assert len(kept) == MAX_STORED_ISSUES
    assert {k["severity"] for k in kept} == {"error"}
    assert [k["row"] for k in kept[:3]] == [2, 3, 4]


def test_before_values_round_trip_by_column_type() -> None:
    invoice = {
        "amount": Decimal("-12.50"),
        "paid_date": date(2026, 1, 31),
        "status": InvoiceStatus.PAID,
        "close_reason": None,
        "customer_id": 7,
    }
    assert decode_values(table_of(Invoice), encode_values(invoice)) == invoice
    encoded = encode_values({"status": CloseReason.ZERO_OPEN})
    assert encoded == {"status": "zero_open"}
    customer = {"imported_values": {"email": "a@b.nl"}, "mandate_date": date(2025, 3, 1)}
    assert decode_values(table_of(Customer), encode_values(customer)) == customer
    assert decode_values(table_of(Customer), {"tags": ["x"], "unknown": 1}) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Factuur-nr.", "factuurnr"), ("  OPENSTAAND ", "openstaand"), ("Naam (ÖZER)", "naamozer")],
)
def test_headers_are_compared_without_case_accents_or_punctuation(text: str, expected: str) -> None:
    assert normalise_header(text) == expected


def test_the_header_fingerprint_ignores_order_spelling_and_empty_columns() -> None:
    assert header_key(["Factuurnummer", "Bedrag"]) == header_key(["bedrag", "", "Factuur nummer"])
    assert header_key(["Factuurnummer", "Bedrag"]) != header_key(["Factuurnummer", "Openstaand"])


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_the_fast_search_name_equals_the_domain_rule_for_plain_text(name: str) -> None:
    assert name_search(name) == search_key(name)[:255]


@pytest.mark.parametrize(
    "name",
    [
        "Özer Çelik",
        "  Jan\tde  Vries ",
        "Łukasz Wójcik",
        "ß" * 300,
        "Ngọc Anh Nguyễn",
        "Ĳsselmeer ĳzer",
        "Zoë\u034f Noëlle",  # a grapheme joiner: a mark without a combining class
        "Aïcha ＡＢＣ ¼ ﬁ",  # compatibility forms
        "Dvořák Παπαδόπουλος",
    ],
)
def test_the_search_name_of_any_name_follows_the_domain_rule(name: str) -> None:
    assert name_search(name) == search_key(name)[:255]
