"""Restore: the exact data comes back; a damaged, altered, foreign or too new backup changes nothing."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, update

from debtordesk.db.engine import Database
from debtordesk.db.models import Customer, Invoice
from debtordesk.domain.errors import EnvironmentProblem, UserError
from debtordesk.i18n.catalogue import render
from debtordesk.services import backup_restore
from debtordesk.services.backup import (
    BackupInfo,
    BackupKind,
    backup_now,
    inspect_backup,
    list_backups,
    restore_backup,
)
from debtordesk.services.backup_write import write_backup
from debtordesk.settings.paths import archive_dir, backup_dir

from .conftest import add_customer, database_path, snapshot


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_restore_brings_back_the_exact_data_and_archive(filled_db: Database) -> None:
    path = database_path(filled_db)
    before = snapshot(path)
    letter = archive_dir() / "2026" / "01" / "brief-C1.pdf"
    info = backup_now(filled_db)

    # work goes on after the backup: data changed, a letter removed, another one added
    add_customer(filled_db, "C4", "Zoë de Vries", ["12.34"])
    with filled_db.write() as session:
        session.execute(update(Customer).where(Customer.number == "C1").values(name="Changed"))
        session.execute(delete(Invoice).where(Invoice.number == "C3-1"))
    letter.unlink()
    (archive_dir() / "2026" / "01" / "brief-C4.pdf").write_bytes(b"%PDF new letter")
    changed = snapshot(path)
    filled_db.dispose()

    result = restore_backup(str(path), info.path)

    assert snapshot(path) == before
    assert letter.read_bytes() == b"%PDF-1.7 letter to C1"
    assert not (archive_dir() / "2026" / "01" / "brief-C4.pdf").exists()
    assert result.database_path == path
    assert result.restored.sha256 == info.sha256 and result.archive_files == 2
    # the state before the restore is kept, letters included
    assert result.safety_backup is not None and result.safety_backup.parent == backup_dir()
    safety = inspect_backup(result.safety_backup)
    assert safety.kind is BackupKind.SAFETY and safety.archive_files == 2
    with zipfile.ZipFile(result.safety_backup) as archive:
        assert "archive/2026/01/brief-C4.pdf" in archive.namelist()
        copy = Path(archive.extract("debtordesk.sqlite", path.parent / "safety"))
    assert snapshot(copy) == changed
    # the restored file works as a DebtorDesk database again
    reopened = Database.open(str(path))
    try:
        with reopened.read() as session:
            assert session.get(Customer, 1) is not None
    finally:
        reopened.dispose()


def test_restore_into_a_new_location(filled_db: Database, tmp_path: Path) -> None:
    info = backup_now(filled_db)
    before = snapshot(database_path(filled_db))
    target = tmp_path / "new-pc" / "debtordesk.sqlite"

    result = restore_backup(f"sqlite:///{target}", info.path)

    assert result.safety_backup is None
    assert snapshot(target) == before


def test_restore_safety_copy_of_a_damaged_database(filled_db: Database) -> None:
    """A database that is no longer readable is replaced too; its bytes are kept."""
    info = backup_now(filled_db)
    before = snapshot(database_path(filled_db))
    path = database_path(filled_db)
    filled_db.dispose()
    path.write_bytes(b"this is not a database any more" * 100)

    result = restore_backup(str(path), info.path)

    assert snapshot(path) == before
    assert result.safety_backup is not None
    safety = [b for b in list_backups() if b.kind is BackupKind.SAFETY]
    assert safety and safety[0].integrity != "ok"
    with zipfile.ZipFile(result.safety_backup) as archive:
        assert archive.read("debtordesk.sqlite").startswith(b"this is not a database")


# ---------------------------------------------------------------------- refusals


def _rewrite(source: Path, target: Path, change: Callable[[str, bytes], bytes | None]) -> Path:
    """A copy of a backup ZIP with members changed (None drops a member)."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        for name in original.namelist():
            data = change(name, original.read(name))
            if data is not None:
                copy.writestr(name, data)
    return target


