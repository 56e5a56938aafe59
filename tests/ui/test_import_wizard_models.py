"""The wizard's table models: the sheet grid, the preview rows and the problems list."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt

from debtordesk.domain.enums import ImportKind
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render
from debtordesk.importing.model import (
    Field,
    FileInfo,
    ImportPreview,
    InvoiceData,
    Issue,
    Severity,
    SheetData,
)
from debtordesk.ui.import_wizard.cells import (
    ERROR_BACKGROUND,
    HEADER_BACKGROUND,
    WARNING_BACKGROUND,
    cell_text,
    column_letter,
)
from debtordesk.ui.import_wizard.models import (
    IssueTableModel,
    PreviewRowsModel,
    RawRole,
    RowFilter,
    SheetGridModel,
)
from debtordesk.ui.import_wizard.rowindex import index_rows

BG = Qt.ItemDataRole.BackgroundRole
SHEET = SheetData(
    name="Blad1",
    rows=[
        ["Openstaande posten", None, None, None],
        [None, None, None, None],
        ["Factuur", "Debiteur", "Bedrag", "Vervaldatum"],
        ["F1", "D1", Decimal("12.50"), date(2026, 1, 31)],
        ["F2", "D2", "twaalf", date(2026, 2, 28)],
        [None, None, None, None],
        ["F3", "D3", 7.0, "31-03-2026"],
        ["Totaal", None, 19.5, None],
    ],
)
ERROR = Issue(
    Severity.ERROR, Message("import.bad_amount", {"value": "twaalf"}), 5, "Bedrag", "twaalf"
)
WARNING = Issue(Severity.WARNING, Message("import.total_row_skipped", {"row": 8}), 8, None, None)
FILE_ISSUE = Issue(Severity.WARNING, Message("import.open_amount_derived"))


def _preview() -> ImportPreview:
    info = FileInfo(
        path=Path("/tmp/x.xlsx"),
        name="x.xlsx",
        size=10,
        sha256="0" * 64,
        modified=date(2026, 4, 1),
        format="xlsx",
        sheets=("Blad1",),
    )
    invoice = InvoiceData(
        row=4,
        number="F1",
        customer_key="D1",
        due_date=date(2026, 1, 31),
        amount=Decimal("12.50"),
        open_amount=Decimal("12.50"),
        currency="EUR",
    )
    return ImportPreview(
        kind=ImportKind.OPEN_ITEMS,
        file=info,
        sheet="Blad1",
        header_row=3,
        headers=("Factuur", "Debiteur", "Bedrag", "Vervaldatum"),
        mapping={
            Field.INVOICE_NUMBER: "Factuur",
            Field.AMOUNT: "Bedrag",
            Field.DUE_DATE: "Vervaldatum",
        },
        invoices=(invoice,),
        customers={},
        issues=(FILE_ISSUE, ERROR, WARNING),
        rejected_rows=(5,),
        rejected_numbers=frozenset({"F2"}),
        rows_read=4,
    )


def _rows_model(preview: ImportPreview, header_index: int | None) -> PreviewRowsModel:
    return PreviewRowsModel(preview, SHEET, index_rows(SHEET, header_index, preview.issues))


def test_row_index() -> None:
    index = index_rows(SHEET, 2, _preview().issues)
    # positions in the sheet: the blank row (position 5) is left out, the header and titles too
    assert index.rows == [3, 4, 6, 7]
    assert index.with_problems == [4, 7]
    assert index.in_error == [4]
    assert index.issues[5] == [ERROR]


def test_cells_read_as_in_the_spreadsheet() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]
    assert cell_text(None) == ""
    assert cell_text(7.0) == "7"
    assert cell_text(Decimal("12.50")) == "12.50"
    assert cell_text(date(2026, 1, 31)) == "2026-01-31"
    assert cell_text("x" * 10_000) == "x" * 119 + "…"


def test_sheet_grid_marks_the_header_row(qtmodeltester) -> None:
    model = SheetGridModel(SHEET, 2)
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (8, 4)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "A"
    assert model.headerData(2, Qt.Orientation.Vertical) == "3"
    assert model.data(model.index(2, 0)) == "Factuur"
    assert model.data(model.index(2, 0), BG) == HEADER_BACKGROUND
    assert model.data(model.index(3, 0), BG) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    changed = []
    model.dataChanged.connect(lambda *args: changed.append(args))
    model.set_header_index(None)
    assert changed
    assert model.data(model.index(2, 0), BG) is None
    qtmodeltester.check(model)


def test_sheet_grid_shows_only_the_first_rows(qtmodeltester) -> None:
    big = SheetData(name=None, rows=[[str(i), i] for i in range(1000)], first_row_number=1)
    model = SheetGridModel(big, 0)
    qtmodeltester.check(model)
    assert model.rowCount() == 30


def test_preview_rows_mark_errors_and_warnings(qtmodeltester) -> None:
    model = _rows_model(_preview(), 2)
    qtmodeltester.check(model)
    # the blank row 6 is left out; the mapped columns come in file order
    rows = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert rows == ["4", "5", "7", "8"]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Row", "Problems", "Factuur", "Bedrag", "Vervaldatum"]
    assert model.data(model.index(0, 0), BG) is None
    assert model.data(model.index(1, 3), BG) == ERROR_BACKGROUND
    assert model.data(model.index(3, 0), BG) == WARNING_BACKGROUND
    assert model.data(model.index(1, 1)) == render(ERROR.message)
    assert model.data(model.index(1, 3)) == "twaalf"
    assert model.data(model.index(1, 0), RawRole) == 5
    assert model.severity_of(1) is Severity.ERROR


def test_preview_rows_filter(qtmodeltester) -> None:
    model = _rows_model(_preview(), 2)
    model.set_filter(RowFilter.PROBLEMS)
    qtmodeltester.check(model)
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["5", "8"]
    model.set_filter(RowFilter.ERRORS)
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["5"]
    model.set_filter(RowFilter.ALL)
    assert model.rowCount() == 4


def test_preview_rows_without_a_header_row(qtmodeltester) -> None:
    preview = _preview()
    model = _rows_model(preview, None)
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "1"


def test_issue_table_lists_errors_first(qtmodeltester) -> None:
    model = IssueTableModel(_preview().issues)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    line = [model.data(model.index(0, c)) for c in range(5)]
    assert line == ["Error", "5", "Bedrag", "twaalf", render(ERROR.message)]
    # then the warnings: the one about the whole file (no row) before the one of row 8
    assert [model.data(model.index(r, 1)) for r in (1, 2)] == ["", "8"]
    assert model.data(model.index(0, 0), BG) == ERROR_BACKGROUND
    assert model.data(model.index(2, 0), BG) == WARNING_BACKGROUND
    assert model.data(model.index(0, 4), RawRole) == "import.bad_amount"
    assert model.issue(2) is WARNING
    model.set_issues([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0
