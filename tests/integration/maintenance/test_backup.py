"""Backups: one verified ZIP per backup, consistent while the database is in use, rotated daily."""

from __future__ import annotations

import errno
import hashlib
import json
import sqlite3
import threading
import time
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from debtordesk.db.engine import Database
from debtordesk.domain.errors import EnvironmentProblem, UserError
from debtordesk.i18n.catalogue import render
from debtordesk.services.backup import (
    BackupKind,
    auto_backup_if_due,
    backup_now,
    inspect_backup,
    list_backups,
)
from debtordesk.settings.paths import backup_dir
from debtordesk.settings.workstation import WorkstationSettings, save_workstation

from .conftest import add_customer, database_path


def _extract_database(backup: Path, into: Path) -> Path:
    """The database member of a backup, extracted into the (new) folder ``into``."""
    assert not into.exists()
    with zipfile.ZipFile(backup) as archive:
        archive.extract("debtordesk.sqlite", into)
    return into / "debtordesk.sqlite"


def _count(path: Path, table: str, where: str = "1=1") -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])
    finally:
        connection.close()


def test_backup_is_one_zip_with_database_archive_and_manifest(
    filled_db: Database, tmp_path: Path
) -> None:
    info = backup_now(filled_db)

    assert info.path.parent == backup_dir()
    assert info.path.name.startswith("debtordesk-backup-") and info.path.suffix == ".zip"
    assert info.kind is BackupKind.MANUAL
    assert info.size == info.path.stat().st_size
    assert info.sha256 == hashlib.sha256(info.path.read_bytes()).hexdigest()
    assert info.schema_revision is not None and info.archive_files == 2
    with zipfile.ZipFile(info.path) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
        members = {m["name"]: m for m in manifest["members"]}
        for name, member in members.items():
            assert hashlib.sha256(archive.read(name)).hexdigest() == member["sha256"]
    assert names == {
        "manifest.json",
        "debtordesk.sqlite",
        "archive/2026/01/brief-C1.pdf",
        "archive/index.json",
    }
    assert set(members) == names - {"manifest.json"}
    assert manifest["format"] == "debtordesk-backup"
    assert manifest["schema_revision"] == info.schema_revision
    assert manifest["source_database"] == str(database_path(filled_db))
    assert manifest["integrity"] == "ok"
    copy = _extract_database(info.path, tmp_path / "copy")
    assert _count(copy, "invoice") == 6
    assert not Path(f"{copy}-wal").exists()
    # nothing else was left behind in the folder
    assert [p.name for p in backup_dir().iterdir()] == [info.path.name]


def test_backup_without_letter_archive(sqlite_db: Database, tmp_path: Path) -> None:
    info = backup_now(sqlite_db, tmp_path / "elsewhere")

    assert info.path.parent == tmp_path / "elsewhere"
    assert info.archive_files == 0
    assert inspect_backup(info.path).sha256 == info.sha256


def test_backup_while_another_connection_holds_a_write_transaction(
    filled_db: Database, tmp_path: Path
) -> None:
    writer = sqlite3.connect(database_path(filled_db), isolation_level=None, timeout=1)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE invoice SET open_amount = 0")
        writer.execute("DELETE FROM customer_tag")
        info = backup_now(filled_db)
        writer.execute("COMMIT")
    finally:
        writer.close()

    copy = _extract_database(info.path, tmp_path / "copy")
    # the copy is the last committed state: the open transaction's update is not in it
    assert _count(copy, "invoice", "open_amount = 0") == 0
    assert _count(copy, "invoice") == 6
    assert _count(database_path(filled_db), "invoice", "open_amount = 0") == 6


def test_backup_while_rows_are_being_written_is_consistent(
    sqlite_db: Database, tmp_path: Path
) -> None:
    """Each write adds a customer and two invoices in one transaction; every copy holds whole
    transactions only, and passes the integrity check."""
    stop = threading.Event()
    failures: list[BaseException] = []

    def keep_writing() -> None:
        number = 0
        try:
            while not stop.is_set():
                add_customer(sqlite_db, f"W{number}", f"Schrijver {number}", ["10.00", "20.00"])
                number += 1
        except BaseException as exc:  # reported by the test below
            failures.append(exc)

    thread = threading.Thread(target=keep_writing)
    thread.start()
    backups = []
    try:
        deadline = time.monotonic() + 60
        while _count(database_path(sqlite_db), "customer") < 20 and time.monotonic() < deadline:
            time.sleep(0.01)
        for _ in range(3):
            backups.append(backup_now(sqlite_db))
    finally:
        stop.set()
        thread.join(timeout=60)
    assert not failures
    written = _count(database_path(sqlite_db), "customer")
    seen = []
    for index, info in enumerate(backups):
        copy = _extract_database(info.path, tmp_path / str(index))
        connection = sqlite3.connect(copy)
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        connection.close()
        customers = _count(copy, "customer")
        assert customers >= 20
        assert _count(copy, "invoice") == 2 * customers
        seen.append(customers)
    assert seen == sorted(seen) and seen[-1] <= written


