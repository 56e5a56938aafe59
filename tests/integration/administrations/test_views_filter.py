"""The lists and the status-bar counts of one administration: nothing of another one shows."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from debtordesk.services.database import Database
from debtordesk.services.views import (
    CustomerQuery,
    CustomerSort,
    InvoiceQuery,
    InvoiceSort,
    StatusFilter,
    count_customers,
    count_invoices,
    database_counts,
    list_customers,
    list_invoices,
)
from tests.integration.administrations.factory import TODAY, two_administrations


def _invoices(db: Database, **kwargs: object) -> list[str]:
    page = list_invoices(db, InvoiceQuery(today=TODAY, **kwargs))  # type: ignore[arg-type]
    return [row.number for row in page.rows]


def _customers(db: Database, **kwargs: object) -> list[str]:
    page = list_customers(db, CustomerQuery(today=TODAY, **kwargs))  # type: ignore[arg-type]
    return [row.name for row in page.rows]


@pytest.mark.parametrize("sort", list(InvoiceSort))
@pytest.mark.parametrize("descending", [False, True])
def test_invoices_of_one_administration_in_every_sort(
    db: Database, sort: InvoiceSort, descending: bool
) -> None:
    main, north = two_administrations(db)
    query = InvoiceQuery(TODAY, status=StatusFilter.ALL, sort=sort, descending=descending)
    everything = list_invoices(db, query).rows
    assert sorted(row.number for row in everything) == [
        "F001",
        "F001",
        "F002",
        "F003",
        "F004",
        "N-77",
    ]
    for administration, numbers in (
        (main, ["F001", "F002", "F003", "F004"]),
        (north, ["F001", "N-77"]),
    ):
        rows = list_invoices(db, replace(query, administration_id=administration)).rows
        assert sorted(row.number for row in rows) == numbers
        # the same order as the whole list, without the other administration's invoices
        ids = {row.id for row in rows}
        assert [row.id for row in rows] == [row.id for row in everything if row.id in ids]


def test_invoice_filters_combine_with_the_administration(db: Database) -> None:
    main, north = two_administrations(db)
    assert _invoices(db, administration_id=main) == ["F003", "F001", "F002"]
    assert _invoices(db, administration_id=main, overdue_only=True) == ["F003", "F001"]
    assert _invoices(db, administration_id=main, status=StatusFilter.CLOSED) == ["F004"]
    assert _invoices(db, administration_id=north, status=StatusFilter.CLOSED) == []
    assert _invoices(db, administration_id=north, search="ozlem") == ["F001"]
    assert _invoices(db, administration_id=main, search="ozlem") == []
    assert _invoices(db, administration_id=main, search="F001") == ["F001"]
    found = list_invoices(db, InvoiceQuery(TODAY, search="F001", administration_id=north)).rows
    assert [(row.customer_name, row.amount) for row in found] == [
        ("Özlem Noord", Decimal("700.00"))
    ]
    assert count_invoices(db, InvoiceQuery(TODAY, administration_id=main)) == 3
    assert count_invoices(db, InvoiceQuery(TODAY, administration_id=north)) == 2
    assert count_invoices(db, InvoiceQuery(TODAY, status=StatusFilter.ALL)) == 6
    assert (
        count_invoices(
            db, InvoiceQuery(TODAY, sort=InvoiceSort.NUMBER, search="F0", administration_id=north)
        )
        == 1
    )


@pytest.mark.parametrize("sort", list(CustomerSort))
@pytest.mark.parametrize("descending", [False, True])
def test_customers_of_one_administration_in_every_sort(
    db: Database, sort: CustomerSort, descending: bool
) -> None:
    main, north = two_administrations(db)
    query = CustomerQuery(TODAY, sort=sort, descending=descending)
    everything = list_customers(db, query).rows
    assert len(everything) == 5
    expected = {
        main: ["Bakker", "Mehmet Özer", "Zoë de Vries"],
        north: ["Jansen Noord", "Özlem Noord"],
    }
    for administration, names in expected.items():
        rows = list_customers(db, replace(query, administration_id=administration)).rows
        assert sorted(row.name for row in rows) == names
        ids = {row.id for row in rows}
        assert [row.id for row in rows] == [row.id for row in everything if row.id in ids]


def test_customer_totals_and_filters_per_administration(db: Database) -> None:
    main, north = two_administrations(db)
    rows = list_customers(
        db, CustomerQuery(TODAY, sort=CustomerSort.OPEN_TOTAL, administration_id=north)
    ).rows
    assert [(row.number, row.open_total, row.overdue_total) for row in rows] == [
        ("N002", Decimal("300.00"), Decimal("0.00")),
        ("D001", Decimal("700.00"), Decimal("700.00")),
    ]
    assert _customers(db, administration_id=main, with_open_only=True) == [
        "Mehmet Özer",
        "Zoë de Vries",
    ]
    assert _customers(db, administration_id=main, search="D001") == ["Mehmet Özer"]
    assert _customers(db, administration_id=north, search="D001") == ["Özlem Noord"]
    assert _customers(db, administration_id=main, sort=CustomerSort.NUMBER) == [
        "Mehmet Özer",
        "Zoë de Vries",
        "Bakker",
    ]
    query = CustomerQuery(TODAY, with_open_only=True, administration_id=main)
    assert count_customers(db, query) == 2
    assert count_customers(db, CustomerQuery(TODAY, administration_id=north)) == 2
    assert count_customers(db, CustomerQuery(TODAY)) == 5


def test_status_bar_counts_per_administration(db: Database) -> None:
    main, north = two_administrations(db)
    of_main = database_counts(db, today=TODAY, administration_id=main)
    assert (of_main.customers, of_main.invoices, of_main.open_invoices) == (3, 4, 3)
    assert (of_main.open_total, of_main.overdue_invoices, of_main.overdue_total) == (
        Decimal("175.00"),
        2,
        Decimal("125.00"),
    )
    of_north = database_counts(db, today=TODAY, administration_id=north)
    assert (of_north.customers, of_north.invoices, of_north.open_invoices) == (2, 2, 2)
    assert (of_north.open_total, of_north.overdue_total) == (Decimal("1000.00"), Decimal("700.00"))
    everything = database_counts(db, today=TODAY)
    assert (everything.customers, everything.invoices, everything.open_total) == (
        5,
        6,
        Decimal("1175.00"),
    )
