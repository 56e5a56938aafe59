"""Every Python package under src/ is listed in pyproject.toml, so an installed DebtorDesk is whole."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_is_listed() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT / "src").parts)
        for init in (ROOT / "src").rglob("__init__.py")
    }
    found.add("debtordesk.resources")
    assert found == listed, f"add to / remove from pyproject.toml: {sorted(found ^ listed)}"


def test_resources_are_importable() -> None:
    from importlib.resources import files

    assert files("debtordesk.resources").is_dir()
