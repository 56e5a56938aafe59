"""The command line's last line of defence: bugs are logged and named, a closed pipe is not an error."""

from __future__ import annotations

import argparse
import json

import pytest

from debtordesk import cli
from debtordesk.logfile import log_file_path


def _explode(_args: argparse.Namespace) -> int:
    raise RuntimeError("a bug in a command")


def _register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("explode")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=_explode)


@pytest.fixture
def exploding_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    original = cli.build_parser

    def build() -> argparse.ArgumentParser:
        parser = original()
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                _register(action)
        return parser

    monkeypatch.setattr(cli, "build_parser", build)


def test_a_bug_exits_1_and_points_at_the_log_with_the_traceback(exploding_cli, capsys) -> None:
    assert cli.main(["explode"]) == 1
    err = capsys.readouterr().err
    assert "RuntimeError" in err
    assert str(log_file_path()) in err
    logged = log_file_path().read_text(encoding="utf-8")
    assert "a bug in a command" in logged
    assert "Traceback" in logged


def test_a_bug_with_json_prints_one_error_object(exploding_cli, capsys) -> None:
    assert cli.main(["explode", "--json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert payload["error"]["code"] == "bug"


def test_a_reader_that_goes_away_is_not_a_bug(monkeypatch, capsys) -> None:
    """`debtordesk imports | head -1`: the pipe closes under us; that ends quietly with status 0."""

    def write_to_closed_pipe(_args: argparse.Namespace) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    original = cli.build_parser

    def build() -> argparse.ArgumentParser:
        parser = original()
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                action.add_parser("pipe").set_defaults(handler=write_to_closed_pipe)
        return parser

    monkeypatch.setattr(cli, "build_parser", build)
    assert cli.main(["pipe"]) == 0
    assert "Traceback" not in capsys.readouterr().err
