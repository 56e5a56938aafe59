"""The composition root: opening the database or explaining why not, the error hook, the log file,
the daily backup in the background, and a whole start and quit of the application."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import text

from debtordesk.app import (
    bug_hook,
    main,
    open_or_explain,
    start_auto_backup,
    start_logging,
    user_preferences,
)
from debtordesk.domain.errors import EnvironmentProblem, UserError
from debtordesk.services.database import Database, open_database
from debtordesk.settings.paths import backup_dir, config_dir, default_database_path, log_dir
from debtordesk.settings.workstation import WorkstationSettings, load_workstation, save_workstation
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.missing_database import MissingDatabaseDialog
from debtordesk.ui.main_window import MainWindow


def test_a_refused_address_explains_and_gives_status_2(tmp_path: Path) -> None:
    seen: list[BaseException] = []
    assert open_or_explain("mysql://server/debtors", seen.append) == 2
    assert isinstance(seen[0], UserError) and seen[0].code == "db.bad_url"


def test_a_database_from_a_newer_version_gives_status_3(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    open_database(str(path)).dispose()
    db = Database.open(str(path))
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
    db.dispose()
    seen: list[BaseException] = []
    assert open_or_explain(str(path), seen.append) == 3
    assert isinstance(seen[0], EnvironmentProblem) and seen[0].code == "db.newer_schema"


def test_a_good_location_opens(tmp_path: Path) -> None:
    opened = open_or_explain(str(tmp_path / "fresh.sqlite"), lambda error: None)
    assert isinstance(opened, Database)
    opened.dispose()


def test_the_bug_hook_shows_the_error_and_logs_it(caplog) -> None:
    shown: list[BaseException] = []
    passed_on: list[type[BaseException]] = []
    hook = bug_hook(
        lambda kind, error, trace: passed_on.append(kind), lambda parent, e: shown.append(e)
    )
    error = RuntimeError("boom")
    with caplog.at_level(logging.ERROR, logger="debtordesk"):
        hook(RuntimeError, error, None)
    assert shown == [error]
    assert "uncaught exception" in caplog.text
    hook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert passed_on == [KeyboardInterrupt]
    assert len(shown) == 1


def test_logging_goes_to_a_rotating_file() -> None:
    handler = start_logging()
    assert handler is not None
    try:
        logging.getLogger("debtordesk.test").warning("hello from the test")
        handler.flush()
        assert "hello from the test" in (log_dir() / "debtordesk.log").read_text(encoding="utf-8")
    finally:
        logging.getLogger("debtordesk").removeHandler(handler)
        handler.close()


def test_the_daily_backup_runs_in_the_background(qtbot, shell_ctx: UiContext) -> None:
    said: list[str] = []
    assert start_auto_backup(shell_ctx, said.append)
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert said[0].startswith("Daily backup saved")
    assert list(backup_dir().glob("*.zip"))


def test_preferences_live_in_the_config_folder() -> None:
    prefs = user_preferences()
    prefs.setValue("probe", 1)
    prefs.sync()
    assert (config_dir() / "ui.ini").exists()


def _close_soon(find: type[QWidget] | None) -> QTimer:
    """Closes the main window (or, with None, the modal dialog) as soon as it is up."""
    timer = QTimer()
    timer.setInterval(50)

    def tick() -> None:
        if find is None:
            widget = QApplication.activeModalWidget()
        else:
            widget = next(
                (
                    w
                    for w in QApplication.topLevelWidgets()
                    if isinstance(w, find) and w.isVisible()
                ),
                None,
            )
        if widget is not None:
            timer.stop()
            widget.close()

    timer.timeout.connect(tick)
    timer.start()
    return timer


def test_main_starts_and_quits(qapp, tmp_path: Path) -> None:
    hook = sys.excepthook
    timer = _close_soon(MainWindow)
    status = main(db=str(tmp_path / "app.sqlite"), argv=["debtordesk-gui", "--lang", "en"])
    timer.stop()
    assert status == 0
    assert sys.excepthook is hook
    assert (config_dir() / "ui.ini").exists()
    assert "DebtorDesk 0.1.0 starting" in (log_dir() / "debtordesk.log").read_text(encoding="utf-8")
    assert list(backup_dir().glob("*.zip"))  # the daily backup ran


def test_main_explains_a_refused_database_and_exits_2(qapp) -> None:
    timer = _close_soon(None)
    status = main(db="mysql://server/debtors", argv=["debtordesk-gui", "--lang", "en"])
    timer.stop()
    assert status == 2


def test_a_workstation_database_in_a_missing_folder_is_explained_not_created(
    qapp, tmp_path: Path
) -> None:
    """The database chosen on this computer is on a drive that is not connected: the app says so
    (the folder, where the setting is) in its 'cannot start' dialog and exits 2, as for any database
    it cannot open; it does not make the folders and an empty database, nor crash."""
    from debtordesk.i18n.catalogue import render
    from debtordesk.settings.workstation import WorkstationSettings, save_workstation, settings_file

    missing = tmp_path / "stick" / "debiteuren"
    save_workstation(WorkstationSettings(database_url=str(missing / "team.sqlite")))
    seen: list[BaseException] = []
    assert open_or_explain(None, seen.append) == 2
    (error,) = seen
    assert isinstance(error, UserError) and error.code == "db.folder_missing.workstation"
    text = render(error.message)
    assert f"The folder {missing} does not exist" in text and str(settings_file()) in text
    hook = sys.excepthook
    timer = _close_soon(None)
    status = main(argv=["debtordesk-gui", "--lang", "en"])
    timer.stop()
    assert status == 2 and sys.excepthook is hook
    assert not (tmp_path / "stick").exists()
    assert "database not opened" in (log_dir() / "debtordesk.log").read_text(encoding="utf-8")


def _drive(*steps: Callable[[], bool]) -> QTimer:
    """Plays the clerk: every 50 ms tries the first step left; a step says True once it has acted."""
    todo = list(steps)
    timer = QTimer()
    timer.setInterval(50)

    def tick() -> None:
        if todo and todo[0]():
            todo.pop(0)
        if not todo:
            timer.stop()

    timer.timeout.connect(tick)
    timer.start()
    return timer


def _missing_dialog() -> MissingDatabaseDialog | None:
    widget = QApplication.activeModalWidget()
    if isinstance(widget, MissingDatabaseDialog) and widget.isVisible():
        return widget
    return None


def _click_in_dialog(name: str, seen: list[MissingDatabaseDialog]) -> Callable[[], bool]:
    """Clicks the button ``name`` (use_standard or quit) of a 'cannot start' dialog not seen yet."""

    def step() -> bool:
        dialog = _missing_dialog()
        if dialog is None or dialog in seen:
            return False
        seen.append(dialog)
        getattr(dialog, name).click()
        return True

    return step


def _answer_confirmation(role: QMessageBox.ButtonRole, texts: list[str]) -> Callable[[], bool]:
    def step() -> bool:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or isinstance(box, MissingDatabaseDialog):
            return False
        texts.append(f"{box.text()} {box.informativeText()}")
        (button,) = [b for b in box.buttons() if box.buttonRole(b) == role]
        button.click()
        return True

    return step


def _close_main_window() -> bool:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            widget.close()
            return True
    return False


def _chosen_on_a_missing_drive(tmp_path: Path) -> Path:
    missing = tmp_path / "stick" / "debiteuren" / "team.sqlite"
    save_workstation(WorkstationSettings(database_url=str(missing), language="en"))
    return missing


def test_the_cannot_start_dialog_offers_the_standard_database(qapp, tmp_path: Path) -> None:
    """The database chosen on this computer is on a drive that is not connected: the dialog offers
    the standard database; after a confirmation the setting is cleared (the rest of it kept) and
    the app starts on the standard database, making nothing on the missing drive."""
    missing = _chosen_on_a_missing_drive(tmp_path)
    seen: list[MissingDatabaseDialog] = []
    asked: list[str] = []
    driver = _drive(
        _click_in_dialog("use_standard", seen),
        _answer_confirmation(QMessageBox.ButtonRole.AcceptRole, asked),
        _close_main_window,
    )
    status = main(argv=["debtordesk-gui", "--lang", "en"])
    driver.stop()
    assert status == 0
    (dialog,) = seen
    assert dialog.windowTitle() == "DebtorDesk cannot start"
    assert f"The folder {missing.parent} does not exist" in dialog.text()
    assert [b.text() for b in (dialog.use_standard, dialog.quit)] == [
        "Use the standard database",
        "Quit",
    ]
    (question,) = asked
    assert str(default_database_path()) in question and str(missing) in question
    assert "Nothing in" in question and "File › Open database…" in question
    assert load_workstation() == WorkstationSettings(database_url="", language="en")
    assert default_database_path().exists()
    assert not (tmp_path / "stick").exists()
    assert "is forgotten" in (log_dir() / "debtordesk.log").read_text(encoding="utf-8")


def test_quit_or_back_in_the_cannot_start_dialog_changes_nothing(qapp, tmp_path: Path) -> None:
    """Back in the confirmation shows the dialog again; Quit leaves the setting as it was and exits
    2, as before. In Dutch the buttons speak Dutch."""
    missing = _chosen_on_a_missing_drive(tmp_path)
    seen: list[MissingDatabaseDialog] = []
    asked: list[str] = []
    driver = _drive(
        _click_in_dialog("use_standard", seen),
        _answer_confirmation(QMessageBox.ButtonRole.RejectRole, asked),
        _click_in_dialog("quit", seen),
    )
    status = main(argv=["debtordesk-gui", "--lang", "nl"])
    driver.stop()
    assert status == 2
    assert len(seen) == 2 and len(asked) == 1
    assert [b.text() for b in (seen[1].use_standard, seen[1].quit)] == [
        "De standaarddatabase gebruiken",
        "Afsluiten",
    ]
    assert "De map" in seen[1].text()
    assert load_workstation().database_url == str(missing)
    assert not default_database_path().exists() and not (tmp_path / "stick").exists()
