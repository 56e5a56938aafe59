"""The layering holds: Qt only in the UI, no database in the UI, a pure domain."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "debtordesk"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules() -> list[tuple[str, Path]]:
    return [
        (path.relative_to(PACKAGE).as_posix(), path)
        for path in sorted(PACKAGE.rglob("*.py"))
        if "migrations/versions" not in path.as_posix()
    ]


def _top(name: str) -> str:
    return name.split(".", maxsplit=1)[0]


@pytest.mark.parametrize(("relative", "path"), _modules(), ids=str)
def test_layers(relative: str, path: Path) -> None:
    imports = _imports(path)
    qt_allowed = relative.startswith(("ui/", "settings/")) or relative == "app.py"
    if not qt_allowed:
        assert not any(_top(n) == "PySide6" for n in imports), f"{relative} imports PySide6"
    if relative.startswith("ui/"):
        bad = sorted(n for n in imports if _top(n) == "sqlalchemy" or n.startswith("debtordesk.db"))
        assert not bad, f"{relative} imports the database layer: {bad}"
    if relative.startswith("domain/"):
        ours = sorted(
            n
            for n in imports
            if n.startswith("debtordesk.") and not n.startswith("debtordesk.domain")
        )
        assert not ours, f"{relative} imports outside the domain: {ours}"
        assert not any(_top(n) in {"sqlalchemy", "PySide6", "httpx"} for n in imports)
    if relative.startswith(("importing/", "letters/", "messaging/", "providers/")):
        bad = sorted(
            n
            for n in imports
            if _top(n) in {"sqlalchemy", "PySide6"}
            or n.startswith(("debtordesk.db", "debtordesk.services", "debtordesk.ui"))
        )
        assert not bad, f"{relative} imports a layer above it: {bad}"
    if relative.startswith("db/"):
        bad = sorted(n for n in imports if n.startswith(("debtordesk.services", "debtordesk.ui")))
        assert not bad, f"{relative} imports a layer above it: {bad}"
    if relative.startswith("services/"):
        bad = sorted(n for n in imports if n.startswith("debtordesk.ui"))
        assert not bad, f"{relative} imports the UI: {bad}"


def test_the_cli_needs_no_qt() -> None:
    """The command line renders messages without a QApplication."""
    import subprocess
    import sys

    code = (
        "import sys, debtordesk.cli, debtordesk.services.database;"
        "sys.exit(1 if 'PySide6' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
