"""``debtordesk secrets`` and ``providers``: keys from standard input only, settings, the channel
choice, the connection test with exit statuses, ``run`` through a configured stand-in, and a full
session whose outputs, log, exceptions and database file are searched for the keys."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import fail

from debtordesk.cli import main
from debtordesk.logfile import log_file_path, start_logging
from debtordesk.services import secrets as secrets_module
from debtordesk.services.database import Database
from tests.integration.views.factory import add_customer, add_invoice
from tests.standins.keyrings import MEMORY_BACKEND, MemoryKeyring
from tests.standins.mollie import MollieStandIn
from tests.standins.server import StandInServer, closed_port
from tests.standins.tikkie import TikkieStandIn

pytestmark = pytest.mark.usefixtures("runs_on_test_dates")

MOLLIE_KEY = "test_cliSecretKey0123456789abcdef"
TIKKIE_KEY = "tikkie-cli-api-key-0123456789"


@pytest.fixture(autouse=True)
def _test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", MEMORY_BACKEND)
    MemoryKeyring.store.clear()


@pytest.fixture
def mollie() -> Iterator[tuple[StandInServer, MollieStandIn]]:
    standin = MollieStandIn(api_keys=(MOLLIE_KEY,))
    with StandInServer(standin) as server:
        yield server, standin


def _url(db: Database) -> str:
    path = db.sqlite_path
    return str(path) if path else db.engine.url.render_as_string(hide_password=False)


def _cli(
    db: Database,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
    stdin: str = "",
) -> tuple[int, Any, str]:
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    status = main(["--db", _url(db), *args])
    captured = capsys.readouterr()
    out: Any = captured.out
    if "--json" in args and captured.out.strip():
        out = json.loads(captured.out)
    return status, out, captured.err


def test_secrets_set_reads_standard_input(
    db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    status, out, err = _cli(
        db, capsys, monkeypatch, "secrets", "set", "mollie", "api_key", stdin=MOLLIE_KEY + "\n"
    )
    assert status == 0, err
    assert MemoryKeyring.store == {("DebtorDesk/MAIN/mollie", "api_key"): MOLLIE_KEY}
    assert "testing only" in out and MOLLIE_KEY not in out + err
    status, out, _ = _cli(
        db, capsys, monkeypatch, "secrets", "set", "tikkie", "app_token", "--json", stdin="abc"
    )
    assert status == 0
    assert out == {
        "provider": "tikkie",
        "field": "app_token",
        "administration": "MAIN",
        "stored": True,
        "backend": MEMORY_BACKEND,
        "testing_only": True,
    }


def test_a_key_is_never_taken_from_an_argument(
    db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(SystemExit) as info:
        _cli(db, capsys, monkeypatch, "secrets", "set", "mollie", "api_key", MOLLIE_KEY)
    assert info.value.code == 2
    assert MemoryKeyring.store == {}


@pytest.mark.parametrize(
    ("args", "stdin", "status", "words"),
    [
        (("secrets", "set", "mollie", "password"), "x", 2, "api_key"),
        (("secrets", "set", "paypal", "api_key"), "x", 2, "tikkie, mollie"),
        (("secrets", "set", "mollie", "api_key"), "\n", 2, "empty"),
        (("secrets", "set", "mollie", "api_key"), "a\nb\n", 2, "more than one line"),
    ],
)
def test_bad_secret_commands_are_refused(
    db: Database,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...],
    stdin: str,
    status: int,
    words: str,
) -> None:
    got, _, err = _cli(db, capsys, monkeypatch, *args, stdin=stdin)
    assert got == status and words in err
    assert MemoryKeyring.store == {}


def test_no_secure_keyring_refuses_with_the_fix(
    db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    monkeypatch.setattr(secrets_module, "automatic_backend", fail.Keyring)
    status, _, err = _cli(
        db, capsys, monkeypatch, "secrets", "set", "mollie", "api_key", stdin=MOLLIE_KEY
    )
    assert status == 3
    assert "GNOME Keyring" in err and MOLLIE_KEY not in err
    status, out, _ = _cli(db, capsys, monkeypatch, "secrets", "--json")
    assert status == 3 and out["usable"] is False and out["backend"].endswith("fail.Keyring")


def test_secrets_delete(
    db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _cli(db, capsys, monkeypatch, "secrets", "set", "cm", "product_token", stdin="tok")
    status, out, _ = _cli(db, capsys, monkeypatch, "secrets", "delete", "cm", "product_token")
    assert status == 0 and "removed" in out
    status, out, _ = _cli(db, capsys, monkeypatch, "secrets", "delete", "cm", "product_token")
    assert status == 0 and "No product_token" in out


def test_providers_set_use_and_list(
    db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    status, out, err = _cli(
        db,
        capsys,
        monkeypatch,
        "providers",
        "set",
        "smtp",
        "host=smtp.example.nl",
        "port=587",
        "security=starttls",
        "--json",
    )
    assert status == 0, err
    assert out["settings"]["host"] == "smtp.example.nl" and out["settings"]["port"] == 587
    status, _, err = _cli(db, capsys, monkeypatch, "providers", "set", "smtp", "port")
    assert status == 2 and "KEY=VALUE" in err
    status, _, err = _cli(db, capsys, monkeypatch, "providers", "set", "smtp", "password=x")
    assert status == 2 and "secrets set smtp password" in err
    assert _cli(db, capsys, monkeypatch, "providers", "use", "email", "smtp")[0] == 0
    status, _, err = _cli(db, capsys, monkeypatch, "providers", "use", "sms", "mollie")
    assert status == 2 and "paylink" in err
    _cli(db, capsys, monkeypatch, "secrets", "set", "smtp", "password", stdin="pw-secret-1")
    status, out, _ = _cli(db, capsys, monkeypatch, "providers", "list", "--json")
    assert status == 0
    assert out["channels"] == {"paylink": None, "sms": None, "email": "smtp"}
    smtp = next(p for p in out["providers"] if p["id"] == "smtp")
    assert smtp["in_use"] and smtp["secrets"] == {"password": True}
    assert out["keyring"]["testing_only"] is True
    assert "pw-secret-1" not in json.dumps(out)
    status, text, _ = _cli(db, capsys, monkeypatch, "providers")
    assert status == 0 and "smtp (SMTP, email) - in use" in text and "password: set" in text
    assert "pw-secret-1" not in text


def test_providers_test_exit_statuses(
    db: Database,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    mollie: tuple[StandInServer, MollieStandIn],
) -> None:
    server, _ = mollie
    status, out, _ = _cli(db, capsys, monkeypatch, "providers", "test", "mollie", "--json")
    assert status == 2 and out["problem"] == "missing_secret"
    _cli(db, capsys, monkeypatch, "secrets", "set", "mollie", "api_key", stdin=MOLLIE_KEY)
    _cli(
        db,
        capsys,
        monkeypatch,
        "providers",
        "set",
        "mollie",
        f"base_url={server.base_url}/v2",
        "mode=test",
    )
    status, out, _ = _cli(db, capsys, monkeypatch, "providers", "test", "mollie")
    assert status == 0 and "Connected to Mollie with a test key" in out
    _cli(db, capsys, monkeypatch, "secrets", "set", "mollie", "api_key", stdin="test_wrong12345")
    status, _, err = _cli(db, capsys, monkeypatch, "providers", "test", "mollie")
    assert status == 2 and "refused the key" in err
    _cli(
        db,
        capsys,
        monkeypatch,
        "providers",
        "set",
        "mollie",
        f"base_url=http://127.0.0.1:{closed_port()}/v2",
    )
    status, out, _ = _cli(db, capsys, monkeypatch, "providers", "test", "mollie", "--json")
    assert status == 3 and out["problem"] == "no_network"


def _customer(db: Database) -> None:
    with db.write() as session:
        jan = add_customer(
            session,
            "K-1",
            "Jan Jansen",
            email="jan@example.nl",
            mobile="+31612345678",
            address_line1="Dorpsstraat 1",
            postcode="1234 AB",
        )
        add_invoice(session, jan, "F1", date(2026, 12, 8), "100.00")


def test_run_uses_the_configured_provider(
    db: Database,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    mollie: tuple[StandInServer, MollieStandIn],
) -> None:
    server, standin = mollie
    _customer(db)
    _cli(db, capsys, monkeypatch, "secrets", "set", "mollie", "api_key", stdin=MOLLIE_KEY)
    _cli(
        db,
        capsys,
        monkeypatch,
        "providers",
        "set",
        "mollie",
        f"base_url={server.base_url}/v2",
        "mode=test",
    )
    _cli(db, capsys, monkeypatch, "providers", "use", "paylink", "mollie")
    status, out, err = _cli(db, capsys, monkeypatch, "run", "--date", "2026-12-16", "--json")
    assert status == 0, err
    assert out["links_created"] == 1 and out["links_missing"] == []
    assert len(standin.links) == 1


def test_run_without_a_key_says_why_there_are_no_links(
    db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _customer(db)
    _cli(db, capsys, monkeypatch, "providers", "use", "paylink", "tikkie")
    status, out, _ = _cli(db, capsys, monkeypatch, "run", "--date", "2026-12-16", "--json")
    assert status == 0 and out["links_created"] == 0
    (missing,) = out["links_missing"]
    assert "debtordesk secrets set tikkie api_key" in missing["reason"]


def test_no_key_anywhere_after_a_full_session(
    sqlite_db: Database,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    mollie: tuple[StandInServer, MollieStandIn],
) -> None:
    """Keys set, tested (right and wrong), links made and refused, a Tikkie error quoting the key:
    neither the keys nor the app token appear in any output, log line, exception or the database."""
    db = sqlite_db
    server, _ = mollie
    start_logging("secrets test")
    caplog.set_level(logging.DEBUG)
    tikkie = TikkieStandIn(api_keys=(TIKKIE_KEY,))
    token = tikkie.add_app_token(TIKKIE_KEY)
    outputs: list[str] = []

    def cli(*args: str, stdin: str = "") -> int:
        status, out, err = _cli(db, capsys, monkeypatch, *args, stdin=stdin)
        outputs.append(json.dumps(out) if not isinstance(out, str) else out)
        outputs.append(err)
        return status

    _customer(db)
    with StandInServer(tikkie) as tikkie_server:
        assert cli("secrets", "set", "mollie", "api_key", stdin=MOLLIE_KEY) == 0
        assert cli("secrets", "set", "tikkie", "api_key", stdin=TIKKIE_KEY) == 0
        assert cli("secrets", "set", "tikkie", "app_token", stdin=token) == 0
        cli("providers", "set", "mollie", f"base_url={server.base_url}/v2", "mode=test")
        cli("providers", "set", "tikkie", f"base_url={tikkie_server.base_url}/v2/tikkie")
        assert cli("providers", "test", "mollie", "--json") == 0
        assert cli("providers", "test", "tikkie") == 0
        # the gateway's error text quotes the token: it must be cut out everywhere
        from tests.standins.server import respond

        tikkie_server.inject(
            respond(401, {"errors": [{"code": "APP_TOKEN_DISABLED", "message": f"{token} off"}]}),
            times=3,
        )
        assert cli("providers", "test", "tikkie", "--json") == 2
        cli("providers", "use", "paylink", "tikkie")
        assert cli("run", "--date", "2026-12-16", "--json") == 0
        cli("providers", "use", "paylink", "mollie")
        assert cli("providers", "list", "--json") == 0
        assert cli("providers") == 0
        assert cli("secrets") == 0
    texts = [*outputs, caplog.text]
    for record in caplog.records:
        texts.append(record.getMessage())
        if record.exc_info and record.exc_info[1] is not None:
            texts.append(repr(record.exc_info[1]))
    log = log_file_path()
    if log.exists():
        texts.append(log.read_text(encoding="utf-8"))
    db.dispose()
    path = db.sqlite_path
    assert path is not None
    stored = b"".join(p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name))
    for secret in (MOLLIE_KEY, TIKKIE_KEY, token):
        assert all(secret not in text for text in texts), secret
        assert secret.encode() not in stored, secret
    assert any("APP_TOKEN_DISABLED" in text for text in outputs)  # the error itself did show


@pytest.mark.parametrize(
    ("provider", "sender"),
    [
        ("spryng", "Kinderopvang"),  # 12 letters: one too many for an alphanumeric sender
        ("messagebird", "De-Zon"),  # a hyphen is not allowed
        ("cm", "+3161234567a"),  # neither a number nor a name
        ("twilio", "!!"),
    ],
)
def test_providers_set_refuses_an_sms_sender_the_provider_would_refuse(
    db: Database,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    provider: str,
    sender: str,
) -> None:
    # before, the sender was stored (and 'providers test' said all was well); every SMS then failed
    status, out, _ = _cli(
        db, capsys, monkeypatch, "providers", "set", provider, f"sender={sender}", "--json"
    )
    assert status == 2
    assert out["error"]["code"] == "providers.bad_sender"
    status, _, err = _cli(
        db, capsys, monkeypatch, "--lang", "nl", "providers", "set", provider, f"sender={sender}"
    )
    assert status == 2 and f"“{sender}”" in err and "11" in err
    status, out, _ = _cli(db, capsys, monkeypatch, "providers", "list", "--json")
    settings = next(p for p in out["providers"] if p["id"] == provider)["settings"]
    assert settings["sender"] is None


@pytest.mark.parametrize(
    ("provider", "sender"),
    [
        ("spryng", "MijnBedrijf"),
        ("messagebird", "+31612345678"),
        ("cm", "De Zon 2"),
        ("bird", "Any-Name-Here"),
    ],
)
def test_providers_set_stores_a_usable_sms_sender(
    db: Database,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    provider: str,
    sender: str,
) -> None:
    status, out, err = _cli(
        db, capsys, monkeypatch, "providers", "set", provider, f"sender={sender}", "--json"
    )
    assert status == 0, err
    assert out["settings"]["sender"] == sender


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_sender_refusal_gives_an_example_that_is_usable(language: str) -> None:
    import re

    from debtordesk.domain.messages import Message
    from debtordesk.i18n.catalogue import render
    from debtordesk.providers.sms import check_sender

    for code in ("sms.rejected.sender_invalid", "providers.bad_sender"):
        text = render(Message(code, {"provider": "Spryng", "sender": "X", "digits": 14}), language)
        example = re.search(r"(?:e\.g\.|bijv\.) '([^']+)'", text)
        assert example is not None, text
        assert check_sender(example.group(1), provider="Spryng", max_digits=14) == example.group(1)
