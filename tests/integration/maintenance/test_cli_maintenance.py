"""The command line: backup, restore and demo, with their exit statuses and --json output."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from debtordesk.cli import main
from debtordesk.db.engine import Database
from debtordesk.settings.paths import backup_dir, demo_database_path

from .conftest import add_customer, database_path, snapshot


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return status, out, err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_backup_json_gives_path_size_and_sha256(
    filled_db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, _ = _run(
        capsys,
        "--db",
        str(database_path(filled_db)),
        "backup",
        "--to",
        str(tmp_path / "b"),
        "--json",
    )

    assert status == 0
    result = json.loads(out)
    path = Path(result["path"])
    assert path.parent == tmp_path / "b" and path.exists()
    assert result["size"] == path.stat().st_size
    assert result["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert result["archive_files"] == 2


def test_backup_text_and_default_folder(
    filled_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(capsys, "--db", str(database_path(filled_db)), "backup")
    assert status == 0
    assert out.startswith("Backup saved: ") and str(backup_dir()) in out


def test_backup_of_postgresql_is_refused_with_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(
        capsys, "--db", "postgresql://clerk@db.example.com/debtordesk", "backup", "--json"
    )
    assert status == 2
    error = json.loads(out)["error"]
    assert error["code"] == "backup.postgresql" and "pg_dump" in error["message"]


def test_backup_disk_full_exits_3_and_leaves_nothing(
    filled_db: Database,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full(self: zipfile._ZipWriteFile, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile._ZipWriteFile, "write", full)
    target = tmp_path / "full"
    status, _, err = _run(
        capsys, "--db", str(database_path(filled_db)), "backup", "--to", str(target)
    )
    assert status == 3
    assert "The disk is full" in err
    assert list(target.iterdir()) == []


def test_restore_without_a_terminal_needs_yes(
    filled_db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = database_path(filled_db)
    _, out, _ = _run(capsys, "--db", str(path), "backup", "--json")
    backup = json.loads(out)["path"]
    add_customer(filled_db, "C7", "Later", ["1.00"])
    filled_db.dispose()
    changed = snapshot(path)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))

    status, _, err = _run(capsys, "--db", str(path), "restore", backup)
    assert status == 2
    assert "--yes" in err
    assert snapshot(path) == changed

    status, out, _ = _run(capsys, "--db", str(path), "restore", backup, "--yes", "--json")
    assert status == 0
    result = json.loads(out)
    assert result["database"] == str(path) and Path(result["safety_backup"]).exists()
    assert snapshot(path) != changed


@pytest.mark.parametrize(("answer", "expected"), [("ja\n", 0), ("yes\n", 0), ("n\n", 2), ("", 2)])
def test_restore_asks_on_a_terminal(
    answer: str,
    expected: int,
    filled_db: Database,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path = database_path(filled_db)
    _run(capsys, "--db", str(path), "backup", "--to", str(tmp_path / "b"))
    backup = str(next((tmp_path / "b").glob("*.zip")))
    add_customer(filled_db, "C7", "Later", ["1.00"])
    filled_db.dispose()
    changed = snapshot(path)
    monkeypatch.setattr(sys, "stdin", _Terminal(answer))

    status, out, err = _run(capsys, "--db", str(path), "restore", backup)

    assert status == expected
    assert "Type yes to continue" in err
    if expected == 0:
        assert out.startswith("Restored the backup of ")
        assert snapshot(path) != changed
    else:
        assert "nothing was changed" in err
        assert snapshot(path) == changed


def test_restore_names_the_backups_time_as_a_dutch_clerk_writes_it(
    filled_db: Database,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """It said 'De back-up van 2026-11-23 12:54 …' in Dutch: dd-mm-yyyy, as everywhere else."""
    path = database_path(filled_db)
    _run(capsys, "--db", str(path), "backup", "--to", str(tmp_path / "b"))
    backup = str(next((tmp_path / "b").glob("*.zip")))
    filled_db.dispose()
    monkeypatch.setattr(sys, "stdin", _Terminal("ja\n"))
    status, out, err = _run(capsys, "--lang", "nl", "--db", str(path), "restore", backup)
    assert status == 0
    assert re.search(r"gemaakt op \d\d-\d\d-\d{4} \d\d:\d\d door DebtorDesk", err), err
    assert re.match(r"De back-up van \d\d-\d\d-\d{4} \d\d:\d\d is teruggezet", out), out


def test_restore_of_a_damaged_file_exits_2_before_asking(
    filled_db: Database,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04 definitely not a backup")
    monkeypatch.setattr(sys, "stdin", _Terminal("yes\n"))
    status, out, err = _run(
        capsys, "--db", str(database_path(filled_db)), "restore", str(junk), "--json"
    )
    assert status == 2
    assert json.loads(out)["error"]["code"] == "restore.not_a_zip"
    assert "Type yes" not in err


def test_restore_onto_postgresql_is_refused(
    filled_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "--db", str(database_path(filled_db)), "backup")
    backup = str(next(backup_dir().glob("*.zip")))
    status, _, err = _run(
        capsys, "--db", "postgresql://clerk@db.example.com/dd", "restore", backup, "--yes"
    )
    assert status == 2 and "pg_restore" in err


def test_demo_creates_then_reopens_the_default_demo(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "demo", "--no-gui", "--json")
    assert status == 0
    first = json.loads(out)
    assert first["created"] is True and first["path"] == str(demo_database_path())
    assert first["customers"] == 2000 and 5000 < first["invoices"] < 7500
    assert len(first["sample_files"]) == 2
    # the default demo keeps its sample files in the data folder, as before
    assert {Path(p).parent for p in first["sample_files"]} == {demo_database_path().parent / "demo"}
    assert err == ""

    status, out, _ = _run(capsys, "demo", "--no-gui")
    assert status == 0
    assert "already exists; it is opened as it is" in out
    # the other commands use the default database, not the demo: say how to reach the demo
    assert f"debtordesk --db {demo_database_path()} queue" in out


def test_demo_in_a_chosen_file_writes_the_sample_files_beside_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--db FILE: the sample import files go beside FILE (and the output says where), not into the
    data folder, where the default demo keeps them."""
    folder = tmp_path / "trial"
    folder.mkdir()
    target = folder / "mine.sqlite"
    status, out, _ = _run(capsys, "--db", str(target), "demo", "--no-gui", "--json")
    assert status == 0
    samples = [Path(p) for p in json.loads(out)["sample_files"]]
    assert len(samples) == 2 and all(p.parent == folder and p.exists() for p in samples)
    assert not (demo_database_path().parent / "demo").exists()

    other = tmp_path / "other.sqlite"
    status, out, _ = _run(capsys, "--db", str(other), "demo", "--no-gui")
    assert status == 0
    assert f"Sample files to try the import with: {tmp_path}" in out
    assert (tmp_path / "openstaande-posten-nieuwe-export.csv").exists()
    assert not (demo_database_path().parent / "demo").exists()


