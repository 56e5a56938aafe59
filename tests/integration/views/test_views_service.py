"""The view services on SQLite and PostgreSQL: paging, sorting, searching, totals, detail, counts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from debtordesk.domain.enums import CustomerType, InvoiceStatus, TypeOrigin
from debtordesk.domain.errors import UserError
from debtordesk.domain.text import search_key
from debtordesk.services.database import Database
from debtordesk.services.views import (
    CustomerQuery,
    CustomerSort,
    InvoiceQuery,
    InvoiceRow,
    InvoiceSort,
    StatusFilter,
    count_customers,
    count_invoices,
    customer_detail,
    database_counts,
    list_customers,
    list_invoices,
)
from tests.integration.views.factory import TODAY, add_customer, add_invoice, fill_small


def numbers(db: Database, **kwargs: object) -> list[str]:
    page = list_invoices(db, InvoiceQuery(today=TODAY, **kwargs))  # type: ignore[arg-type]
    return [row.number for row in page.rows]


def customer_numbers(db: Database, **kwargs: object) -> list[str]:
    page = list_customers(db, CustomerQuery(today=TODAY, **kwargs))  # type: ignore[arg-type]
    return [row.number for row in page.rows]


def test_pages_cover_every_row_once_in_order(db: Database) -> None:
    fill_small(db)
    seen: list[str] = []
    offset = 0
    pages = 0
    while True:
        page = list_invoices(
            db, InvoiceQuery(today=TODAY, status=StatusFilter.ALL, offset=offset, limit=3)
        )
        assert page.offset == offset
        seen += [row.number for row in page.rows]
        pages += 1
        if not page.has_more:
            break
        offset += len(page.rows)
    assert pages == 4
    assert seen == numbers(db, status=StatusFilter.ALL, limit=100)
    assert len(seen) == len(set(seen)) == 10


def test_customer_pages_cover_every_row_once(db: Database) -> None:
    fill_small(db)
    first = list_customers(db, CustomerQuery(today=TODAY, limit=2))
    second = list_customers(db, CustomerQuery(today=TODAY, limit=2, offset=2))
    third = list_customers(db, CustomerQuery(today=TODAY, limit=2, offset=4))
    assert first.has_more and second.has_more and not third.has_more
    names = [row.name for page in (first, second, third) for row in page.rows]
    assert names == [
        "Anna Janssen 50%",
        "Bakkerij Çelik B.V.",
        "Łukasz Wójcik",
        "Mehmet Özer",
        "Zoë de Vries",
    ]


_INVOICE_KEYS = {
    InvoiceSort.NUMBER: lambda r: (r.number, r.due_date),
    InvoiceSort.CUSTOMER_NUMBER: lambda r: (r.customer_number, r.due_date),
    InvoiceSort.CUSTOMER_NAME: lambda r: (search_key(r.customer_name), r.due_date),
    InvoiceSort.INVOICE_DATE: lambda r: (r.invoice_date or date.max,),
    InvoiceSort.DUE_DATE: lambda r: (r.due_date,),
    InvoiceSort.DAYS_OVERDUE: lambda r: ((TODAY - r.due_date).days,),
    InvoiceSort.AMOUNT: lambda r: (r.amount,),
    InvoiceSort.OPEN_AMOUNT: lambda r: (r.open_amount,),
    InvoiceSort.STATUS: lambda r: (r.status.value, r.due_date),
    InvoiceSort.PAYMENT_METHOD: lambda r: (r.payment_method.value, r.due_date),
}


@pytest.mark.parametrize("sort", list(InvoiceSort))
def test_invoices_sort_on_every_column(db: Database, sort: InvoiceSort) -> None:
    fill_small(db)
    key = _INVOICE_KEYS[sort]
    for descending in (False, True):
        query = InvoiceQuery(today=TODAY, status=StatusFilter.ALL, sort=sort, descending=descending)
        keys = [key(row) for row in list_invoices(db, query).rows]
        assert len(keys) == 10
        if sort is InvoiceSort.INVOICE_DATE:  # the two blank invoice dates stay last both ways
            assert keys[-2:] == [(date.max,), (date.max,)]
            keys = keys[:-2]
        assert keys == sorted(keys, reverse=descending)


_CUSTOMER_KEYS = {
    CustomerSort.NUMBER: lambda r: (r.number,),
    CustomerSort.NAME: lambda r: (r.name,),
    CustomerSort.CUSTOMER_TYPE: lambda r: (r.customer_type.value, r.name),
    CustomerSort.POSTCODE: lambda r: (r.postcode or "~", r.name),
    CustomerSort.CITY: lambda r: (r.city or "~", r.name),
    CustomerSort.EMAIL: lambda r: (r.email or "~", r.name),
    CustomerSort.MOBILE: lambda r: (r.mobile or "~", r.name),
    CustomerSort.OPEN_COUNT: lambda r: (r.open_count,),
    CustomerSort.OPEN_TOTAL: lambda r: (r.open_total,),
    CustomerSort.OVERDUE_TOTAL: lambda r: (r.overdue_total,),
}


@pytest.mark.parametrize("sort", list(CustomerSort))
def test_customers_sort_on_every_column(db: Database, sort: CustomerSort) -> None:
    fill_small(db)
    key = _CUSTOMER_KEYS[sort]
    for descending in (False, True):
        rows = list_customers(db, CustomerQuery(today=TODAY, sort=sort, descending=descending)).rows
        assert len(rows) == 5
        # names sort by their search form (accents and case ignored); blank fields last both ways
        keys = [tuple(search_key(v) if isinstance(v, str) else v for v in key(r)) for r in rows]
        filled = [k for k in keys if k[0] != "~"]
        assert keys[len(filled) :] == [k for k in keys if k[0] == "~"]
        assert filled == sorted(filled, reverse=descending)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ozer", {"D001"}),
        ("ÖZER", {"D001"}),
        ("zoe", {"D002"}),
        ("lukasz", {"D004"}),
        ("celik", {"D003"}),
        ("1234ab", {"D001"}),
        ("1234 AB", {"D001"}),
        ("VRIES.NL", {"D002"}),
        ("d00", {"D001", "D002", "D003", "D004", "D005"}),
        ("50%", {"D005"}),
        ("%", {"D005"}),
        ("_", set()),
        ("mehmet amsterdam", set()),
        ("mehmet 1234", {"D001"}),
        ("", {"D001", "D002", "D003", "D004", "D005"}),
    ],
)
def test_customer_search(db: Database, text: str, expected: set[str]) -> None:
    fill_small(db)
    assert set(customer_numbers(db, search=text)) == expected
    assert count_customers(db, CustomerQuery(today=TODAY, search=text)) == len(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ozer", {"F001", "F002", "F003", "C004"}),
        ("f00", {"F001", "F002", "F003", "F005", "F007", "F009"}),
        ("c004", {"C004"}),
        ("zoe", {"F005"}),
        ("3511lx", {"F005"}),
        ("wojcik F010", {"F010"}),
        ("nobody", set()),
    ],
)
def test_invoice_search_on_number_and_customer(db: Database, text: str, expected: set[str]) -> None:
    fill_small(db)
    assert set(numbers(db, search=text)) == expected
    assert count_invoices(db, InvoiceQuery(today=TODAY, search=text)) == len(expected)


def test_status_and_overdue_filters(db: Database) -> None:
    fill_small(db)
    assert set(numbers(db, status=StatusFilter.CLOSED)) == {"F006", "F008"}
    assert len(numbers(db, status=StatusFilter.ALL)) == 10
    assert len(numbers(db)) == 8
    assert set(numbers(db, overdue_only=True)) == {"F001", "F003", "C004", "F005", "F009"}
    # overdue means open: a paid invoice is never overdue, whatever the status filter says
    assert set(numbers(db, overdue_only=True, status=StatusFilter.ALL)) == set(
        numbers(db, overdue_only=True)
    )
    assert count_invoices(db, InvoiceQuery(today=TODAY, overdue_only=True)) == 5


def test_invoices_of_one_customer(db: Database) -> None:
    ids = fill_small(db)
    assert set(numbers(db, customer_id=ids["zoe"], status=StatusFilter.ALL)) == {"F005", "F006"}


def test_credit_notes_and_partial_payments(db: Database) -> None:
    fill_small(db)
    rows = {r.number: r for r in list_invoices(db, InvoiceQuery(today=TODAY, limit=50)).rows}
    credit = rows["C004"]
    assert credit.is_credit_note and credit.amount == Decimal("-25.50")
    assert credit.open_amount == Decimal("-25.50") and not credit.is_partly_paid
    partial = rows["F003"]
    assert partial.is_partly_paid and not partial.is_credit_note
    assert partial.paid_amount == Decimal("60.00") and partial.open_amount == Decimal("40.00")
    assert not rows["F001"].is_partly_paid
    assert rows["F003"].days_overdue == (TODAY - date(2026, 9, 1)).days
    assert rows["F002"].days_overdue == -11
    assert rows["F010"].days_overdue == 0


def test_customer_totals_are_exact(db: Database) -> None:
    ids = fill_small(db)
    for sort in (CustomerSort.NAME, CustomerSort.OPEN_TOTAL):  # both ways of summing
        rows = {r.id: r for r in list_customers(db, CustomerQuery(today=TODAY, sort=sort)).rows}
        ozer = rows[ids["ozer"]]
        # 0.10 + 0.20 + 40.00 - 25.50: exact in cents, never 14.799999
        assert ozer.open_total == Decimal("14.80")
        assert ozer.overdue_total == Decimal("0.10") + Decimal("40.00") - Decimal("25.50")
        assert ozer.open_count == 4
        assert ozer.has_contact_problems
        assert rows[ids["zoe"]].open_total == Decimal("1234.56")
        assert rows[ids["zoe"]].open_count == 1
        assert rows[ids["bv"]].overdue_total == Decimal("0.00")
        assert rows[ids["lukasz"]].overdue_total == Decimal("19.99")
        assert rows[ids["none"]].open_count == 0 and rows[ids["none"]].open_total == Decimal("0")
        assert rows[ids["bv"]].customer_type is CustomerType.BUSINESS


def test_customers_with_open_items_only(db: Database) -> None:
    fill_small(db)
    assert set(customer_numbers(db, with_open_only=True)) == {"D001", "D002", "D003", "D004"}
    assert count_customers(db, CustomerQuery(today=TODAY, with_open_only=True)) == 4


def test_customer_detail(db: Database) -> None:
    ids = fill_small(db)
    detail = customer_detail(db, ids["ozer"], today=TODAY)
    assert detail.name == "Mehmet Özer" and detail.number == "D001"
    assert detail.administration_name == "Mijn administratie"
    assert detail.type_origin is TypeOrigin.DEFAULT
    assert detail.email == "m.ozer@example.nl" and detail.postcode == "1234 AB"
    assert [row.number for row in detail.invoices] == ["F003", "C004", "F001", "F002"]
    assert detail.open_total == Decimal("14.80")
    assert detail.overdue_total == Decimal("14.60")
    assert [problem.field for problem in detail.contact_problems] == ["landline"]
    assert "'020-12' is not a valid phone number" in detail.contact_problems[0].text
    assert [entry.kind for entry in detail.timeline] == ["closed", "import"]
    assert detail.timeline[0].invoice_number == "F001"
    assert detail.timeline[1].text.startswith("'020-12' is not a valid phone number")
    dutch = customer_detail(db, ids["ozer"], today=TODAY, language="nl")
    assert dutch.timeline[1].text.startswith("'020-12' is geen geldig telefoonnummer")


def test_closed_invoices_follow_open_ones_in_the_detail(db: Database) -> None:
    ids = fill_small(db)
    detail = customer_detail(db, ids["zoe"], today=TODAY)
    assert [(row.number, row.status) for row in detail.invoices] == [
        ("F005", InvoiceStatus.OPEN),
        ("F006", InvoiceStatus.PAID),
    ]


def test_missing_customer_is_a_clear_refusal(db: Database) -> None:
    with pytest.raises(UserError) as raised:
        customer_detail(db, 999_999, today=TODAY)
    assert raised.value.code == "views.customer_missing"


def test_database_counts(db: Database) -> None:
    empty = database_counts(db, today=TODAY)
    assert (empty.customers, empty.invoices, empty.open_total) == (0, 0, Decimal("0"))
    fill_small(db)
    counts = database_counts(db, today=TODAY)
    assert counts.customers == 5
    assert counts.invoices == 10
    assert counts.open_invoices == 8
    assert counts.overdue_invoices == 5
    assert counts.open_total == Decimal("6284.35")
    assert counts.overdue_total == Decimal("1269.15")


def test_page_size_is_capped(db: Database) -> None:
    with db.write() as session:
        customer = add_customer(session, "X1", "Many")
        for n in range(5):
            add_invoice(session, customer, f"N{n}", TODAY, "1.00")
    page = list_invoices(db, InvoiceQuery(today=TODAY, limit=0))
    assert len(page.rows) == 1 and page.has_more
    rows: list[InvoiceRow] = list(list_invoices(db, InvoiceQuery(today=TODAY, limit=10**9)).rows)
    assert len(rows) == 5
