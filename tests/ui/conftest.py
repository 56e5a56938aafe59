"""Fixtures for the application shell's tests: a UI context over a test database with a fixed today."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from debtordesk.services.database import Database
from debtordesk.ui.context import UiContext
from debtordesk.ui.tasks import TaskRunner
from tests.integration.views.factory import TODAY


@pytest.fixture(autouse=True)
def _collect_garbage_first() -> None:
    """The garbage of earlier tests (many database engines and sessions) is collected before a window
    test starts, while no background thread runs: a cycle collection of that pile on the GUI thread
    while a worker thread ran a query crashed the interpreter in CI (a segmentation fault in the first
    window test after the database tests; see the issue notes)."""
    gc.collect()


@pytest.fixture
def shell_ctx(qapp: object, sqlite_db: Database, tmp_path: Path) -> Iterator[UiContext]:
    """English, today fixed at the factory's TODAY, preferences in a private file."""
    prefs = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    tasks = TaskRunner()
    ctx = UiContext(db=sqlite_db, tasks=tasks, prefs=prefs, language="en", today=lambda: TODAY)
    yield ctx
    tasks.wait_for_all()