def test_disk_full_while_writing_leaves_no_partial_file(
    filled_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "usb-stick"
    target.mkdir()
    (target / "notes.txt").write_text("not ours", encoding="utf-8")
    real_write = zipfile._ZipWriteFile.write
    written = {"bytes": 0}

    def write(self: zipfile._ZipWriteFile, data: bytes) -> int:
        written["bytes"] += len(data)
        if written["bytes"] > 4096:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(self, data)

    monkeypatch.setattr(zipfile._ZipWriteFile, "write", write)

    with pytest.raises(EnvironmentProblem) as caught:
        backup_now(filled_db, target)

    assert caught.value.code == "disk_full"
    assert "The disk is full" in render(caught.value.message)
    assert sorted(p.name for p in target.iterdir()) == ["notes.txt"]


def test_no_permission_or_bad_folder_is_an_environment_problem(
    filled_db: Database, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("x", encoding="utf-8")

    with pytest.raises(EnvironmentProblem) as caught:
        backup_now(filled_db, not_a_folder)

    assert caught.value.code == "backup.write_failed"
    assert str(not_a_folder) in render(caught.value.message)


@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_postgresql_is_refused_with_how_to_back_it_up(db: Database) -> None:
    with pytest.raises(UserError) as caught:
        backup_now(db)

    text = render(caught.value.message)
    assert caught.value.code == "backup.postgresql"
    assert "pg_dump" in text and "server" in text
    assert auto_backup_if_due(db) is None


def test_missing_database_file_is_refused(tmp_path: Path) -> None:
    db = Database.open(str(tmp_path / "gone.sqlite"))
    try:
        with pytest.raises(UserError) as caught:
            backup_now(db)
    finally:
        db.dispose()
    assert caught.value.code == "backup.source_missing"
    assert not (tmp_path / "gone.sqlite").exists()


def _at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


def test_daily_automatic_backup_is_made_once_a_day_and_rotated(filled_db: Database) -> None:
    folder = backup_dir()
    folder.mkdir(parents=True)
    (folder / "README.txt").write_text("someone's notes", encoding="utf-8")
    (folder / "holiday.zip").write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    manual = backup_now(filled_db)

    made = []
    for day in range(1, 7):
        first = auto_backup_if_due(filled_db, now=_at(day), keep=3)
        again = auto_backup_if_due(filled_db, now=_at(day, 17), keep=3)
        assert first is not None and first.kind is BackupKind.AUTOMATIC
        assert again is None
        made.append(first)

    automatic = [b for b in list_backups() if b.kind is BackupKind.AUTOMATIC]
    assert [b.path for b in automatic] == [b.path for b in reversed(made[-3:])]
    assert all(not b.path.exists() for b in made[:3])
    assert manual.path.exists()
    assert (folder / "README.txt").exists() and (folder / "holiday.zip").exists()
    assert [b.path for b in list_backups() if b.kind is BackupKind.MANUAL] == [manual.path]


def test_automatic_backup_uses_the_workstation_settings(filled_db: Database) -> None:
    save_workstation(WorkstationSettings(backups_kept=2))
    for day in range(1, 5):
        assert auto_backup_if_due(filled_db, now=_at(day)) is not None
    assert len([b for b in list_backups() if b.kind is BackupKind.AUTOMATIC]) == 2

    save_workstation(WorkstationSettings(auto_backup=False))
    assert auto_backup_if_due(filled_db, now=_at(20)) is None


def test_a_new_day_makes_a_backup_even_within_24_hours(filled_db: Database) -> None:
    evening = auto_backup_if_due(filled_db, now=_at(10, 20))
    next_morning = auto_backup_if_due(filled_db, now=_at(10, 20) + timedelta(hours=13))
    assert evening is not None and next_morning is not None


def test_manual_keep_rotates_only_manual_backups(filled_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "scheduled"
    automatic = auto_backup_if_due(filled_db, now=_at(1))
    assert automatic is not None
    kept = [backup_now(filled_db, folder, keep=2) for _ in range(4)]

    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(b.path.name for b in kept[-2:])
    assert automatic.path.exists()
    # same minute: the names differ by a counter instead of overwriting each other
    assert len({b.path.name for b in kept}) == 4


def test_listing_skips_foreign_files_and_tolerates_old_manifests(filled_db: Database) -> None:
    info = backup_now(filled_db)
    folder = backup_dir()
    (folder / "not-a-zip.zip").write_bytes(b"%PDF")
    naive = folder / "debtordesk-backup-handmade.zip"
    with zipfile.ZipFile(info.path) as original, zipfile.ZipFile(naive, "w") as copy:
        for name in original.namelist():
            data = original.read(name)
            if name == "manifest.json":
                manifest = json.loads(data)
                manifest["created_at"] = "2020-05-01T10:00:00"
                data = json.dumps(manifest).encode()
            copy.writestr(name, data)

    listed = list_backups()

    assert [b.path for b in listed] == [info.path, naive]
    assert listed[1].created_at == datetime(2020, 5, 1, 10, tzinfo=UTC)
    assert all(b.sha256 is None for b in listed)
