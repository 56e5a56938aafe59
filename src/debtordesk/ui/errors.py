"""One dispatcher for errors shown to the clerk: refused input, environment problems, bugs.

A user error shows its translated message; a cancellation is silent; an environment problem says what to
check; anything else is a bug: a dialog with copyable details, and the traceback in the log.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from debtordesk.domain.errors import Cancelled, DebtorDeskError, EnvironmentProblem
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render

log = logging.getLogger("debtordesk.ui")


def error_text(error: BaseException) -> str:
    """The words for an error, as the clerk should read them."""
    if isinstance(error, DebtorDeskError):
        return render(error.message)
    return render(Message("bug", {"detail": type(error).__name__, "log": _log_hint()}))


def _log_hint() -> str:
    from debtordesk.settings.paths import log_dir

    return str(log_dir() / "debtordesk.log")


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """Show ``error`` in the way its kind asks for."""
    if isinstance(error, Cancelled):
        return
    box = QMessageBox(parent)
    box.setText(error_text(error))
    if isinstance(error, EnvironmentProblem):
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(
            title or QCoreApplication.translate("errors", "Problem with this computer")
        )
    elif isinstance(error, DebtorDeskError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title or QCoreApplication.translate("errors", "Not possible"))
    else:
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(title or QCoreApplication.translate("errors", "Something went wrong"))
        box.setDetailedText(
            "".join(traceback.format_exception(type(error), error, error.__traceback__))
        )
    box.exec()
