"""``debtordesk send`` and ``debtordesk outbox``: the JSON summary and exit statuses, the providers and
keys as configured (keyring), the list, retry, cancel, resolve, and the outbox settings."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from debtordesk.cli import main
from debtordesk.db.models import Communication
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.provider_settings import set_provider_settings, use_provider
from tests.integration.outbox.factory import KEY, PAST, add_messages, open_windows, set_sender
from tests.standins.keyrings import MEMORY_BACKEND, MemoryKeyring
from tests.standins.server import StandInServer
from tests.standins.sms_messagebird import MessageBirdStandIn

_S = CommunicationStatus


@pytest.fixture(autouse=True)
def _test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", MEMORY_BACKEND)
    MemoryKeyring.store.clear()


@pytest.fixture
def standin() -> MessageBirdStandIn:
    return MessageBirdStandIn(balance=Decimal(10_000))


@pytest.fixture
def server(standin: MessageBirdStandIn) -> Iterator[StandInServer]:
    with StandInServer(standin) as running:
        yield running


def _url(db: Database) -> str:
    path = db.sqlite_path
    return str(path) if path else db.engine.url.render_as_string(hide_password=False)


def _cli(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    capsys.readouterr()
    status = main(["--db", _url(db), *args])
    captured = capsys.readouterr()
    out: Any = captured.out
    if "--json" in args and captured.out.strip():
        out = json.loads(captured.out)
    return status, out, captured.err


def _configure(db: Database, base_url: str, *, key: bool = True) -> None:
    set_sender(db)
    open_windows(db)
    with db.write() as session:
        user = user_id_for(session)
        use_provider(session, 1, "sms", "messagebird", user_id=user)
        set_provider_settings(
            session, 1, "messagebird", {"base_url": base_url, "sender": "Zonnetje"}, user_id=user
        )
    if key:
        MemoryKeyring.store["DebtorDesk/MAIN/messagebird", "access_key"] = KEY


def test_send_json_summary(
    db: Database,
    server: StandInServer,
    standin: MessageBirdStandIn,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _configure(db, server.base_url)
    ids = add_messages(db, 3, send_on=PAST)
    add_messages(db, 1, start=10, send_on=PAST, customer={"opt_out_sms": True})
    status, out, err = _cli(db, capsys, "send", "--json", "--limit", "10")
    assert status == 0, err
    assert set(out) == {
        "sent",
        "failed",
        "uncertain",
        "retried_later",
        "cancelled_stale",
        "held",
        "queued",
        "settled",
        "cancelled",
        "elapsed_seconds",
        "notes",
    }
    assert (out["sent"], out["failed"], out["uncertain"], out["queued"]) == (3, 1, 0, 4)
    assert len(standin.ledger.all()) == 3 and KEY not in json.dumps(out) + err
    with db.read() as session:
        statuses = session.scalars(
            select(Communication.status).where(Communication.id.in_(ids))
        ).all()
    assert set(statuses) == {_S.SENT}
    status, out, _ = _cli(db, capsys, "send")
    assert status == 0 and "Sent 0" in out


def _statuses(db: Database, ids: list[int]) -> set[CommunicationStatus]:
    with db.read() as session:
        return set(
            session.scalars(select(Communication.status).where(Communication.id.in_(ids))).all()
        )


def test_send_without_a_key_or_provider_says_so_and_exits_3(
    db: Database, server: StandInServer, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _configure(db, server.base_url, key=False)
    ids = add_messages(db, 2, send_on=PAST, link=None)
    status, out, _ = _cli(db, capsys, "send", "--json")
    assert status == 3
    assert out["held"] == 2 and out["sent"] == 0 and out["queued"] == 0
    assert [note["code"] for note in out["notes"]] == ["providers.secret_missing"]
    assert "access_key" in out["notes"][0]["message"]
    assert _statuses(db, ids) == {_S.PREPARED}  # a channel that cannot send takes nothing
    with db.write() as session:
        use_provider(session, 1, "sms", None, user_id=None)
    status, _, err = _cli(db, capsys, "--lang", "nl", "send")
    assert status == 3 and "Er is geen provider gekozen voor sms-berichten" in err
    assert "ze blijven klaargezet staan" in err  # the outbox page's status word: Klaargezet
    assert "debtordesk providers use sms PROVIDER" in err
    status, out, err = _cli(db, capsys, "--lang", "en", "send", "--json")
    assert status == 3 and out["held"] == 2 and out["queued"] == 0
    assert [note["code"] for note in out["notes"]] == ["outbox.no_provider"]
    message = out["notes"][0]["message"]
    assert "No provider is chosen for SMS messages" in message and "stay prepared" in message
    assert "debtordesk providers use sms PROVIDER" in message
    # untouched: still prepared, so the export for a provider's upload portal finds them
    assert _statuses(db, ids) == {_S.PREPARED}
    status, out, err = _cli(
        db, capsys, "paylink-export", "--out", str(tmp_path / "p.csv"), "--json"
    )
    assert status == 0, err
    assert out["rows"] == 2


def test_send_sends_the_channel_with_a_provider_and_leaves_the_other_prepared(
    db: Database, server: StandInServer, capsys: pytest.CaptureFixture[str]
) -> None:
    _configure(db, server.base_url)
    sms = add_messages(db, 2, send_on=PAST)
    mails = add_messages(db, 2, start=10, send_on=PAST, channel=ActionChannel.EMAIL)
    status, out, _ = _cli(db, capsys, "send", "--json")
    assert (out["sent"], out["queued"], out["held"]) == (2, 2, 2)
    assert [note["code"] for note in out["notes"]] == ["outbox.no_provider"]
    assert "chosen for e-mails" in out["notes"][0]["message"]
    assert status == 3  # messages wait because a channel cannot send
    assert _statuses(db, sms) == {_S.SENT}
    assert _statuses(db, mails) == {_S.PREPARED}


def test_outbox_list_retry_cancel_resolve(
    db: Database, server: StandInServer, capsys: pytest.CaptureFixture[str]
) -> None:
    _configure(db, server.base_url)
    failed = add_messages(db, 1, send_on=PAST, customer={"mobile": None})
    waiting = add_messages(db, 1, start=1, send_on=PAST)
    _cli(db, capsys, "send", "--limit", "1")
    status, rows, _ = _cli(db, capsys, "outbox", "--json")
    assert status == 0
    by_id = {row["communication"]: row for row in rows}
    assert by_id[failed[0]]["status"] == "failed"
    assert by_id[failed[0]]["problem"]["code"] == "outbox.no_mobile"
    assert "mobile number" in by_id[failed[0]]["problem"]["message"]
    assert by_id[waiting[0]]["status"] == "queued"
    status, rows, _ = _cli(db, capsys, "outbox", "--status", "failed", "--json")
    assert [row["communication"] for row in rows] == failed
    status, out, _ = _cli(db, capsys, "outbox")
    assert status == 0 and "Failed" in out and "no mobile number" in out
    assert _cli(db, capsys, "outbox", "cancel", str(waiting[0]))[0] == 0
    status, _, err = _cli(db, capsys, "outbox", "retry", str(waiting[0]))
    assert status == 2 and "Cancelled" in err
    assert _cli(db, capsys, "outbox", "retry", str(failed[0]))[0] == 0
    status, _, err = _cli(db, capsys, "outbox", "resolve", str(failed[0]), "--sent")
    assert status == 2 and "Only an uncertain message" in err


def test_outbox_settings(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _cli(db, capsys, "outbox", "settings", "--json")
    assert status == 0 and out["sms.window"] == "mon-sat 09:00-20:00"
    status, out, _ = _cli(
        db,
        capsys,
        "outbox",
        "settings",
        "sms.window=mon-fri 10:00-18:00",
        "sms.daily_cap=none",
        "max_sms_segments=3",
        "--json",
    )
    assert status == 0
    assert (out["sms.window"], out["sms.daily_cap"], out["max_sms_segments"]) == (
        "mon-fri 10:00-18:00",
        None,
        3,
    )
    status, _, err = _cli(db, capsys, "outbox", "settings", "sms.window=weekdays")
    assert status == 2 and "mon-sat 09:00-20:00" in err
    status, _, err = _cli(db, capsys, "outbox", "settings", "sms.speed=9")
    assert status == 2 and "sms.rate" in err
    # the rate: up to 5,000 a second (an account's contract may allow more than MessageBird's 500)
    status, out, _ = _cli(db, capsys, "outbox", "settings", "sms.rate=5000", "--json")
    assert status == 0 and out["sms.rate"] == 5000
    status, _, err = _cli(db, capsys, "outbox", "settings", "sms.rate=5001")
    assert status == 2 and "0.1 - 5000" in err
    status, out, _ = _cli(db, capsys, "outbox", "settings", "sms.window=", "--json")
    assert out["sms.window"] == "mon-sat 09:00-20:00"


def test_outbox_settings_show_the_values_as_the_clerk_types_them(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not Python's True, None and 20.0: yes/no and none (ja/nee and geen in Dutch, which the
    command takes too), and every line typed back as KEY=VALUE changes nothing."""
    _cli(db, capsys, "outbox", "settings", "sms.daily_cap=none", "sms.rate=2.5")
    _, stored, _ = _cli(db, capsys, "outbox", "settings", "--json")
    for language, words in (
        ("nl", ("ja", "geen", "2,5")),
        ("en", ("yes", "none", "2.5")),
    ):
        status, out, _ = _cli(db, capsys, "--lang", language, "outbox", "settings")
        assert status == 0
        shown = dict(line.split(" = ", 1) for line in out.splitlines())
        assert (shown["transliterate_names"], shown["sms.daily_cap"], shown["sms.rate"]) == words
        assert (shown["email.rate"], shown["sms.hourly_cap"], shown["max_attempts"]) == (
            "2",
            "2000",
            "8",
        )
        assert not re.search(r"\b(True|False|None)\b|\.0\b", out)
        typed = [f"{key}={value}" for key, value in shown.items()]
        status, again, _ = _cli(
            db, capsys, "--lang", language, "outbox", "settings", *typed, "--json"
        )
        assert status == 0 and again == stored
    _cli(db, capsys, "outbox", "settings", "transliterate_names=nee")
    status, out, _ = _cli(db, capsys, "--lang", "nl", "outbox", "settings")
    assert "transliterate_names = nee\n" in out
    status, out, _ = _cli(db, capsys, "--lang", "en", "outbox", "settings")
    assert "transliterate_names = no\n" in out


