"""The composition root of the desktop application: Qt application, language, logging, error hook,
database, UI context, main window, and the daily automatic backup in the background."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from debtordesk import APP_ID, APP_NAME, ORG_NAME, __version__
from debtordesk.domain.errors import DebtorDeskError
from debtordesk.i18n.catalogue import LANGUAGES, default_language
from debtordesk.logfile import start_logging
from debtordesk.services.database import Database, open_database
from debtordesk.settings.paths import config_dir, default_database_path
from debtordesk.settings.workstation import load_workstation, save_workstation
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.missing_database import ask_use_standard_database
from debtordesk.ui.errors import error_text, show_error
from debtordesk.ui.gc_guard import GuiThreadCollector
from debtordesk.ui.i18n import install_translators
from debtordesk.ui.main_window import MainWindow, app_icon
from debtordesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from debtordesk.services.backup import BackupInfo

log = logging.getLogger("debtordesk")
translate = QCoreApplication.translate

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def main(db: str | None = None, argv: list[str] | None = None) -> int:
    """Start the desktop application; the exit status follows the command line's rules."""
    arguments = list(sys.argv if argv is None else argv)
    options = _parse(arguments[1:])
    app = application(arguments)
    language = options.lang or choose_language()
    translators = install_translators(app, language)
    handler = start_logging()
    previous_hook = sys.excepthook
    sys.excepthook = bug_hook(previous_hook)
    try:
        opened = open_or_explain(db or options.db)
        if isinstance(opened, int):
            return opened
        ctx = UiContext(
            db=opened,
            tasks=TaskRunner(app),
            prefs=user_preferences(),
            language=language,
        )
        # worker threads must never destroy Qt objects: cycles are collected on this thread only
        collector = GuiThreadCollector(app)
        window = MainWindow(ctx)
        window.show()
        start_auto_backup(ctx, window.statusBar().showMessage)
        status = app.exec()
        ctx.tasks.wait_for_all()
        ctx.db.dispose()
        collector.stop()
        return int(status)
    finally:
        sys.excepthook = previous_hook
        for translator in translators:
            app.removeTranslator(translator)
        if handler is not None:
            log.removeHandler(handler)
            handler.close()


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    """--db and --lang for the debtordesk-gui script; Qt's own options pass through."""
    parser = argparse.ArgumentParser(prog="debtordesk-gui", add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--lang", choices=LANGUAGES)
    options, _rest = parser.parse_known_args(list(argv))
    return options


def application(argv: list[str]) -> QApplication:
    """The one QApplication of the process, named for QSettings and the desktop."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def user_preferences() -> QSettings:
    """This user's window state and choices, in the config folder (DEBTORDESK_HOME respected)."""
    return QSettings(str(config_dir() / "ui.ini"), QSettings.Format.IniFormat)


def choose_language() -> str:
    """The workstation's choice, else the system language (Dutch for a Dutch system)."""
    chosen = load_workstation().language
    return chosen if chosen in LANGUAGES else default_language()


def bug_hook(
    previous: ExceptHook, show: Callable[[QWidget | None, BaseException], None] = show_error
) -> ExceptHook:
    """An exception no one caught (in a slot, say) is shown to the clerk instead of lost."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, trace)
            return
        if not isinstance(error, DebtorDeskError):
            log.error("uncaught exception", exc_info=(kind, error, trace))
        show(QApplication.activeWindow(), error)

    return hook


# the refusal of the database chosen on this computer (workstation.json) in a missing folder
WORKSTATION_FOLDER_MISSING = "db.folder_missing.workstation"


def open_or_explain(
    location: str | None, explain: Callable[[BaseException], object] | None = None
) -> Database | int:
    """The database, or the exit status after the reason was shown (3 environment, 2 refused).

    ``explain`` shows the reason; for the database chosen on this computer in a folder that does not
    exist it may answer True: the clerk chose the standard database instead (and confirmed it), so
    the workstation setting is cleared and the standard database opened."""
    try:
        return open_database(location)
    except DebtorDeskError as error:
        log.warning("database not opened: %s", error)
        use_standard = (explain or _explain)(error)
        if use_standard is True and error.code == WORKSTATION_FOLDER_MISSING:
            try:
                forget_chosen_database()
            except OSError as problem:  # the settings file cannot be written
                log.exception("the workstation setting could not be cleared")
                (explain or _explain)(problem)
                return 1
            return open_or_explain(location, explain)  # now the standard database
        return error.exit_code
    except Exception as error:
        log.exception("database not opened")
        (explain or _explain)(error)
        return 1


def _explain(error: BaseException) -> bool:
    """The 'cannot start' dialog; True when the clerk chose the standard database instead."""
    if isinstance(error, DebtorDeskError) and error.code == WORKSTATION_FOLDER_MISSING:
        return ask_use_standard_database(error, str(default_database_path()))
    show_error(None, error, translate("app", "DebtorDesk cannot start"))
    return False


def forget_chosen_database() -> None:
    """Clear the database chosen on this computer: the standard database is used from now on."""
    settings = load_workstation()
    save_workstation(replace(settings, database_url=""))
    log.warning(
        "the database chosen on this computer (%s) is forgotten: the standard database %s is used",
        settings.database_url,
        default_database_path(),
    )


def start_auto_backup(ctx: UiContext, say: Callable[[str], None]) -> bool:
    """The daily automatic backup, in the background; False when this build has no backup module."""
    try:
        from debtordesk.services.backup import auto_backup_if_due
    except ModuleNotFoundError as missing:
        if missing.name != "debtordesk.services.backup":
            raise
        return False
    db = ctx.db

    def done(info: BackupInfo | None) -> None:
        if info is not None:
            say(translate("app", "Daily backup saved: {path}").format(path=info.path))

    def failed(error: BaseException) -> None:
        log.warning("daily backup failed: %s", error, exc_info=error)
        say(translate("app", "The daily backup failed: {reason}").format(reason=error_text(error)))

    ctx.tasks.run(lambda _progress: auto_backup_if_due(db), done, failed, write=True)
    return True