def _newer_schema_backup(db: Database, tmp_path: Path) -> Path:
    newer = tmp_path / "newer.sqlite"
    shutil.copyfile(database_path(db), newer)
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    info = write_backup(
        newer,
        tmp_path / "from-a-newer-version",
        BackupKind.MANUAL,
        now=datetime.now(UTC),
        archive=archive_dir(),
    )
    return info.path


def _foreign_zip(tmp_path: Path) -> Path:
    target = tmp_path / "holiday-photos.zip"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("IMG_0001.jpg", b"\xff\xd8\xff not really")
    return target


def _other_manifest(tmp_path: Path) -> Path:
    target = tmp_path / "other-program-backup.zip"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "someone-else", "version": 3}))
        archive.writestr("data.db", b"SQLite format 3\x00")
    return target


def _flip_bytes(info: BackupInfo, tmp_path: Path) -> Path:
    data = bytearray(info.path.read_bytes())
    middle = len(data) // 3
    data[middle : middle + 64] = bytes(b ^ 0xFF for b in data[middle : middle + 64])
    target = tmp_path / "flipped.zip"
    target.write_bytes(bytes(data))
    return target


def _truncated(info: BackupInfo, tmp_path: Path) -> Path:
    target = tmp_path / "truncated.zip"
    target.write_bytes(info.path.read_bytes()[: info.size // 2])
    return target


def _other_database(info: BackupInfo, tmp_path: Path, db_path: Path) -> Path:
    """The manifest kept, the database member swapped for another valid database: wrong sha."""
    other = db_path.read_bytes()
    return _rewrite(
        info.path,
        tmp_path / "swapped.zip",
        lambda name, data: other if name == "debtordesk.sqlite" else data,
    )


def _traversal(info: BackupInfo, tmp_path: Path) -> Path:
    def change(name: str, data: bytes) -> bytes:
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["members"].append({"name": "archive/../../evil.sh", "size": 1, "sha256": "0"})
        return json.dumps(manifest).encode()

    return _rewrite(info.path, tmp_path / "traversal.zip", change)


def _unlisted_member(info: BackupInfo, tmp_path: Path) -> Path:
    target = _rewrite(info.path, tmp_path / "extra.zip", lambda name, data: data)
    with zipfile.ZipFile(target, "a") as archive:
        archive.writestr("archive/planted.pdf", b"%PDF planted")
    return target


def _missing_member(info: BackupInfo, tmp_path: Path) -> Path:
    return _rewrite(
        info.path,
        tmp_path / "missing.zip",
        lambda name, data: None if name == "archive/index.json" else data,
    )


def _clashing_names(info: BackupInfo, tmp_path: Path) -> Path:
    """A consistent manifest whose archive names clash as file and folder (archive/a, archive/a/b)."""
    planted = {"archive/a": b"file", "archive/a/b": b"file below a file"}

    def change(name: str, data: bytes) -> bytes:
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["members"] += [
            {"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
            for n, d in planted.items()
        ]
        return json.dumps(manifest).encode()

    target = _rewrite(info.path, tmp_path / "clash.zip", change)
    with zipfile.ZipFile(target, "a") as archive:
        for name, data in planted.items():
            archive.writestr(name, data)
    return target


def _broken_manifest(info: BackupInfo, tmp_path: Path) -> Path:
    return _rewrite(
        info.path,
        tmp_path / "broken-manifest.zip",
        lambda name, data: b"{not json" if name == "manifest.json" else data,
    )


CASES = {
    "flipped bytes": {"restore.damaged", "restore.not_a_zip", "restore.checksum_mismatch"},
    "truncated": {"restore.not_a_zip"},
    "wrong sha256": {"restore.checksum_mismatch"},
    "zip of something else": {"restore.no_manifest"},
    "another program's manifest": {"restore.not_a_backup"},
    "a PDF renamed .zip": {"restore.not_a_zip"},
    "path traversal": {"restore.member_unexpected"},
    "member not in manifest": {"restore.member_unexpected"},
    "member missing": {"restore.member_missing"},
    "unreadable manifest": {"restore.bad_manifest"},
    "names clash as file and folder": {"restore.damaged"},
    "newer schema": {"restore.newer_schema"},
    "no such file": {"restore.not_found"},
}


def _bad_backup(case: str, db: Database, info: BackupInfo, tmp_path: Path) -> Path:
    tmp_path.mkdir(exist_ok=True)
    makers: dict[str, Callable[[], Path]] = {
        "flipped bytes": lambda: _flip_bytes(info, tmp_path),
        "truncated": lambda: _truncated(info, tmp_path),
        "wrong sha256": lambda: _other_database(info, tmp_path, database_path(db)),
        "zip of something else": lambda: _foreign_zip(tmp_path),
        "another program's manifest": lambda: _other_manifest(tmp_path),
        "a PDF renamed .zip": lambda: _write(tmp_path / "scan.zip", b"%PDF-1.4\n%binary"),
        "path traversal": lambda: _traversal(info, tmp_path),
        "member not in manifest": lambda: _unlisted_member(info, tmp_path),
        "member missing": lambda: _missing_member(info, tmp_path),
        "unreadable manifest": lambda: _broken_manifest(info, tmp_path),
        "names clash as file and folder": lambda: _clashing_names(info, tmp_path),
        "newer schema": lambda: _newer_schema_backup(db, tmp_path),
        "no such file": lambda: tmp_path / "nowhere.zip",
    }
    return makers[case]()


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_backup_is_refused_and_nothing_changes(
    case: str, filled_db: Database, tmp_path: Path
) -> None:
    info = backup_now(filled_db)
    add_customer(filled_db, "C9", "Noëlle El Amrani", ["5.00"])
    path = database_path(filled_db)
    bad = _bad_backup(case, filled_db, info, tmp_path / "bad")
    filled_db.dispose()
    before = snapshot(path)
    file_before = _sha(path)
    letters_before = sorted(p.relative_to(archive_dir()) for p in archive_dir().rglob("*"))
    backups_before = sorted(backup_dir().iterdir())

    with pytest.raises(UserError) as caught:
        restore_backup(str(path), bad)

    assert caught.value.code in CASES[case]
    text = render(caught.value.message)
    assert "Nothing was changed" in text
    assert snapshot(path) == before and _sha(path) == file_before
    assert sorted(p.relative_to(archive_dir()) for p in archive_dir().rglob("*")) == letters_before
    assert sorted(backup_dir().iterdir()) == backups_before
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".debtordesk-restore-")]
    assert not [p for p in archive_dir().parent.iterdir() if p.name.startswith(".archive")]


def test_inspect_refuses_the_same_way(filled_db: Database, tmp_path: Path) -> None:
    info = backup_now(filled_db)
    with pytest.raises(UserError) as caught:
        inspect_backup(_flip_bytes(info, tmp_path))
    assert caught.value.code in CASES["flipped bytes"]


def test_postgresql_target_is_refused_with_how_to_restore_it(filled_db: Database) -> None:
    info = backup_now(filled_db)
    with pytest.raises(UserError) as caught:
        restore_backup("postgresql://clerk:secret@db.example.com/debtordesk", info.path)
    text = render(caught.value.message)
    assert caught.value.code == "restore.postgresql"
    assert "pg_restore" in text and "secret" not in text


def test_database_still_in_use_is_refused(
    filled_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_restore, "IN_USE_TIMEOUT_SECONDS", 0.2)
    info = backup_now(filled_db)
    path = database_path(filled_db)
    filled_db.dispose()
    other = sqlite3.connect(path)
    try:
        other.execute("SELECT count(*) FROM customer").fetchone()
        before = snapshot(path)
        with pytest.raises(EnvironmentProblem) as caught:
            restore_backup(str(path), info.path)
    finally:
        other.close()
    assert caught.value.code == "restore.in_use"
    assert snapshot(path) == before
    assert not [b for b in list_backups() if b.kind is BackupKind.SAFETY]
