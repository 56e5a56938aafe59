"""A database named with --db in a folder that does not exist is a typing error: refused (exit 2) with
the folder named, and nothing created. The default database and a new file in an existing folder are
still created."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from debtordesk.cli import main
from debtordesk.domain.errors import UserError
from debtordesk.services.database import check_chosen_location, open_database
from debtordesk.settings.paths import default_database_path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(
    "command",
    [
        ["imports"],
        ["queue"],
        ["backup"],
        ["restore", "backup.zip", "--yes"],
        ["demo", "--no-gui"],
    ],
)
@pytest.mark.parametrize("as_url", [False, True])
def test_a_db_in_a_missing_folder_is_refused_and_nothing_is_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str], as_url: bool
) -> None:
    missing = tmp_path / "typo" / "dir"
    target = missing / "x.sqlite"
    location = f"sqlite:///{target}" if as_url else str(target)
    status, out, err = _run(capsys, "--db", location, *command)
    assert status == 2
    assert f"The folder {missing} does not exist" in err and "Check the path" in err
    assert out == ""
    assert not (tmp_path / "typo").exists()
    assert not default_database_path().exists()  # nor anything else instead


def test_the_refusal_with_json_and_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nergens" / "x.sqlite"
    status, out, err = _run(capsys, "--lang", "nl", "--db", str(target), "imports", "--json")
    assert status == 2 and err == ""
    error = json.loads(out)["error"]
    assert (error["code"], error["kind"]) == ("db.folder_missing", "user")
    assert error["params"]["folder"] == str(target.parent)
    assert error["message"].startswith(f"De map {target.parent} bestaat niet")
    assert "Controleer het pad" in error["message"]
    assert not target.parent.exists()


def test_the_default_database_and_a_new_file_in_an_existing_folder_are_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert not default_database_path().parent.exists()  # a first start: no data folder yet
    status, out, _ = _run(capsys, "imports")
    assert status == 0 and "No imports yet" in out
    assert default_database_path().is_file()
    status, _, _ = _run(capsys, "--db", str(tmp_path / "new.sqlite"), "imports")
    assert status == 0 and (tmp_path / "new.sqlite").is_file()


def test_the_service_refuses_a_chosen_file_in_a_missing_folder(tmp_path: Path) -> None:
    """The GUI's 'open database' (a file or an address typed in) goes through the same check."""
    with pytest.raises(UserError) as refused:
        open_database(str(tmp_path / "missing" / "x.sqlite"))
    assert refused.value.code == "db.folder_missing"
    assert not (tmp_path / "missing").exists()
    check_chosen_location("postgresql://clerk@db.example.com/dd")  # a server: no folder to check


@pytest.mark.parametrize("command", [["imports"], ["backup"], ["restore", "backup.zip", "--yes"]])
def test_a_db_from_the_environment_in_a_missing_folder_is_refused(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    """DEBTORDESK_DB is chosen by someone too: a typing error there is refused like one in --db."""
    missing = tmp_path / "typo" / "dir"
    monkeypatch.setenv("DEBTORDESK_DB", str(missing / "x.sqlite"))
    status, out, err = _run(capsys, *command)
    assert status == 2 and out == ""
    assert f"The folder {missing} does not exist" in err
    assert "the environment variable DEBTORDESK_DB" in err
    assert not (tmp_path / "typo").exists()
    assert not default_database_path().exists()  # nor the default instead
    # --db wins over the variable, and a folder that exists is fine
    status, _, _ = _run(capsys, "--db", str(tmp_path / "new.sqlite"), "imports")
    assert status == 0 and (tmp_path / "new.sqlite").is_file()
    monkeypatch.setenv("DEBTORDESK_DB", str(tmp_path / "env.sqlite"))
    status, _, _ = _run(capsys, "imports")
    assert status == 0 and (tmp_path / "env.sqlite").is_file()


def test_a_db_from_the_workstation_setting_in_a_missing_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The database chosen on this workstation (File › Open database…) whose folder is gone (a
    drive not connected): refused, saying where the setting is, instead of a new empty database."""
    from debtordesk.settings.workstation import WorkstationSettings, save_workstation, settings_file

    missing = tmp_path / "stick" / "debiteuren"
    save_workstation(WorkstationSettings(database_url=str(missing / "team.sqlite")))
    status, out, err = _run(capsys, "imports")
    assert status == 2 and out == ""
    assert f"The folder {missing} does not exist" in err
    assert "chosen on this computer" in err and str(settings_file()) in err
    assert not (tmp_path / "stick").exists() and not default_database_path().exists()
    status, out, err = _run(capsys, "--lang", "nl", "imports", "--json")
    error = json.loads(out)["error"]
    assert error["code"] == "db.folder_missing.workstation"
    assert error["message"].startswith(f"De map {missing} bestaat niet")
    with pytest.raises(UserError) as refused:
        open_database()
    assert refused.value.code == "db.folder_missing.workstation"
    assert not (tmp_path / "stick").exists()
