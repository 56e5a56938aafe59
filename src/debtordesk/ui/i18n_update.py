"""Regenerate the Dutch translation of the interface: ``python -m debtordesk.ui.i18n_update``.

Runs pyside6-lupdate over the UI sources and app.py into resources/translations/debtordesk_nl.ts
(existing translations are kept; texts that left the code are dropped), compiles debtordesk_nl.qm with
pyside6-lrelease, and lists the texts that still need a Dutch translation (exit status 1 if any).
Translate those in the .ts file (Qt Linguist, or by hand) and run this again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
TRANSLATIONS = PACKAGE.parents[1] / "resources" / "translations"
TS_FILE = TRANSLATIONS / "debtordesk_nl.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it brings {name})")
    return found


def sources() -> list[Path]:
    """Every Python file with interface texts: the UI package and the composition root."""
    return [*sorted((PACKAGE / "ui").rglob("*.py")), PACKAGE / "app.py"]


def untranslated(ts_file: Path = TS_FILE) -> list[tuple[str, str]]:
    """(context, source) of every text without a finished Dutch translation."""
    missing: list[tuple[str, str]] = []
    root = ET.parse(ts_file).getroot()  # noqa: S314 - our own file
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "" if translation is None else "".join(translation.itertext()).strip()
            unfinished = translation is not None and translation.get("type") in {
                "unfinished",
                "vanished",
                "obsolete",
            }
            if translation is not None and translation.get("type") in {"vanished", "obsolete"}:
                continue
            if not text or unfinished:
                missing.append((name, message.findtext("source", "")))
    return missing


def update() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    files = [str(path) for path in sources()]
    subprocess.run(
        [tool("pyside6-lupdate"), *files, "-no-obsolete", "-ts", str(TS_FILE)], check=True
    )
    subprocess.run([tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(QM_FILE)], check=True)
    missing = untranslated()
    for context, source in missing:
        sys.stdout.write(f"untranslated: [{context}] {source}\n")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(update())
