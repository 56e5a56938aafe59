"""File menu actions on the database: back up now, restore, open another database (dialogs faked)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select

from debtordesk.db.models import Customer
from debtordesk.domain.errors import UserError
from debtordesk.services.database import Database
from debtordesk.settings.paths import backup_dir
from debtordesk.settings.workstation import load_workstation
from debtordesk.ui.context import UiContext
from debtordesk.ui.database_actions import DatabaseActions
from tests.integration.views.factory import add_customer, fill_small


class FakeAsker:
    """Answers the questions as a test wants and keeps what was said."""

    def __init__(
        self, *, backup: Path | None = None, confirm: bool = True, location: str | None = None
    ):
        self.backup = backup
        self.confirm = confirm
        self.location = location
        self.told: list[str] = []
        self.failures: list[BaseException] = []

    def backup_to_restore(self, parent: QWidget, folder: Path) -> Path | None:
        return self.backup

    def confirm_restore(self, parent: QWidget, backup: Path, database: str) -> bool:
        return self.confirm

    def database_location(self, parent: QWidget, current: str) -> str | None:
        return self.location

    def tell(self, parent: QWidget, title: str, text: str) -> None:
        self.told.append(text)

    def fail(self, parent: QWidget, error: BaseException) -> None:
        self.failures.append(error)


def customers(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Customer)) or 0)


def actions(qtbot, ctx: UiContext, asker: FakeAsker) -> DatabaseActions:
    window = QWidget()
    qtbot.addWidget(window)
    return DatabaseActions(ctx, window, asker)


def test_back_up_now_writes_a_backup_file(qtbot, shell_ctx: UiContext) -> None:
    fill_small(shell_ctx.db)
    subject = actions(qtbot, shell_ctx, FakeAsker())
    messages: list[str] = []
    subject.status_message.connect(messages.append)
    subject.back_up_now()
    qtbot.waitUntil(lambda: any(m.startswith("Backup saved") for m in messages), timeout=20_000)
    assert list(backup_dir().glob("*.zip"))


def test_restore_brings_back_the_data_and_switches_the_database(
    qtbot, shell_ctx: UiContext
) -> None:
    fill_small(shell_ctx.db)
    from debtordesk.services.backup import backup_now

    backup = backup_now(shell_ctx.db).path
    with shell_ctx.db.write() as session:
        add_customer(session, "LATER", "Entered after the backup")
    assert customers(shell_ctx.db) == 6
    asker = FakeAsker(backup=backup)
    subject = actions(qtbot, shell_ctx, asker)
    old = shell_ctx.db
    with qtbot.waitSignal(subject.database_changed, timeout=30_000):
        subject.restore()
    assert shell_ctx.db is not old
    assert customers(shell_ctx.db) == 5
    assert asker.told and "back in place" in asker.told[0]
    assert asker.failures == []


def test_restore_needs_a_confirmation(qtbot, shell_ctx: UiContext) -> None:
    fill_small(shell_ctx.db)
    from debtordesk.services.backup import backup_now

    backup = backup_now(shell_ctx.db).path
    with shell_ctx.db.write() as session:
        add_customer(session, "LATER", "Entered after the backup")
    subject = actions(qtbot, shell_ctx, FakeAsker(backup=backup, confirm=False))
    subject.restore()
    shell_ctx.tasks.wait_for_all()
    assert customers(shell_ctx.db) == 6


def test_open_another_database_and_remember_it(qtbot, shell_ctx: UiContext, tmp_path) -> None:
    other = tmp_path / "elsewhere" / "team.sqlite"
    other.parent.mkdir()  # the file dialog offers folders that exist; a missing one is refused
    subject = actions(qtbot, shell_ctx, FakeAsker(location=str(other)))
    old = shell_ctx.db
    with qtbot.waitSignal(subject.database_changed, timeout=30_000):
        subject.open_other()
    assert shell_ctx.db is not old
    assert shell_ctx.db.sqlite_path == other
    assert load_workstation().database_url == str(other)


def test_a_database_that_cannot_be_opened_is_explained(qtbot, shell_ctx: UiContext) -> None:
    asker = FakeAsker(location="mysql://server/debtors")
    subject = actions(qtbot, shell_ctx, asker)
    old = shell_ctx.db
    subject.open_other()
    qtbot.waitUntil(lambda: bool(asker.failures), timeout=10_000)
    assert isinstance(asker.failures[0], UserError)
    assert asker.failures[0].code == "db.bad_url"
    assert shell_ctx.db is old
    assert load_workstation().database_url == ""


def test_restore_of_a_team_database_is_refused_before_any_question(qtbot, shell_ctx) -> None:
    # a PostgreSQL engine is made without connecting: nothing here reaches the server
    shell_ctx.db = Database.open("postgresql://clerk:secret@dbserver/debtors")
    asker = FakeAsker(backup=Path("/nonexistent.zip"))
    asked: list[Path] = []
    asker.backup_to_restore = lambda parent, folder: asked.append(folder)  # type: ignore[method-assign]
    actions(qtbot, shell_ctx, asker).restore()
    assert asked == []
    assert isinstance(asker.failures[0], UserError)
    assert asker.failures[0].code == "restore.postgresql"
    assert "secret" not in str(asker.failures[0].message.params["url"])
    shell_ctx.db.dispose()
