"""Open-items lists that only have an open amount (Twinfield "Openstaand bedrag", SAP "Saldo"): the open
amount stands in for the invoice amount, and a stored invoice keeps its amount while that still covers
what is open."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from debtordesk.domain.enums import ImportKind, SnapshotMode
from debtordesk.importing import load_preview
from debtordesk.services.database import Database
from debtordesk.services.imports import (
    CommitOptions,
    ImportSummary,
    commit_import,
    parse_options_for,
)

from .factory import invoices_by_number

OPEN_ONLY = "Factuurnummer;Relatie;Naam relatie;Vervaldatum;Openstaand bedrag\n"
FULL = "Factuurnummer;Relatie;Naam relatie;Vervaldatum;Bedrag;Openstaand bedrag\n"


def _import(db: Database, path: Path, text: str) -> ImportSummary:
    path.write_text(text, encoding="utf-8")
    options = parse_options_for(db, None, ImportKind.OPEN_ITEMS)
    preview = load_preview(path, kind=ImportKind.OPEN_ITEMS, options=options)
    return commit_import(db, preview, CommitOptions(mode=SnapshotMode.DELTA, force=True))


def _amounts(db: Database) -> dict[str, tuple[Decimal, Decimal]]:
    return {n: (i.amount, i.open_amount) for n, i in invoices_by_number(db).items()}


def test_an_open_items_list_without_amounts_imports(db: Database, tmp_path: Path) -> None:
    summary = _import(
        db,
        tmp_path / "twinfield.csv",
        OPEN_ONLY + "F1;1001;Jansen;31-12-2026;100,00\nF2;1002;Özer;31-12-2026;-25,50\n",
    )
    assert (summary.new, summary.rejected, summary.customers_new) == (2, 0, 2)
    assert [i.message.code for i in summary.warnings] == ["import.amount_from_open_all"]
    assert _amounts(db) == {
        "F1": (Decimal("100.00"), Decimal("100.00")),
        "F2": (Decimal("-25.50"), Decimal("-25.50")),
    }


def test_a_partly_paid_invoice_keeps_its_amount(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "twinfield.csv"
    _import(
        db, path, OPEN_ONLY + "F1;1001;Jansen;31-12-2026;100,00\nF2;1001;Jansen;31-12-2026;-40\n"
    )
    paid = _import(
        db, path, OPEN_ONLY + "F1;1001;Jansen;31-12-2026;60,00\nF2;1001;Jansen;31-12-2026;-10\n"
    )
    assert (paid.updated, paid.unchanged) == (2, 0)
    assert _amounts(db) == {
        "F1": (Decimal("100.00"), Decimal("60.00")),
        "F2": (Decimal("-40.00"), Decimal("-10.00")),
    }
    again = _import(
        db, path, OPEN_ONLY + "F1;1001;Jansen;31-12-2026;60,00\nF2;1001;Jansen;31-12-2026;-10\n"
    )
    assert (again.updated, again.unchanged) == (0, 2)


def test_an_open_amount_larger_than_the_stored_amount_raises_it(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "twinfield.csv"
    _import(db, path, OPEN_ONLY + "F1;1001;Jansen;31-12-2026;60,00\n")
    raised = _import(db, path, OPEN_ONLY + "F1;1001;Jansen;31-12-2026;75,00\n")
    assert raised.updated == 1
    assert _amounts(db) == {"F1": (Decimal("75.00"), Decimal("75.00"))}
    # a credit note turned into an invoice: the sign no longer fits, the open amount is the amount
    _import(db, path, OPEN_ONLY + "F1;1001;Jansen;31-12-2026;-5,00\n")
    assert _amounts(db) == {"F1": (Decimal("-5.00"), Decimal("-5.00"))}


def test_the_amount_of_a_full_list_survives_a_later_open_items_list(
    db: Database, tmp_path: Path
) -> None:
    _import(db, tmp_path / "full.csv", FULL + "F1;1001;Jansen;31-12-2026;250,00;250,00\n")
    _import(db, tmp_path / "open.csv", OPEN_ONLY + "F1;1001;Jansen;31-12-2026;100,00\n")
    assert _amounts(db) == {"F1": (Decimal("250.00"), Decimal("100.00"))}
    # a list with amounts still sets the amount it gives
    _import(db, tmp_path / "full.csv", FULL + "F1;1001;Jansen;31-12-2026;240,00;100,00\n")
    assert _amounts(db) == {"F1": (Decimal("240.00"), Decimal("100.00"))}