def test_demo_refuses_a_database_with_data(
    filled_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    path = database_path(filled_db)
    filled_db.dispose()
    before = snapshot(path)
    status, _, err = _run(capsys, "--db", str(path), "demo", "--no-gui")
    assert status == 2
    assert "already holds customers or invoices" in err
    assert snapshot(path) == before


def test_demo_refuses_a_server_database(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _run(
        capsys, "--db", "postgresql://clerk@db.example.com/dd", "demo", "--no-gui"
    )
    assert status == 2 and "server address" in err


def test_commands_run_as_a_program(tmp_path: Path) -> None:
    """The real entry point, without a terminal: exit statuses reach the shell."""
    db = tmp_path / "demo.sqlite"
    created = subprocess.run(
        [sys.executable, "-m", "debtordesk", "--lang", "nl", "--db", str(db), "demo", "--no-gui"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert created.returncode == 0, created.stderr
    assert "Demodatabase gemaakt" in created.stdout
    backup = subprocess.run(
        [sys.executable, "-m", "debtordesk", "--db", str(db), "backup", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert backup.returncode == 0, backup.stderr
    restore = subprocess.run(
        [
            sys.executable,
            "-m",
            "debtordesk",
            "--db",
            str(db),
            "restore",
            json.loads(backup.stdout)["path"],
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert restore.returncode == 2 and "--yes" in restore.stderr
