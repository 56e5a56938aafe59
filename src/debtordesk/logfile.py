"""The log file shared by the desktop app and the command line (rotating, in the user's log folder)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from debtordesk import __version__
from debtordesk.settings.paths import log_dir

log = logging.getLogger("debtordesk")


def log_file_path() -> Path:
    return log_dir() / "debtordesk.log"


def start_logging(what: str = "starting") -> logging.Handler | None:
    """Attach a rotating log file to the 'debtordesk' logger; None when the folder cannot be written.

    Nothing secret is ever logged: no HTTP bodies, no authorization headers, no keys.
    """
    path = log_file_path()
    for handler in list(log.handlers):
        if isinstance(handler, RotatingFileHandler):
            if Path(handler.baseFilename) == path.absolute():
                return handler
            # the log folder moved (another DEBTORDESK_HOME): log to the new place only
            log.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.info("DebtorDesk %s %s", __version__, what)
    return handler
