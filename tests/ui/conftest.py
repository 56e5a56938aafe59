"""Fixtures for the application shell's tests: a UI context over a test database with a fixed today."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from debtordesk.services.database import Database
from debtordesk.ui.context import UiContext
from debtordesk.ui.gc_guard import GuiThreadCollector
from debtordesk.ui.tasks import TaskRunner
from tests.integration.views.factory import TODAY


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread(qapp: object) -> Iterator[None]:
    """As in the application (app.py): cycles are collected on the GUI thread only, never by a worker
    thread that happens to allocate (which would destroy the Qt objects in that garbage outside the
    GUI thread: a segmentation fault, seen in CI). The garbage of earlier tests (many database engines
    and sessions) is collected first, while no background thread runs."""
    gc.collect()
    collector = GuiThreadCollector()
    yield
    collector.stop()


@pytest.fixture
def shell_ctx(qapp: object, sqlite_db: Database, tmp_path: Path) -> Iterator[UiContext]:
    """English, today fixed at the factory's TODAY, preferences in a private file."""
    prefs = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    tasks = TaskRunner()
    ctx = UiContext(db=sqlite_db, tasks=tasks, prefs=prefs, language="en", today=lambda: TODAY)
    yield ctx
    tasks.wait_for_all()
