"""The import wizard driven as a clerk would: file, header row, columns, preview, import."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, QMimeData, QPointF, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QWizard
from sqlalchemy import func, select

from debtordesk.db.engine import Database
from debtordesk.db.models import Customer, ImportBatch, Invoice
from debtordesk.domain.enums import ImportKind, SnapshotMode
from debtordesk.i18n.catalogue import render
from debtordesk.importing.model import Field
from debtordesk.services.imports import list_batches
from debtordesk.ui.context import UiContext
from debtordesk.ui.import_wizard import ImportWizard, open_import_wizard
from debtordesk.ui.import_wizard.cells import ERROR_BACKGROUND, HEADER_BACKGROUND
from debtordesk.ui.tasks import TaskRunner

CSV_TEXT = (
    "Factuurnummer;Klantnummer;Klantnaam;Factuurdatum;Vervaldatum;Bedrag;Nog te ontvangen xyz\n"
    "F-1001;K1;Jansen;01-03-2026;15-03-2026;100,00;60,00\n"
    "F-1002;K2;Özer;02-03-2026;16-03-2026;250,50;250,50\n"
    "F-1003;K3;Bakker B.V.;03-03-2026;17-03-2026;veel;10,00\n"
    "F-1004;K1;Jansen;04-03-2026;18-03-2026;-20,00;-20,00\n"
)
BACKGROUND = Qt.ItemDataRole.BackgroundRole
HEADER = "Factuurnummer;Klantnummer;Klantnaam;Vervaldatum;Bedrag"


@pytest.fixture
def ctx(qapp, db: Database, tmp_path: Path) -> Iterator[UiContext]:
    tasks = TaskRunner()
    prefs = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    context = UiContext(db=db, tasks=tasks, prefs=prefs, language="en")
    yield context
    assert tasks.wait_for_all()
    qapp.processEvents()


class Errors:
    """Stands in for the error dialog: collects what would have been shown."""

    def __init__(self) -> None:
        self.shown: list[BaseException] = []

    def __call__(self, parent: object, error: BaseException) -> None:
        self.shown.append(error)


def _wizard(qtbot, ctx: UiContext, path: Path | None, errors: Errors | None = None) -> ImportWizard:
    wizard = ImportWizard(
        ctx,
        None,
        choose_file=lambda parent, folder: path,
        ask_preset_name=lambda parent, suggestion: "Boekhouding openstaand",
        show_error=errors or Errors(),
    )
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _count(db: Database, table: type) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def _next(qtbot, wizard: ImportWizard, page: object) -> None:
    wizard.next()
    assert wizard.currentPage() is page


def test_csv_from_file_to_commit(qtbot, ctx: UiContext, tmp_path: Path) -> None:
    path = tmp_path / "openstaand.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    wizard = _wizard(qtbot, ctx, path)

    qtbot.mouseClick(wizard.file_page.browse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(wizard.file_page.isComplete)
    assert "openstaand.csv" in wizard.file_page.file_label.text()
    assert wizard.state.export_date == wizard.state.info.modified

    _next(qtbot, wizard, wizard.header_page)
    grid = wizard.header_page.model
    assert grid is not None and grid.header_index == 0
    assert grid.data(grid.index(0, 0), BACKGROUND) == HEADER_BACKGROUND

    _next(qtbot, wizard, wizard.mapping_page)
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: not page.progress.isVisible())
    assert wizard.state.mapping[Field.INVOICE_NUMBER] == "Factuurnummer"
    assert Field.OPEN_AMOUNT not in wizard.state.mapping
    combo = page.combos[Field.OPEN_AMOUNT]
    combo.setCurrentIndex(combo.findData("Nog te ontvangen xyz"))
    assert wizard.state.mapping[Field.OPEN_AMOUNT] == "Nog te ontvangen xyz"

    _next(qtbot, wizard, wizard.preview_page)
    preview_page = wizard.preview_page
    qtbot.waitUntil(lambda: wizard.state.plan is not None)
    plan = wizard.state.plan
    assert (plan.new, plan.rejected, plan.customers_new) == (3, 1, 2)
    assert preview_page.counts.values["new"].text() == "<b>3</b>"
    assert preview_page.counts.values["rejected"].text() == "<b>1</b>"
    rows = preview_page.rows_model
    error_rows = [r for r in range(rows.rowCount()) if rows.data(rows.index(r, 0)) == "4"]
    assert error_rows, "the row in error is listed"
    assert rows.data(rows.index(error_rows[0], 2), BACKGROUND) == ERROR_BACKGROUND
    assert "Bedrag" in rows.data(rows.index(error_rows[0], 1))
    # rows in error: the clerk chooses to import the valid rows (or cancels)
    assert preview_page.accept_rejects_box.isVisible()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    preview_page.accept_rejects_box.setChecked(True)
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()

    _next(qtbot, wizard, wizard.run_page)
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=20000)
    assert wizard.committed
    assert wizard.run_page.counts.values["new"].text() == "<b>3</b>"
    batches = list_batches(ctx.db)
    assert len(batches) == 1
    batch = batches[0]
    assert (batch.new, batch.rejected, batch.file_name) == (3, 1, "openstaand.csv")
    assert batch.kind is ImportKind.OPEN_ITEMS and batch.mode is SnapshotMode.FULL
    assert _count(ctx.db, Invoice) == 3
    with ctx.db.read() as session:
        open_amount = session.scalar(select(Invoice.open_amount).where(Invoice.number == "F-1001"))
    assert str(open_amount) == "60.00"
    wizard.accept()


def test_xlsx_with_a_title_row_and_two_sheets(qtbot, ctx: UiContext, tmp_path: Path) -> None:
    path = tmp_path / "debiteuren.xlsx"
    book = openpyxl.Workbook()
    info_sheet = book.active
    info_sheet.title = "Toelichting"
    info_sheet.append(["Deze map komt uit de boekhouding"])
    sheet = book.create_sheet("Openstaand")
    sheet.append(["Openstaande posten per 31-03-2026"])
    sheet.append([])
    sheet.append(["Factuurnummer", "Debiteurnummer", "Naam", "Vervaldatum", "Bedrag", "Openstaand"])
    sheet.append(["2026-01", "100", "De Vries", "2026-03-15", 121.0, 121.0])
    sheet.append(["2026-02", "101", "Smit", "2026-03-20", 50.5, 20.25])
    book.save(path)
    wizard = _wizard(qtbot, ctx, None)
    wizard.file_page.load(path)
    qtbot.waitUntil(wizard.file_page.isComplete)

    _next(qtbot, wizard, wizard.header_page)
    header_page = wizard.header_page
    assert header_page.sheet_combo.isVisible()
    header_page.sheet_combo.setCurrentIndex(1)
    header_page.sheet_combo.activated.emit(1)
    qtbot.waitUntil(lambda: wizard.state.sheet.name == "Openstaand" and header_page.isComplete())
    assert header_page.model.header_index == 2
    assert "Row 3" in header_page.guess_label.text()

    _next(qtbot, wizard, wizard.mapping_page)
    qtbot.waitUntil(wizard.mapping_page.isComplete)
    _next(qtbot, wizard, wizard.preview_page)
    qtbot.waitUntil(lambda: wizard.state.plan is not None)
    assert (wizard.state.plan.new, wizard.state.plan.rejected) == (2, 0)
    assert not wizard.preview_page.accept_rejects_box.isVisible()
    _next(qtbot, wizard, wizard.run_page)
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=20000)
    assert wizard.committed
    (batch,) = list_batches(ctx.db)
    assert (batch.new, batch.sheet) == (2, "Openstaand")


def test_a_pdf_named_csv_is_refused_and_does_not_advance(qtbot, ctx, tmp_path: Path) -> None:
    path = tmp_path / "openstaand.csv"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    errors = Errors()
    wizard = _wizard(qtbot, ctx, None, errors)
    wizard.file_page.load(path)
    qtbot.waitUntil(wizard.file_page.error_label.isVisible)
    assert "PDF" in wizard.file_page.error_label.text()
    assert not wizard.file_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert errors.shown == [], "a refused file is explained on the page, not as a crash"


def _csv(path: Path, rows: list[str], header: str = HEADER) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def _rows(count: int, start: int = 1) -> list[str]:
    return [f"F{i};K{i % 50};Klant {i % 50};15-03-2026;{i},00" for i in range(start, start + count)]


def _to_preview(qtbot, wizard: ImportWizard, path: Path, export: QDate | None = None) -> None:
    """From the file to the checked preview, accepting what the wizard finds."""
    wizard.file_page.load(path)
    qtbot.waitUntil(wizard.file_page.isComplete)
    if export is not None:
        wizard.file_page.date_edit.setDate(export)
    _next(qtbot, wizard, wizard.header_page)
    _next(qtbot, wizard, wizard.mapping_page)
    qtbot.waitUntil(wizard.mapping_page.isComplete)
    _next(qtbot, wizard, wizard.preview_page)
    qtbot.waitUntil(lambda: wizard.state.plan is not None, timeout=20000)


def _hold_writes(ctx: UiContext) -> threading.Event:
    """Keep the single write worker busy until the event is set: the next write waits in line."""
    gate = threading.Event()
    ctx.tasks.run(lambda progress: gate.wait(30), lambda result: None, print, write=True)
    return gate


def test_stop_during_commit_leaves_the_database_unchanged(qtbot, ctx, tmp_path: Path) -> None:
    path = _csv(tmp_path / "groot.csv", _rows(3000))
    wizard = _wizard(qtbot, ctx, None)
    _to_preview(qtbot, wizard, path)
    assert wizard.state.plan.new == 3000

    gate = _hold_writes(ctx)
    wizard.next()
    assert wizard.run_page.progress.isVisible()
    wizard.run_page.progress.stop_button.click()
    gate.set()
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=20000)
    assert not wizard.committed
    assert "stopped" in wizard.run_page.result_label.text()
    assert list_batches(ctx.db) == []
    counts = (_count(ctx.db, Invoice), _count(ctx.db, Customer), _count(ctx.db, ImportBatch))
    assert counts == (0, 0, 0)


def test_closing_during_commit_stops_it_before_closing(qtbot, ctx, tmp_path: Path) -> None:
    path = _csv(tmp_path / "groot.csv", _rows(500))
    wizard = _wizard(qtbot, ctx, None)
    _to_preview(qtbot, wizard, path)
    gate = _hold_writes(ctx)
    wizard.next()
    wizard.reject()
    # the wizard waits for the import to roll back: its callbacks belong to the wizard
    assert wizard.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=20000)
    assert not wizard.committed
    assert _count(ctx.db, Invoice) == 0


def test_a_preset_is_saved_and_found_again(qtbot, ctx, tmp_path: Path) -> None:
    header = "Factuur;Relatie;Naam relatie;Vervaldatum;Totaal bedrag xyz"
    first = _csv(tmp_path / "week1.csv", _rows(3), header)
    wizard = _wizard(qtbot, ctx, None)
    wizard.file_page.load(first)
    qtbot.waitUntil(wizard.file_page.isComplete)
    _next(qtbot, wizard, wizard.header_page)
    _next(qtbot, wizard, wizard.mapping_page)
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: not page.progress.isVisible())
    # no preset yet: said in words, not as the internal source id 'default'
    assert "without a preset" in page.source_label.text()
    assert "default" not in page.source_label.text()
    # the amount column has a name nobody knows (the preview would refuse the file without it)
    assert Field.AMOUNT not in wizard.state.mapping
    assert "Totaal bedrag xyz" in page.unused_label.text()
    combo = page.combos[Field.AMOUNT]
    combo.setCurrentIndex(combo.findData("Totaal bedrag xyz"))
    assert wizard.state.mapping[Field.AMOUNT] == "Totaal bedrag xyz"
    assert page.isComplete()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.state.preset == "Boekhouding openstaand")
    assert page.preset_combo.currentText() == "Boekhouding openstaand"
    assert "Boekhouding openstaand" in page.source_label.text()
    _next(qtbot, wizard, wizard.preview_page)
    qtbot.waitUntil(lambda: wizard.state.plan is not None)
    _next(qtbot, wizard, wizard.run_page)
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=20000)
    assert list_batches(ctx.db)[0].source == "Boekhouding openstaand"

    # next week's file has the same columns: the preset is chosen by itself, and said so
    second = _csv(tmp_path / "week2.csv", _rows(3, start=10), header)
    again = _wizard(qtbot, ctx, None)
    again.file_page.load(second)
    qtbot.waitUntil(again.file_page.isComplete)
    _next(qtbot, again, again.header_page)
    _next(qtbot, again, again.mapping_page)
    qtbot.waitUntil(again.mapping_page.isComplete)
    assert again.state.preset == "Boekhouding openstaand"
    assert again.state.mapping[Field.AMOUNT] == "Totaal bedrag xyz"
    assert "was made for a file with these columns" in again.mapping_page.preset_label.text()


def test_closing_most_invoices_needs_confirmation(qtbot, ctx, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, ctx, None)
    _to_preview(qtbot, wizard, _csv(tmp_path / "maart.csv", _rows(4)), QDate(2026, 3, 1))
    _next(qtbot, wizard, wizard.run_page)
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=20000)

    # a truncated export: one invoice left, so three of four would be closed
    again = _wizard(qtbot, ctx, None)
    _to_preview(qtbot, again, _csv(tmp_path / "april.csv", _rows(1)), QDate(2026, 4, 1))
    page = again.preview_page
    assert again.state.plan.closed == 3
    assert page.confirm_label.isVisible() and page.confirm_label.text()
    commit = again.button(QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled()
    page.confirm_box.setChecked(True)
    assert commit.isEnabled()
    _next(qtbot, again, again.run_page)
    qtbot.waitUntil(again.run_page.isComplete, timeout=20000)
    assert again.committed
    assert list_batches(ctx.db)[0].closed == 3


def test_an_older_export_is_refused(qtbot, ctx, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, ctx, None)
    _to_preview(qtbot, wizard, _csv(tmp_path / "april.csv", _rows(4)), QDate(2026, 4, 1))
    _next(qtbot, wizard, wizard.run_page)
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=20000)

    again = _wizard(qtbot, ctx, None)
    _to_preview(qtbot, again, _csv(tmp_path / "maart.csv", _rows(4)), QDate(2026, 3, 1))
    page = again.preview_page
    assert again.state.plan.refusal is not None
    assert page.refusal_label.isVisible()
    assert page.refusal_label.text() == render(again.state.plan.refusal)
    assert not again.button(QWizard.WizardButton.CommitButton).isEnabled()
    again.next()
    assert again.currentPage() is page
    assert len(list_batches(ctx.db)) == 1


def test_customer_master_file(qtbot, ctx, tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "klanten.csv",
        ["K1;Jansen;Dorpsstraat 1;1234ab;Utrecht", "K2;Özer;Kerkweg 2;2345 BC;Zwolle"],
        "Klantnummer;Naam;Adres;Postcode;Plaats",
    )
    wizard = _wizard(qtbot, ctx, None)
    wizard.file_page.kind_buttons.button(1).setChecked(True)
    assert wizard.state.kind is ImportKind.CUSTOMERS
    assert not wizard.file_page.full_button.isEnabled(), "nothing is closed by a customer file"
    _to_preview(qtbot, wizard, path)
    assert Field.INVOICE_NUMBER not in wizard.mapping_page.combos
    assert wizard.state.plan.customers_new == 2
    assert not wizard.preview_page.counts.values["new"].isVisible()
    _next(qtbot, wizard, wizard.run_page)
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=20000)
    (batch,) = list_batches(ctx.db)
    assert (batch.kind, batch.customers_new, batch.mode) == (
        ImportKind.CUSTOMERS,
        2,
        SnapshotMode.DELTA,
    )
    assert _count(ctx.db, Customer) == 2


def test_going_back_keeps_the_chosen_header_row(qtbot, ctx, tmp_path: Path) -> None:
    path = _csv(tmp_path / "a.csv", ["Lijst van maart;;;;", HEADER, *_rows(3)], "Export;;;;")
    wizard = _wizard(qtbot, ctx, None)
    wizard.file_page.load(path)
    qtbot.waitUntil(wizard.file_page.isComplete)
    _next(qtbot, wizard, wizard.header_page)
    header_page = wizard.header_page
    header_page.no_header.setChecked(True)
    assert header_page.model.header_index is None
    _next(qtbot, wizard, wizard.mapping_page)
    assert wizard.state.headers[:2] == ("A", "B")
    wizard.back()
    assert wizard.currentPage() is header_page
    assert header_page.model.header_index is None and header_page.no_header.isChecked()
    header_page.no_header.setChecked(False)
    assert header_page.model.header_index == 2, "back to the row that was found"
    assert header_page.row_spin.value() == 3
    header_page.row_spin.setValue(1)
    assert header_page.model.header_index == 0
    _next(qtbot, wizard, wizard.mapping_page)
    assert wizard.state.headers[0] == "Export"


def test_open_import_wizard_returns_whether_anything_was_imported(qtbot, ctx, tmp_path) -> None:
    path = _csv(tmp_path / "a.csv", _rows(2))
    seen: list[ImportWizard] = []

    def close_it() -> None:
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, ImportWizard)
        seen.append(wizard)
        qtbot.waitUntil(wizard.file_page.isComplete)
        wizard.reject()

    QTimer.singleShot(0, close_it)
    assert open_import_wizard(None, ctx, path) is False
    assert seen and seen[0].state.path == path


def test_a_file_the_preview_refuses_is_explained(qtbot, ctx, tmp_path: Path) -> None:
    # invoice numbers and amounts, but nothing says whose invoice it is or when it is due
    path = _csv(tmp_path / "kaal.csv", ["F1;10,00", "F2;20,00"], "Factuurnummer;Bedrag")
    errors = Errors()
    wizard = _wizard(qtbot, ctx, None, errors)
    wizard.file_page.load(path)
    qtbot.waitUntil(wizard.file_page.isComplete)
    _next(qtbot, wizard, wizard.header_page)
    _next(qtbot, wizard, wizard.mapping_page)
    qtbot.waitUntil(wizard.mapping_page.isComplete)
    _next(qtbot, wizard, wizard.preview_page)
    page = wizard.preview_page
    qtbot.waitUntil(page.refusal_label.isVisible, timeout=20000)
    assert page.refusal_label.text()
    assert wizard.state.plan is None
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert errors.shown == []
    # going back to fix the columns clears the refusal
    wizard.back()
    assert wizard.currentPage() is wizard.mapping_page
    assert not page.refusal_label.isVisible()


def test_dropping_a_file_on_the_first_page_reads_it(qtbot, ctx, tmp_path: Path) -> None:
    path = _csv(tmp_path / "gesleept.csv", _rows(2))
    wizard = _wizard(qtbot, ctx, None)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    wizard.file_page.dropEvent(event)
    qtbot.waitUntil(wizard.file_page.isComplete)
    assert wizard.state.info is not None and wizard.state.info.name == "gesleept.csv"
    assert wizard.file_page.path_edit.text() == str(path)


def test_going_back_during_the_check_drops_its_answer(qtbot, ctx, tmp_path: Path) -> None:
    path = _csv(tmp_path / "groot.csv", _rows(3000))
    wizard = _wizard(qtbot, ctx, None)
    wizard.file_page.load(path)
    qtbot.waitUntil(wizard.file_page.isComplete)
    _next(qtbot, wizard, wizard.header_page)
    _next(qtbot, wizard, wizard.mapping_page)
    qtbot.waitUntil(wizard.mapping_page.isComplete)
    _next(qtbot, wizard, wizard.preview_page)
    assert wizard.preview_page.progress.isVisible()
    wizard.back()
    assert ctx.tasks.wait_for_all()
    qtbot.waitUntil(lambda: not wizard.busy)
    assert wizard.currentPage() is wizard.mapping_page
    assert wizard.state.plan is None and wizard.state.preview is None
    assert not wizard.preview_page.progress.isVisible()
