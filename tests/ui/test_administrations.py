"""Several administrations in the desktop app: adding one through Settings > Administrations…, choosing
the current one in the toolbar, lists and status bar of that one only, the import wizard importing
into it, and the import history filtered and undone per administration. With one administration the
window looks as it always did."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from debtordesk.cli import main as cli
from debtordesk.domain.enums import BatchStatus
from debtordesk.services.administrations import (
    create_administration,
    list_administrations,
    load_organisation,
)
from debtordesk.services.database import Database
from debtordesk.services.imports import list_batches, list_presets
from debtordesk.services.views import database_counts
from debtordesk.ui.context import CURRENT_ADMINISTRATION_KEY, CurrentAdministration, UiContext
from debtordesk.ui.dialogs.administrations import AdministrationsDialog, NewAdministrationDialog
from debtordesk.ui.dialogs.organisation import OrganisationDialog
from debtordesk.ui.import_wizard import ImportWizard
from debtordesk.ui.main_window import MainWindow
from debtordesk.ui.pages.customers import CustomersPage
from debtordesk.ui.pages.imports import ImportHistoryPage
from debtordesk.ui.pages.imports.model import Column
from debtordesk.ui.pages.invoices import InvoicesPage
from debtordesk.ui.tasks import TaskRunner
from tests.integration.administrations.factory import TODAY, two_administrations

NORTH = "Kinderopvang Noord B.V."
CSV = (
    "Factuurnummer;Klantnummer;Klantnaam;Vervaldatum;Bedrag\n"
    "F001;D001;Özlem Noord;01-10-2026;650,00\n"
    "N-90;N090;De Boer;16-03-2026;90,00\n"
)


@pytest.fixture
def ctx(qapp, db: Database, tmp_path: Path) -> Iterator[UiContext]:
    tasks = TaskRunner()
    prefs = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    yield UiContext(db=db, tasks=tasks, prefs=prefs, language="en", today=lambda: TODAY)
    assert tasks.wait_for_all()
    qapp.processEvents()


def _no_import(parent: QWidget, ctx: UiContext, path: Path | None) -> bool:
    return False


def _window(qtbot, ctx: UiContext) -> MainWindow:
    window = MainWindow(ctx, import_hook=_no_import)
    qtbot.addWidget(window)
    window.show()
    customers = _customers(window)
    qtbot.waitUntil(lambda: customers.model.loaded_once and window.status.counts_label.text() != "")
    return window


def _customers(window: MainWindow) -> CustomersPage:
    page = window.pages["customers"]
    assert isinstance(page, CustomersPage)
    return page


def _invoices(window: MainWindow) -> InvoicesPage:
    page = window.pages["invoices"]
    assert isinstance(page, InvoicesPage)
    return page


def _history(window: MainWindow) -> ImportHistoryPage:
    page = window.pages["imports"]
    assert isinstance(page, ImportHistoryPage)
    return page


def _names(page: CustomersPage) -> set[str]:
    return {page.model.row_at(r).name for r in range(page.model.rowCount())}


def _url(db: Database) -> str:
    path = db.sqlite_path
    return str(path) if path else db.engine.url.render_as_string(hide_password=False)


def _import(db: Database, path: Path, code: str) -> None:
    assert cli(["--db", _url(db), "import", str(path), "--administration", code, "--json"]) == 0


def test_with_one_administration_nothing_shows_it(qtbot, ctx: UiContext) -> None:
    window = _window(qtbot, ctx)
    assert not window.chooser_action.isVisible()
    assert window.windowTitle() == "DebtorDesk"
    assert ctx.administration.code == "MAIN" and not ctx.administration.several
    history = _history(window)
    assert history.table.isColumnHidden(Column.ADMINISTRATION)
    assert history.all_box.isHidden()
    wizard = ImportWizard(ctx, None)
    qtbot.addWidget(wizard)
    assert wizard.file_page.administration_label.isHidden()
    assert wizard.state.commit_options().administration == "MAIN"


def test_a_second_administration_through_the_dialog(qtbot, ctx: UiContext) -> None:
    window = _window(qtbot, ctx)
    window.administrations_action.trigger()
    dialog = window.administrations.dialog
    assert isinstance(dialog, AdministrationsDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 0).text() == "MAIN"

    dialog.add_button.click()
    adding = dialog.child
    assert isinstance(adding, NewAdministrationDialog)
    adding.code_edit.setText("main")
    adding.name_edit.setText(NORTH)
    adding.save()
    qtbot.waitUntil(lambda: not adding.message.isHidden())
    assert "already used by the administration 'Mijn administratie'" in adding.message.text()
    assert adding.isVisible()
    adding.code_edit.clear()
    qtbot.keyClicks(adding.code_edit, "NO ORD!")  # what a code may not hold is not typed
    assert adding.code_edit.text() == "NOORD"
    with qtbot.waitSignal(adding.created, timeout=10_000):
        adding.save()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    assert dialog.selected() is not None and dialog.selected().code == "NOORD"
    assert [a.code for a in list_administrations(ctx.db)] == ["MAIN", "NOORD"]

    dialog.edit_button.click()
    editing = dialog.child
    assert isinstance(editing, OrganisationDialog)
    qtbot.waitUntil(lambda: editing.before is not None and editing.tabs.isEnabled())
    assert editing.edits["name"].text() == NORTH
    editing.edits["city"].setText("Groningen")
    with qtbot.waitSignal(editing.saved, timeout=10_000):
        editing.save()
    north = next(a for a in list_administrations(ctx.db) if a.code == "NOORD")
    assert load_organisation(ctx.db, north.id).administration.city == "Groningen"
    assert load_organisation(ctx.db).administration.city is None  # the first one is untouched

    dialog.reject()
    qtbot.waitUntil(window.chooser_action.isVisible)
    combo = window.chooser.combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Mijn administratie (MAIN)",
        f"{NORTH} (NOORD)",
    ]
    assert combo.currentText() == "Mijn administratie (MAIN)"
    assert not _history(window).table.isColumnHidden(Column.ADMINISTRATION)


def test_switching_shows_only_that_administrations_rows(qtbot, ctx: UiContext) -> None:
    main, north = two_administrations(ctx.db)
    window = _window(qtbot, ctx)
    assert window.chooser_action.isVisible()
    customers, invoices = _customers(window), _invoices(window)
    assert _names(customers) == {"Mehmet Özer", "Zoë de Vries", "Bakker"}
    assert window.status.counts_label.text().startswith("Customers: 3 · open invoices: 3 ·")
    assert window.windowTitle() == "DebtorDesk — Mijn administratie"
    with qtbot.waitSignal(customers.detail.loaded, timeout=10_000):
        customers.table.selectRow(0)

    with qtbot.waitSignal(customers.model.page_loaded, timeout=10_000):
        window.chooser.combo.setCurrentIndex(1)
        window.chooser.combo.activated.emit(1)
    assert ctx.administration.id == north
    assert _names(customers) == {"Özlem Noord", "Jansen Noord"}
    assert customers.detail.detail is None  # the customer shown before is of the other one
    qtbot.waitUntil(lambda: invoices.model.loaded_once and invoices.model.rowCount() == 2)
    rows = [invoices.model.row_at(r) for r in range(invoices.model.rowCount())]
    assert {(row.number, str(row.amount)) for row in rows} == {
        ("F001", "700.00"),
        ("N-77", "300.00"),
    }
    qtbot.waitUntil(
        lambda: window.status.counts_label.text().startswith("Customers: 2 · open invoices: 2 ·")
    )
    assert window.windowTitle() == f"DebtorDesk — {NORTH}"
    assert ctx.prefs.value(CURRENT_ADMINISTRATION_KEY) == "NOORD"

    # the next start opens on the administration chosen last
    window.close()
    again_ctx = UiContext(
        db=ctx.db, tasks=ctx.tasks, prefs=ctx.prefs, language="en", today=lambda: TODAY
    )
    again = _window(qtbot, again_ctx)
    assert again_ctx.administration.id == north
    assert _names(_customers(again)) == {"Özlem Noord", "Jansen Noord"}
    assert again.chooser.combo.currentText() == f"{NORTH} (NOORD)"
    assert main != north


def test_the_wizard_imports_into_the_current_administration(
    qtbot, ctx: UiContext, tmp_path: Path
) -> None:
    main, north = two_administrations(ctx.db)
    ctx.administration.load(ctx.db)
    ctx.administration.choose(north)
    path = tmp_path / "noord.csv"
    path.write_text(CSV, encoding="utf-8")
    wizard = ImportWizard(
        ctx,
        None,
        choose_file=lambda parent, folder: path,
        ask_preset_name=lambda parent, suggestion: "Noord openstaand",
        show_error=lambda parent, error: pytest.fail(f"error shown: {error}"),
    )
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.file_page.administration_label.isHidden()
    assert NORTH in wizard.file_page.administration_label.text()
    wizard.file_page.load(path)
    qtbot.waitUntil(wizard.file_page.isComplete)
    wizard.next()
    wizard.next()
    page = wizard.mapping_page
    qtbot.waitUntil(page.isComplete)
    page.save_button.click()
    qtbot.waitUntil(lambda: wizard.state.preset == "Noord openstaand")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.state.plan is not None, timeout=20_000)
    plan = wizard.state.plan
    # F001 and D001 exist in both administrations: here they are Noord's own, and updated
    assert (plan.new, plan.updated, plan.customers_new, plan.rejected) == (1, 1, 1, 0)
    wizard.next()
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=20_000)
    assert wizard.committed
    (batch,) = list_batches(ctx.db)
    assert (batch.administration, batch.source) == ("NOORD", "Noord openstaand")
    assert [p.name for p in list_presets(ctx.db, administration="NOORD")] == ["Noord openstaand"]
    assert list_presets(ctx.db, administration="MAIN") == []
    of_main = database_counts(ctx.db, today=TODAY, administration_id=main)
    assert (of_main.customers, of_main.open_invoices, str(of_main.open_total)) == (3, 3, "175.00")
    of_north = database_counts(ctx.db, today=TODAY, administration_id=north)
    # Noord's F001 updated and N-90 added; the first administration's F001 is left alone
    assert (of_north.customers, of_north.open_invoices, str(of_north.open_total)) == (
        3,
        3,
        "1040.00",
    )


def test_history_is_filtered_and_undone_per_administration(
    qtbot, ctx: UiContext, tmp_path: Path
) -> None:
    create_administration(ctx.db, code="NOORD", name=NORTH)
    first, second = tmp_path / "main.csv", tmp_path / "noord.csv"
    first.write_text(CSV.replace("N-90", "M-90"), encoding="utf-8")
    second.write_text(CSV, encoding="utf-8")
    _import(ctx.db, first, "MAIN")
    _import(ctx.db, second, "NOORD")  # the newest import of all, but of the other administration
    ctx.administration.load(ctx.db)
    asked: list[str] = []
    page = ImportHistoryPage(
        ctx,
        confirm=lambda parent, title, text: asked.append(text) is None,
        show_error=lambda parent, error: pytest.fail(f"error shown: {error}"),
    )
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.batch(0).administration == "MAIN"
    assert not page.table.isColumnHidden(Column.ADMINISTRATION)
    assert page.model.data(page.model.index(0, Column.ADMINISTRATION)) == "MAIN"
    page.all_box.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert [page.model.batch(r).administration for r in range(2)] == ["NOORD", "MAIN"]
    assert page.last_committed() is not None and page.last_committed().file_name == "main.csv"

    page.undo_last()
    assert asked[0].startswith("Administration: Mijn administratie\n\nUndo the import of main.csv")
    qtbot.waitUntil(page.message_label.isVisible)
    statuses = {b.administration: b.status for b in list_batches(ctx.db)}
    assert statuses == {"MAIN": BatchStatus.UNDONE, "NOORD": BatchStatus.COMMITTED}
    main_id, north_id = (a.id for a in list_administrations(ctx.db))
    assert database_counts(ctx.db, today=TODAY, administration_id=main_id).invoices == 0
    assert database_counts(ctx.db, today=TODAY, administration_id=north_id).invoices == 2

    # the other administration's last import is the one its clerk can undo
    with qtbot.waitSignal(page.model.modelReset, timeout=10_000):
        ctx.administration.choose(north_id)
    page.all_box.setChecked(False)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.batch(0).administration == "NOORD"
    qtbot.waitUntil(page.undo_button.isEnabled)
    assert page.last_committed() is not None and page.last_committed().file_name == "noord.csv"


def test_the_current_administration_is_kept_remembered_or_the_first(qapp, tmp_path) -> None:
    prefs = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    current = CurrentAdministration(prefs)
    changes: list[int | None] = []
    current.changed.connect(lambda: changes.append(current.id))
    assert (current.id, current.code, current.several) == (None, None, False)

    from debtordesk.services.administrations import AdministrationDetails

    main = AdministrationDetails(id=1, code="MAIN", name="Hoofd")
    north = AdministrationDetails(id=2, code="NOORD", name="Noord")
    assert current.set_available([main, north]) is True
    assert (current.code, changes) == ("MAIN", [1])
    current.choose(2)
    current.choose(99)  # unknown: nothing happens
    assert (current.code, changes, prefs.value(CURRENT_ADMINISTRATION_KEY)) == (
        "NOORD",
        [1, 2],
        "NOORD",
    )
    renamed = AdministrationDetails(id=2, code="NOORD", name="Noord B.V.")
    assert current.set_available([main, renamed]) is False  # still the same one, under its new name
    assert (current.name, changes) == ("Noord B.V.", [1, 2])

    fresh = CurrentAdministration(prefs)  # another start: the remembered code wins
    fresh.set_available([main, north])
    assert fresh.code == "NOORD"
    other_database = CurrentAdministration(prefs)  # a database without that code: the first
    other_database.set_available([AdministrationDetails(id=7, code="X", name="X")])
    assert other_database.code == "X"


def test_closing_a_settings_dialog_before_it_loaded_is_harmless(qtbot, ctx: UiContext) -> None:
    window = _window(qtbot, ctx)
    for action in (window.organisation_action, window.administrations_action):
        action.trigger()
        dialog = window.administrations.dialog
        assert dialog is not None
        dialog.reject()  # at once: its answer from the database arrives after Qt deleted it
        assert window.administrations.dialog is None
        assert ctx.tasks.wait_for_all()
        qtbot.wait(100)  # the late answers are delivered (and dropped) here


def test_f5_shows_an_administration_another_clerk_added(qtbot, ctx: UiContext) -> None:
    window = _window(qtbot, ctx)
    assert not window.chooser_action.isVisible()
    create_administration(ctx.db, code="NOORD", name=NORTH)
    window.refresh_action.trigger()
    qtbot.waitUntil(window.chooser_action.isVisible)
    assert window.chooser.combo.count() == 2
    assert ctx.administration.code == "MAIN"  # the clerk stays where they were


def test_another_database_brings_its_own_administrations(
    qtbot, ctx: UiContext, tmp_path: Path
) -> None:
    from tests.ui.test_database_actions import FakeAsker

    two_administrations(ctx.db)
    ctx.administration.load(ctx.db)
    ctx.administration.choose(ctx.administration.available[1].id)
    other = tmp_path / "other.sqlite"
    window = MainWindow(ctx, import_hook=_no_import, asker=FakeAsker(location=str(other)))
    qtbot.addWidget(window)
    window.show()
    customers = _customers(window)
    qtbot.waitUntil(lambda: _names(customers) == {"Özlem Noord", "Jansen Noord"})
    with qtbot.waitSignal(customers.model.page_loaded, timeout=30_000):
        window.open_db_action.trigger()
    assert ctx.db.sqlite_path == other
    assert (ctx.administration.code, ctx.administration.several) == ("MAIN", False)
    assert not window.chooser_action.isVisible()
    assert customers.model.rowCount() == 0
    qtbot.waitUntil(lambda: window.status.counts_label.text().startswith("Customers: 0 ·"))