def test_outbox_settings_take_dutch_days_and_name_the_expected_words_in_the_clerks_language(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Dutch clerk types "ma-za 09:00-20:00"; a refused switch or cap names ja/nee and geen in
    Dutch (which the command takes), yes/no and none in English."""
    status, out, _ = _cli(
        db,
        capsys,
        "--lang",
        "nl",
        "outbox",
        "settings",
        "sms.window=ma-vr 10:00-18:00",
        "email.window=Maandag-Zaterdag feestdagen",
        "--json",
    )
    assert status == 0
    assert (out["sms.window"], out["email.window"]) == ("mon-fri 10:00-18:00", "mon-sat holidays")
    status, _, err = _cli(db, capsys, "--lang", "nl", "outbox", "settings", "sms.window=werkdagen")
    assert status == 2 and "'ma-za 09:00-20:00'" in err
    status, _, err = _cli(
        db, capsys, "--lang", "nl", "outbox", "settings", "transliterate_names=misschien"
    )
    assert status == 2 and "verwacht ja, nee." in err
    status, _, err = _cli(db, capsys, "--lang", "nl", "outbox", "settings", "sms.daily_cap=veel")
    assert status == 2 and "verwacht 1 - 1000000, geen." in err
    status, _, err = _cli(
        db, capsys, "--lang", "en", "outbox", "settings", "transliterate_names=maybe"
    )
    assert status == 2 and "expected yes, no." in err
    status, _, err = _cli(db, capsys, "--lang", "en", "outbox", "settings", "sms.daily_cap=lots")
    assert status == 2 and "expected 1 - 1000000, none." in err
    status, out, _ = _cli(
        db, capsys, "--lang", "nl", "outbox", "settings", "transliterate_names=nee", "--json"
    )
    assert status == 0 and out["transliterate_names"] is False


def test_outbox_settings_show_the_windows_with_the_clerks_day_names(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """Stored (and --json) as mon-sat 09:00-20:00; a Dutch clerk reads ma-za 09:00-20:00, alle and
    feestdagen, and typing the shown line back changes nothing."""
    _cli(db, capsys, "outbox", "settings", "email.window=all 08:00-21:00 holidays")
    status, out, _ = _cli(db, capsys, "--lang", "nl", "outbox", "settings")
    assert status == 0
    shown = dict(line.split(" = ", 1) for line in out.splitlines())
    assert (shown["sms.window"], shown["email.window"]) == (
        "ma-za 09:00-20:00",
        "alle 08:00-21:00 feestdagen",
    )
    status, out, _ = _cli(db, capsys, "--lang", "nl", "outbox", "settings", "--json")
    assert (out["sms.window"], out["email.window"]) == (
        "mon-sat 09:00-20:00",
        "all 08:00-21:00 holidays",
    )
    status, out, _ = _cli(db, capsys, "--lang", "en", "outbox", "settings")
    assert "sms.window = mon-sat 09:00-20:00\n" in out
    assert "email.window = all 08:00-21:00 holidays\n" in out
    status, out, _ = _cli(
        db, capsys, "--lang", "nl", "outbox", "settings", f"email.window={shown['email.window']}"
    )
    assert status == 0 and "email.window = alle 08:00-21:00 feestdagen\n" in out


def test_a_rate_above_the_providers_documented_limit_is_kept_with_a_warning(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    # no SMS provider chosen: nothing to compare the rate with
    status, out, err = _cli(db, capsys, "--lang", "en", "outbox", "settings", "sms.rate=800")
    assert status == 0 and err == ""
    with db.write() as session:
        use_provider(session, 1, "sms", "messagebird", user_id=user_id_for(session))
    status, out, err = _cli(
        db, capsys, "--lang", "en", "outbox", "settings", "sms.rate=800", "--json"
    )
    assert status == 0 and out["sms.rate"] == 800  # kept: a contract may allow more
    assert "800 a second is above the 500 a second that MessageBird documents" in err
    # showing the settings warns too, in the clerk's language
    status, _, err = _cli(db, capsys, "--lang", "nl", "outbox", "settings")
    assert status == 0 and "hoger dan de 500 per seconde die MessageBird opgeeft" in err
    # at the documented limit: no warning; a provider that publishes no limit: none either
    status, _, err = _cli(db, capsys, "outbox", "settings", "sms.rate=500")
    assert status == 0 and err == ""
    with db.write() as session:
        use_provider(session, 1, "sms", "cm", user_id=user_id_for(session))
    status, _, err = _cli(db, capsys, "outbox", "settings", "sms.rate=2000")
    assert status == 0 and err == ""


_LINE = re.compile(r"^\s*(\d+)  (.*)$")


def _lines(out: str) -> dict[int, str]:
    """The outbox list's lines by message id (without the problem lines under them)."""
    return {int(m[1]): m[2] for line in out.splitlines() if (m := _LINE.match(line))}


def test_outbox_list_names_status_and_channel_as_the_outbox_page_does(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not the ids queued/sms/email (also in Dutch); --json keeps them."""
    (prepared,) = add_messages(db, 1)
    (queued,) = add_messages(db, 1, start=1, status=_S.QUEUED)
    (failed,) = add_messages(db, 1, start=2, channel=ActionChannel.EMAIL, status=_S.FAILED)
    (uncertain,) = add_messages(db, 1, start=3, status=_S.UNCERTAIN)
    (sent,) = add_messages(db, 1, start=4, channel=ActionChannel.EMAIL, status=_S.SENT)
    status, out, _ = _cli(db, capsys, "--lang", "nl", "outbox")
    assert status == 0
    lines = _lines(out)
    assert lines[prepared].startswith("Klaargezet ") and " Sms " in lines[prepared]
    assert lines[queued].startswith("In de wachtrij ") and " Sms " in lines[queued]
    assert lines[failed].startswith("Mislukt ") and " E-mail " in lines[failed]
    assert lines[uncertain].startswith("Onzeker: controleren ")
    assert lines[sent].startswith("Verstuurd ") and " E-mail " in lines[sent]
    # one column each: the channel, customer and step start at the same place on every line
    assert len({line.index("K0") for line in lines.values()}) == 1
    ids = re.compile(r"\b(prepared|queued|failed|uncertain|sent|sms|email)\b")
    assert not [line for line in lines.values() if ids.search(line)]
    status, out, _ = _cli(db, capsys, "--lang", "en", "outbox")
    lines = _lines(out)
    assert lines[uncertain].startswith("Uncertain: check ") and " SMS " in lines[uncertain]
    assert lines[failed].startswith("Failed ") and " E-mail " in lines[failed]
    status, rows, _ = _cli(db, capsys, "--lang", "nl", "outbox", "--json")
    by_id = {row["communication"]: (row["status"], row["channel"]) for row in rows}
    assert by_id[queued] == ("queued", "sms") and by_id[failed] == ("failed", "email")


def test_outbox_actions_name_the_status_in_the_clerks_language(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    (uncertain,) = add_messages(db, 1, status=_S.UNCERTAIN)
    (cancelled,) = add_messages(db, 1, start=1, status=_S.CANCELLED)
    (letter,) = add_messages(db, 1, start=2, channel=ActionChannel.LETTER)
    status, out, _ = _cli(db, capsys, "--lang", "nl", "outbox", "resolve", str(uncertain), "--sent")
    assert status == 0 and out == f"Bericht {uncertain} heeft nu de status “Verstuurd”.\n"
    status, _, err = _cli(db, capsys, "--lang", "nl", "outbox", "retry", str(cancelled))
    assert status == 2 and "dit bericht heeft de status “Geannuleerd”" in err
    status, _, err = _cli(db, capsys, "--lang", "nl", "outbox", "cancel", str(uncertain))
    assert status == 2 and "het heeft de status “Verstuurd”" in err
    status, _, err = _cli(db, capsys, "--lang", "nl", "outbox", "resolve", str(cancelled), "--sent")
    assert status == 2 and "dit bericht heeft de status “Geannuleerd”" in err
    status, _, err = _cli(db, capsys, "--lang", "nl", "outbox", "retry", str(letter))
    assert status == 2 and f"Communicatie {letter} is een brief, geen sms of e-mail." in err
    status, _, err = _cli(db, capsys, "--lang", "en", "outbox", "retry", str(cancelled))
    assert status == 2 and "this one has the status “Cancelled”" in err
    status, _, err = _cli(db, capsys, "--lang", "en", "outbox", "retry", str(uncertain))
    assert status == 2 and "this one has the status “Sent”" in err


def test_send_names_the_channel_in_the_clerks_language_and_the_id_to_type(
    db: Database, server: StandInServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """No provider for e-mail: 'e-mails' in words, 'email' only in the command to type; the SMS
    hourly cap: 'per uur' and 'sms-berichten', not 'per hourly' and 'sms'."""
    _configure(db, server.base_url)
    add_messages(db, 3, send_on=PAST)
    add_messages(db, 1, start=10, send_on=PAST, channel=ActionChannel.EMAIL)
    _cli(db, capsys, "outbox", "settings", "sms.hourly_cap=2")
    status, _, err = _cli(db, capsys, "--lang", "nl", "send")
    assert status == 3
    assert "Er is geen provider gekozen voor e-mails, dus die zijn niet verstuurd" in err
    assert "debtordesk providers use email PROVIDER" in err
    assert "De limiet per uur voor sms-berichten is bereikt" in err
    assert "(outbox-instellingen sms.hourly_cap en sms.daily_cap)" in err
    assert not re.search(r"\b(hourly|email)\b", err.replace("providers use email", ""))
    status, out, err = _cli(db, capsys, "--lang", "en", "send", "--json")
    notes = {note["code"]: note["message"] for note in out["notes"]}
    assert notes["outbox.no_provider"].startswith("No provider is chosen for e-mails, so they")
    assert notes["outbox.cap_reached"].startswith("The hourly limit of SMS messages is reached")


def test_outbox_list_with_a_status_filter_that_matches_nothing_does_not_say_the_outbox_is_empty(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _cli(db, capsys, "--lang", "nl", "outbox")
    assert status == 0 and out.strip() == "De outbox is leeg."
    add_messages(db, 2)
    status, out, _ = _cli(db, capsys, "--lang", "nl", "outbox", "--status", "uncertain")
    assert status == 0
    assert (
        out.strip() == "Er staan geen berichten met de status “Onzeker: controleren” in de outbox."
    )
    status, out, _ = _cli(
        db, capsys, "--lang", "en", "outbox", "--status", "uncertain", "--status", "failed"
    )
    assert out.strip() == (
        "There are no messages with the status “Uncertain: check” or “Failed” in the outbox."
    )
