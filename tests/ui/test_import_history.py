"""The import history page: lists every batch with its counts and problems, and undoes the last one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import update

from debtordesk.db.engine import Database
from debtordesk.db.models import Invoice
from debtordesk.domain.enums import BatchStatus, ImportKind, SnapshotMode
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render
from debtordesk.importing.model import (
    CustomerData,
    Field,
    FileInfo,
    ImportPreview,
    InvoiceData,
    Issue,
    Severity,
)
from debtordesk.services.imports import CommitOptions, commit_import, list_batches
from debtordesk.ui.context import UiContext
from debtordesk.ui.pages.imports import ImportHistoryPage
from debtordesk.ui.pages.imports.model import BatchTableModel, Column, RawRole
from debtordesk.ui.tasks import TaskRunner

EXPORT = date(2026, 3, 31)


@pytest.fixture
def ctx(qapp, db: Database, tmp_path: Path) -> Iterator[UiContext]:
    tasks = TaskRunner()
    prefs = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    yield UiContext(db=db, tasks=tasks, prefs=prefs, language="en")
    assert tasks.wait_for_all()
    qapp.processEvents()


def _preview(name: str, amounts: dict[str, str], issues: tuple[Issue, ...] = ()) -> ImportPreview:
    info = FileInfo(
        path=Path("/nonexistent") / name,
        name=name,
        size=100,
        sha256=name.encode().hex()[:64].ljust(64, "0"),
        modified=EXPORT,
        format="csv",
        encoding="utf-8",
        delimiter=";",
    )
    invoices = tuple(
        InvoiceData(
            row=row,
            number=number,
            customer_key="K1",
            due_date=date(2026, 4, 15),
            amount=Decimal(amount),
            open_amount=Decimal(amount),
            currency="EUR",
        )
        for row, (number, amount) in enumerate(amounts.items(), start=2)
    )
    return ImportPreview(
        kind=ImportKind.OPEN_ITEMS,
        file=info,
        sheet=None,
        header_row=1,
        headers=("Factuur", "Klant", "Vervaldatum", "Bedrag"),
        mapping={
            Field.INVOICE_NUMBER: "Factuur",
            Field.CUSTOMER_NUMBER: "Klant",
            Field.DUE_DATE: "Vervaldatum",
            Field.AMOUNT: "Bedrag",
        },
        invoices=invoices,
        customers={
            "K1": CustomerData(key="K1", keyed_by_name=False, row=2, values={"name": "Jansen"})
        },
        issues=issues,
        rejected_rows=tuple(i.row for i in issues if i.severity is Severity.ERROR and i.row),
        rejected_numbers=frozenset(),
        rows_read=len(invoices) + len(issues),
    )


BAD_ROW = Issue(
    Severity.ERROR,
    Message("import.bad_amount", {"value": "abc"}),
    row=4,
    column="Bedrag",
    value="abc",
)


def _two_batches(db: Database) -> None:
    options = CommitOptions(mode=SnapshotMode.DELTA, export_date=EXPORT)
    commit_import(db, _preview("maart.csv", {"F1": "10.00", "F2": "20.00"}, (BAD_ROW,)), options)
    commit_import(db, _preview("april.csv", {"F1": "10.00", "F3": "30.00"}), options)


def _page(qtbot, ctx: UiContext, answer: bool = True) -> tuple[ImportHistoryPage, list[str]]:
    asked: list[str] = []

    def confirm(parent: object, title: str, text: str) -> bool:
        asked.append(text)
        return answer

    shown: list[BaseException] = []
    page = ImportHistoryPage(ctx, confirm=confirm, show_error=lambda p, e: shown.append(e))
    qtbot.addWidget(page)
    page.show()
    return page, asked


def test_lists_every_batch_with_its_counts(qtbot, ctx: UiContext) -> None:
    _two_batches(ctx.db)
    page, _ = _page(qtbot, ctx)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    model = page.model
    assert page.stack.currentWidget() is page.table
    newest = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert newest[Column.FILE] == "april.csv"
    assert newest[Column.KIND] == "Open items"
    assert newest[Column.SOURCE] == "without a preset"
    assert newest[Column.MODE] == "Changes"
    assert newest[Column.EXPORT_DATE] == "2026-03-31"
    assert (newest[Column.NEW], newest[Column.UNCHANGED]) == ("1", "1")
    assert newest[Column.STATUS] == "Imported"
    assert model.data(model.index(1, Column.REJECTED), RawRole) == 1
    # the details pane shows the chosen batch's problems
    page.table.selectRow(1)
    qtbot.waitUntil(lambda: page.issues_model.rowCount() == 1)
    assert page.issues_model.data(page.issues_model.index(0, 4)) == render(BAD_ROW.message)
    assert "maart.csv" in page.details_label.text()
    assert page.undo_button.isEnabled()


def test_the_source_of_an_import_without_a_preset_is_named_as_the_cli_names_it(
    qtbot, ctx: UiContext
) -> None:
    """Not the id 'default': 'without a preset' / 'zonder voorinstelling' (the words of
    'debtordesk imports'); a preset's name as it is; the raw value keeps the id."""
    from debtordesk.i18n.catalogue import set_language

    preview = _preview("maart.csv", {"F1": "10.00"})
    commit_import(ctx.db, preview, CommitOptions(export_date=EXPORT))
    commit_import(ctx.db, preview, CommitOptions(source="Exact", export_date=EXPORT))
    page, _ = _page(qtbot, ctx)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    model = page.model
    sources = [model.data(model.index(row, Column.SOURCE)) for row in (0, 1)]
    assert sources == ["Exact", "without a preset"]
    assert model.data(model.index(1, Column.SOURCE), RawRole) == "default"
    set_language("nl")
    try:
        assert model.data(model.index(1, Column.SOURCE)) == "zonder voorinstelling"
        assert model.data(model.index(0, Column.SOURCE)) == "Exact"
    finally:
        set_language("en")


