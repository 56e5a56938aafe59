"""A command line that argparse refuses (a missing FILE, a wrong choice) answers with one JSON error
object on stdout when ``--json`` is asked for, in the same shape as every other refusal; without
``--json`` argparse's usage and error line stay on stderr."""

from __future__ import annotations

import json
from typing import Any

import pytest

from debtordesk.cli import json_requested, main


def _refused(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[Any, str]:
    capsys.readouterr()
    with pytest.raises(SystemExit) as done:
        main(list(argv))
    assert done.value.code == 2  # input refused
    captured = capsys.readouterr()
    return captured.out, captured.err


def test_a_usage_refusal_with_json_is_one_error_object(capsys: pytest.CaptureFixture[str]) -> None:
    out, err = _refused(capsys, "--lang", "en", "import", "--json")
    assert err == ""
    payload = json.loads(out)  # one object and nothing else
    assert set(payload) == {"error"}
    error = payload["error"]
    assert set(error) == {"code", "kind", "message", "params"}  # as report_error prints them
    assert (error["code"], error["kind"]) == ("cli.usage", "user")
    assert error["message"] == (
        "debtordesk import: the following arguments are required: FILE. "
        "See: debtordesk import --help"
    )
    assert error["params"]["command"] == "debtordesk import"
    assert error["params"]["usage"].startswith("usage: debtordesk import [-h]")


def test_a_usage_refusal_with_json_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    out, err = _refused(capsys, "--lang", "nl", "outbox", "resolve", "5", "--json")
    assert err == ""
    error = json.loads(out)["error"]
    assert error["code"] == "cli.usage"
    assert error["message"] == (
        "debtordesk outbox resolve: één van deze argumenten is nodig: --sent --not-sent. "
        "Zie: debtordesk outbox resolve --help"
    )
    out, _ = _refused(capsys, "--lang", "nl", "delivery", "--days", "99", "--js")
    assert "verwacht een heel getal van 1 tot en met 30" in json.loads(out)["error"]["message"]


def test_without_json_argparse_speaks_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    out, err = _refused(capsys, "--lang", "nl", "import")
    assert out == ""
    assert err.startswith("gebruik: debtordesk import")
    assert "debtordesk import: fout: deze argumenten ontbreken: FILE" in err


@pytest.mark.parametrize(
    ("argv", "wanted"),
    [
        (["import", "--json"], True),
        (["import", "--js"], True),
        (["--lang", "nl", "queue", "--json", "--date", "x"], True),
        (["import", "--", "--json"], False),  # a file named --json
        (["import", "x.csv"], False),
        (["import", "--j"], True),
        ([], False),
    ],
)
def test_json_is_read_before_parsing(argv: list[str], wanted: bool) -> None:
    assert json_requested(argv) is wanted
