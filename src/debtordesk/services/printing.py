"""Sending a batch PDF to the system's print spooler as a PDF.

Rasterising 1,000 pages through QPrinter makes gigabytes of spool, so a batch goes to the spooler as
the PDF itself: CUPS ``lp`` on Linux and macOS, the shell's "print" verb on Windows (the program
registered for PDFs prints it). A single letter can go through Qt's print dialog instead (ui).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from debtordesk.domain.errors import UserError

#: how long the spooler may take to accept the job
SPOOL_TIMEOUT_S = 120


@dataclass(frozen=True)
class SpoolResult:
    #: the spooler's own words ("request id is Kantoor-42 (1 file(s))"), for the status bar
    answer: str


def list_printers() -> list[str]:
    """The CUPS printers (``lpstat -e``), empty where there is no CUPS or on Windows."""
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return []
    try:
        done = subprocess.run(
            [lpstat, "-e"], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return []
    return [line.strip() for line in done.stdout.splitlines() if line.strip()]


def spool_pdf(
    path: Path, *, printer: str | None = None, copies: int = 1, title: str = ""
) -> SpoolResult:
    """Hand ``path`` (a PDF) to the print spooler; raises UserError saying what to do when it fails."""
    if not path.is_file():
        raise UserError("print.file_missing", path=str(path))
    if sys.platform == "win32":  # pragma: no cover - Windows only
        startfile = getattr(os, "startfile", None)
        if startfile is None:
            raise UserError("print.no_spooler")
        try:
            startfile(str(path), "print")
        except OSError as exc:
            raise UserError("print.windows_failed", reason=str(exc)) from exc
        return SpoolResult(answer="")
    lp = shutil.which("lp")
    if lp is None:
        raise UserError("print.no_spooler")
    command = [lp, "-n", str(max(1, copies))]
    if printer:
        command += ["-d", printer]
    if title:
        command += ["-t", title]
    command += ["--", str(path)]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=SPOOL_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise UserError("print.timeout", seconds=SPOOL_TIMEOUT_S) from exc
    except OSError as exc:
        raise UserError("print.failed", reason=str(exc)) from exc
    if done.returncode != 0:
        reason = (done.stderr or done.stdout).strip() or f"exit status {done.returncode}"
        raise UserError("print.failed", reason=reason)
    return SpoolResult(answer=done.stdout.strip())