def test_undo_last_import_after_confirmation(qtbot, ctx: UiContext) -> None:
    _two_batches(ctx.db)
    page, asked = _page(qtbot, ctx)
    changed: list[bool] = []
    page.data_changed.connect(lambda: changed.append(True))
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.undo_last()
    assert "april.csv" in asked[0]
    assert "Only the data this import brought in is reverted" in asked[0]
    qtbot.waitUntil(lambda: page.message_label.isVisible() and page.model.rowCount() == 2)
    qtbot.waitUntil(lambda: page.model.batch(0).status is BatchStatus.UNDONE)
    assert changed == [True]
    assert "april.csv" in page.message_label.text()
    statuses = [b.status for b in list_batches(ctx.db)]
    assert statuses == [BatchStatus.UNDONE, BatchStatus.COMMITTED]
    assert page.model.data(page.model.index(0, Column.STATUS)) == "Undone"
    # the next undo offers the batch before it
    assert page.last_committed().file_name == "maart.csv"


def test_undo_says_what_it_kept_because_it_changed_since(qtbot, ctx: UiContext) -> None:
    _two_batches(ctx.db)
    options = CommitOptions(mode=SnapshotMode.DELTA, export_date=EXPORT)
    commit_import(ctx.db, _preview("mei.csv", {"F1": "5.00"}), options)
    with ctx.db.write() as session:  # a payment registered by hand after the import
        session.execute(
            update(Invoice).where(Invoice.number == "F1").values(open_amount=Decimal("4.00"))
        )
    page, _ = _page(qtbot, ctx)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.undo_last()
    qtbot.waitUntil(page.message_label.isVisible, timeout=20000)
    # the page reloads the history after the undo
    qtbot.waitUntil(lambda: page.model.batch(0).status is BatchStatus.UNDONE)
    text = page.message_label.text()
    assert "mei.csv" in text and "values kept: 1, in customers or invoices: 1" in text


def test_undo_asks_and_does_nothing_when_declined(qtbot, ctx: UiContext) -> None:
    _two_batches(ctx.db)
    page, asked = _page(qtbot, ctx, answer=False)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.undo_last()
    assert asked
    assert ctx.tasks.wait_for_all()
    assert [b.status for b in list_batches(ctx.db)] == [BatchStatus.COMMITTED] * 2


def test_empty_history(qtbot, ctx: UiContext) -> None:
    page, _ = _page(qtbot, ctx)
    page.refresh()
    qtbot.waitUntil(page.refresh_button.isEnabled)
    assert page.stack.currentWidget() is page.empty_label
    assert not page.undo_button.isEnabled()


def test_batch_model(qtmodeltester, db: Database) -> None:
    _two_batches(db)
    model = BatchTableModel()
    model.set_batches(list_batches(db))
    qtmodeltester.check(model)
    assert model.headerData(Column.NEW, Qt.Orientation.Horizontal) == "New"
    assert model.data(model.index(0, Column.EXPORT_DATE), RawRole) == EXPORT
