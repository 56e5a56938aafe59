"""The composition root: opening the database or explaining why not, the error hook, the log file,
the daily backup in the background, and a whole start and quit of the application."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
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
from debtordesk.settings.paths import backup_dir, config_dir, log_dir
from debtordesk.ui.context import UiContext
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
