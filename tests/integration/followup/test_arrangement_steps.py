"""A payment arrangement followed through the shipped policy, on SQLite and PostgreSQL: saved with its
confirmation letter (in the next batch PDF: the schedule, its total, the first term in the payment box
and its EPC code); three days before term 1 the run plans an SMS payment request of the term's amount
with a payment link of that amount (Mollie and Tikkie stand-ins) and the outbox sends it; term 1 paid
by an imported snapshot: no reminder; term 2 missed past the grace days: the reminder asked the term,
the arrangement breaks, the broken-promise step (call task and SMS naming the missed term) plans and
the reminder not yet sent is cancelled; the next run goes on with normal dunning (the 14-day letter).
A broken promise to pay gets the broken-promise message naming the promise."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from debtordesk.db.models import Communication, CustomerEvent, Letter
from debtordesk.domain.arrangements import ArrangementStatus
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus, Trigger
from debtordesk.domain.epc import parse_epc_payload
from debtordesk.services.database import Database
from debtordesk.services.dunning_run import RunSummary, run_queue
from debtordesk.services.followup import (
    arrangements_check,
    get_arrangement,
    promises_check,
    record_promise,
    save_arrangement,
)
from debtordesk.services.letters import open_batch_pdf
from debtordesk.services.letters_batch import generate_batch
from debtordesk.services.letters_pending import pending_letters
from debtordesk.services.outbox import send_batch
from debtordesk.services.provider_settings import close_provider, payment_link_provider_for
from tests.integration.followup.helpers import (
    customer_id,
    import_open_items,
    set_contact,
)
from tests.integration.letters.factory import page_texts
from tests.integration.outbox.factory import messagebird, set_sender
from tests.integration.payments.setup import MOLLIE_KEY, configure_mollie, configure_tikkie
from tests.standins.keyrings import MemorySecrets
from tests.standins.mollie import MollieStandIn
from tests.standins.server import StandInServer
from tests.standins.sms_messagebird import MessageBirdStandIn
from tests.standins.tikkie import TikkieStandIn

pytestmark = pytest.mark.usefixtures("runs_on_test_dates")

D = Decimal
MADE = date(2026, 12, 16)
START = date(2027, 1, 11)  # a Monday: terms on 11 January, 11 February and 11 March
_S = CommunicationStatus


def _at(day: date, hour: int = 9) -> Any:
    moment = datetime(day.year, day.month, day.day, hour, tzinfo=UTC)
    return lambda: moment


def _ledger(db: Database, tmp_path: Path, f1: str, f2: str, export: date) -> None:
    rows = [("F9", "K9", "Ander", date(2026, 12, 1), "80.00", "80.00")]
    if f1 != "0":
        rows.append(("F1", "K1", "Jan Jansen", date(2026, 10, 1), "600.00", f1))
    if f2 != "0":
        rows.append(("F2", "K1", "Jan Jansen", date(2026, 10, 15), "400.00", f2))
    import_open_items(db, tmp_path, rows, export_date=export)


def _customer(db: Database, tmp_path: Path) -> int:
    _ledger(db, tmp_path, "600.00", "400.00", date(2026, 12, 15))
    set_contact(
        db,
        "K1",
        mobile="+31612345678",
        email="jan@example.nl",
        address_line1="Dorpsstraat 1",
        postcode="1234 AB",
        city="Ede",
    )
    set_sender(db)
    return customer_id(db, "K1")


@pytest.fixture
def mollie() -> Iterator[tuple[StandInServer, MollieStandIn]]:
    standin = MollieStandIn(api_keys=(MOLLIE_KEY,))
    with StandInServer(standin) as server:
        yield server, standin


@pytest.fixture
def sms() -> Iterator[tuple[StandInServer, MessageBirdStandIn]]:
    standin = MessageBirdStandIn(balance=D(1000))
    with StandInServer(standin) as server:
        yield server, standin


def _run(db: Database, secrets: MemorySecrets, day: date) -> RunSummary:
    provider = payment_link_provider_for(db, 1, secrets=secrets)
    try:
        return run_queue(db, 1, day, link_provider=provider, clock=_at(day, 7))
    finally:
        close_provider(provider)


def _communications(db: Database, customer: int, step_key: str) -> list[Communication]:
    with db.read() as session:
        rows = list(
            session.scalars(
                select(Communication)
                .where(Communication.customer_id == customer, Communication.step_key == step_key)
                .order_by(Communication.id)
            )
        )
        session.expunge_all()
    return rows


def _mollie_amount(standin: MollieStandIn, link_id: str | None) -> D:
    assert link_id is not None
    return D(standin.links[link_id]["amount"]["value"])


# --------------------------------------------------------------------------- the whole arrangement


def test_an_arrangement_through_the_shipped_policy(
    db: Database,
    tmp_path: Path,
    mollie: tuple[StandInServer, MollieStandIn],
    sms: tuple[StandInServer, MessageBirdStandIn],
) -> None:
    link_server, links = mollie
    sms_server, phones = sms
    customer = _customer(db, tmp_path)
    secrets = configure_mollie(db, link_server)

    # saved: the confirmation letter waits for the next batch
    record = save_arrangement(db, customer, today=MADE, start=START, terms=3, clock=_at(MADE))
    assert record.confirmation_id is not None
    assert pending_letters(db, 1, MADE).ready == 1
    batch = generate_batch(db, 1, pending=True, letter_date=MADE, clock=_at(MADE))
    assert batch.letter_count == 1
    text = "\n".join(page_texts(open_batch_pdf(db, batch.id)))
    assert "Bevestiging van uw betalingsregeling" in text
    assert "U betaalt € 1.000,00 in 3" in text  # "termijnen" on the next line
    for number, day, amount in (
        (1, "11 januari 2027", "€ 333,34"),
        (2, "11 februari 2027", "€ 333,33"),
        (3, "11 maart 2027", "€ 333,33"),
    ):
        assert f"{number} {day} {amount}" in text
    assert "Totaal € 1.000,00" in text
    assert "Eerste termijn € 333,34" in text  # the payment box asks the first term only
    assert "NL91 ABNA 0417 1643 00" in text and "F1, F2" in text
    assert "binnen 7 dagen na de datum" in text  # what happens when a term is missed
    with db.read() as session:
        letter = session.scalars(select(Letter)).one()
        qr = parse_epc_payload(letter.qr_payload or "")
    assert qr.amount == D("333.34")  # a QR for the first term, never the whole debt
    with db.read() as session:
        confirmation = session.get_one(Communication, record.confirmation_id)
        assert (confirmation.status, confirmation.arrangement_id) == (_S.GENERATED, record.id)

    # nothing before the request's day; three days before term 1: an SMS of the term's amount
    assert _run(db, secrets, date(2027, 1, 7)).items == ()
    summary = _run(db, secrets, date(2027, 1, 8))
    (item,) = summary.items
    assert (item.step_key, item.channels) == ("instalment_request", (ActionChannel.SMS,))
    (request,) = _communications(db, customer, "instalment_request")
    assert (request.requested_amount, request.trigger, request.trigger_on) == (
        D("333.34"),
        Trigger.INSTALMENT_DUE,
        START,
    )
    assert request.arrangement_id == record.id
    assert _mollie_amount(links, request.payment_link_id) == D("333.34")
    with db.read() as session:  # the timeline says what the request asks, not the whole debt
        planned = session.scalars(
            select(CustomerEvent)
            .where(
                CustomerEvent.customer_id == customer,
                CustomerEvent.code == "event.dunning.planned",
            )
            .order_by(CustomerEvent.id.desc())
        ).first()
        assert planned is not None and planned.params["amount"] == "333.34"
    sent = send_batch(
        db, 1, providers=messagebird(sms_server.base_url), clock=_at(date(2027, 1, 8))
    )
    assert sent.sent == 1, sent
    (message,) = phones.ledger.all()
    assert (
        "termijn 1 van je betalingsregeling met Kinderopvang Zonnetje is € 333,34" in message.text
    )
    assert "uiterlijk 11 januari 2027" in message.text
    assert request.payment_link_url and request.payment_link_url in message.text
    assert "1.000" not in message.text

    # term 1 paid, seen in the snapshot of 12 January: no reminder three days after the term
    _ledger(db, tmp_path, "266.66", "400.00", date(2027, 1, 12))
    arrangements_check(db, 1, date(2027, 1, 12))
    assert _run(db, secrets, date(2027, 1, 14)).items == ()
    assert _communications(db, customer, "instalment_reminder") == []

    # term 2: asked three days before; not paid: the reminder asks the term by the end of the grace
    (second,) = _run(db, secrets, date(2027, 2, 8)).items
    assert second.step_key == "instalment_request"
    (reminder_item,) = _run(db, secrets, date(2027, 2, 15)).items
    assert reminder_item.step_key == "instalment_reminder"
    (reminder,) = _communications(db, customer, "instalment_reminder")
    assert reminder.requested_amount == D("333.33")
    assert reminder.reason["details"]["pay_by"] == "2027-02-18"
    assert _mollie_amount(links, reminder.payment_link_id) == D("333.33")

    # the snapshot of 18 February (the grace's last day) shows term 2 unpaid: broken
    _ledger(db, tmp_path, "266.66", "400.00", date(2027, 2, 18))
    (checked,) = arrangements_check(db, 1, date(2027, 2, 18))
    assert (checked.status, checked.broken_term) == (ArrangementStatus.BROKEN, 2)
    assert get_arrangement(db, record.id).status is ArrangementStatus.BROKEN
    (broken_item,) = _run(db, secrets, date(2027, 2, 18)).items
    assert broken_item.step_key == "broken_promise"
    assert set(broken_item.channels) == {ActionChannel.CALL, ActionChannel.SMS}
    broken_sms = next(
        c for c in _communications(db, customer, "broken_promise") if c.channel is ActionChannel.SMS
    )
    assert broken_sms.requested_amount is None  # everything open is asked again
    assert _mollie_amount(links, broken_sms.payment_link_id) == D("666.66")
    sent = send_batch(
        db, 1, providers=messagebird(sms_server.base_url), clock=_at(date(2027, 2, 18))
    )
    assert sent.sent == 1, sent
    texts = [m.text for m in phones.ledger.all()]
    assert len(texts) == 2
    assert "uw betalingsregeling is gestopt, termijn 2 is niet betaald" in texts[-1]
    assert "€ 666,66" in texts[-1]
    # the reminder the outbox still held belongs to an arrangement that ended: not sent
    (reminder,) = _communications(db, customer, "instalment_reminder")
    assert reminder.status is _S.CANCELLED
    assert reminder.reason["cancelled"]["code"] == "stale.arrangement_ended"

    # no second message the next day: the invoices rest (engine.REST_DAYS) after the broken
    # promise's message; then normal dunning resumes: the 14-day letter for both invoices
    assert _run(db, secrets, date(2027, 2, 19)).items == ()
    (resumed,) = _run(db, secrets, date(2027, 2, 22)).items
    assert resumed.step_key == "fourteen_day_letter"
    assert set(resumed.invoice_numbers) == {"F1", "F2"}


def test_a_term_request_asks_the_term_through_tikkie(db: Database, tmp_path: Path) -> None:
    standin = TikkieStandIn(api_keys=("tikkie-api-key",))
    with StandInServer(standin) as server:
        customer = _customer(db, tmp_path)
        secrets = configure_tikkie(db, server, standin)
        save_arrangement(db, customer, today=MADE, start=START, terms=4, confirmation_letter=False)
        assert pending_letters(db, 1, MADE).ready == 0  # --no-letter
        (item,) = _run(db, secrets, date(2027, 1, 8)).items
        assert item.step_key == "instalment_request"
        (request,) = _communications(db, customer, "instalment_request")
        assert request.requested_amount == D("250.00")
        (made,) = standin.payment_requests.values()
        assert made["amountInCents"] == 25000


def test_a_broken_promise_gets_the_broken_promise_message(
    db: Database, tmp_path: Path, sms: tuple[StandInServer, MessageBirdStandIn]
) -> None:
    sms_server, phones = sms
    customer = _customer(db, tmp_path)
    record_promise(db, customer, promised_on=date(2027, 1, 8), amount=D("400.00"), today=MADE)
    _ledger(db, tmp_path, "600.00", "400.00", date(2027, 1, 15))
    result = promises_check(db, 1, date(2027, 1, 15))
    assert result.broken == 1
    summary = run_queue(
        db, 1, date(2027, 1, 15), link_provider=_null_links(), clock=_at(date(2027, 1, 15), 7)
    )
    (item,) = summary.items
    assert item.step_key == "broken_promise"
    sent = send_batch(
        db, 1, providers=messagebird(sms_server.base_url), clock=_at(date(2027, 1, 15))
    )
    assert sent.sent == 1, sent
    (message,) = phones.ledger.all()
    assert "u beloofde € 400,00 te betalen op 8 januari 2027" in message.text
    assert "Betaal € 1.000,00 of bel ons" in message.text


def _null_links() -> Any:
    from debtordesk.providers.payment_links import NullPaymentLinkProvider

    return NullPaymentLinkProvider()


def test_the_cli_saves_with_the_confirmation_letter_unless_no_letter(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from debtordesk.cli import main

    _customer(db, tmp_path)
    url = str(db.sqlite_path) if db.sqlite_path else db.engine.url.render_as_string(False)
    common = ["--db", url, "arrangement", "--terms", "2", "--start", "2027-01-11"]
    common += ["--date", "2026-12-16", "--save", "--json"]
    assert main([*common[:3], "K1", *common[3:], "--invoice", "F1"]) == 0
    saved = json.loads(capsys.readouterr().out)
    assert isinstance(saved["confirmation_letter"], int)
    assert pending_letters(db, 1, MADE).ready == 1
    assert main([*common[:3], "K1", *common[3:], "--invoice", "F2", "--no-letter"]) == 0
    assert json.loads(capsys.readouterr().out)["confirmation_letter"] is None
    assert pending_letters(db, 1, MADE).ready == 1
    # in words, in Dutch: where the letter is
    assert main(["--lang", "nl", *common[:3], "K9", *common[3:-1]]) == 0
    assert "Bevestigingsbrief" in capsys.readouterr().out


def test_a_customer_who_prefers_email_gets_the_confirmation_by_email_too(
    db: Database, tmp_path: Path
) -> None:
    from debtordesk.domain.enums import Channel
    from debtordesk.messaging.render import render_email
    from debtordesk.services.outbox_content import message_sources

    customer = _customer(db, tmp_path)
    set_contact(db, "K1", preferred_channel=Channel.EMAIL)
    record = save_arrangement(db, customer, today=MADE, start=START, terms=3, clock=_at(MADE))
    letter, mail = _communications(db, customer, "arrangement_confirmation")
    assert (letter.id, letter.channel, mail.channel) == (
        record.confirmation_id,
        ActionChannel.LETTER,
        ActionChannel.EMAIL,
    )
    assert mail.status is _S.PREPARED and mail.requested_amount == D("333.34")
    with db.read() as session:
        (source,) = message_sources(session, 1, [mail.id], today=MADE, now=_at(MADE)()).values()
    assert source.refusal is None and source.recipient == "jan@example.nl"
    rendered = render_email(source.content)
    assert rendered.subject == "Bevestiging van uw betalingsregeling"
    text = rendered.text.replace("\xa0", " ")
    html = rendered.html.replace("\xa0", " ").replace("&nbsp;", " ")
    for line in (
        "1: 11 januari 2027, € 333,34",
        "2: 11 februari 2027, € 333,33",
        "3: 11 maart 2027, € 333,33",
    ):
        assert line in text and line in html
    assert "U betaalt € 1.000,00 in 3 termijnen" in text
    assert "Betaal de eerste termijn van € 333,34 uiterlijk op 11 januari 2027" in text
    # a customer without that preference gets the letter only (see the test above)
    set_contact(db, "K9", email="ander@example.nl")
    other = save_arrangement(
        db, customer_id(db, "K9"), today=MADE, start=START, terms=2, clock=_at(MADE)
    )
    assert [
        c.channel for c in _communications(db, customer_id(db, "K9"), "arrangement_confirmation")
    ] == [ActionChannel.LETTER]
    assert other.confirmation_id is not None


def test_run_judges_promises_first(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`debtordesk run` decides the promises (and arrangements) before it plans: a broken promise's
    step without anyone having opened the call list or run `promises check`."""
    from debtordesk.cli import main

    customer = _customer(db, tmp_path)
    record_promise(db, customer, promised_on=date(2027, 1, 8), amount=D("400.00"), today=MADE)
    _ledger(db, tmp_path, "600.00", "400.00", date(2027, 1, 15))
    url = str(db.sqlite_path) if db.sqlite_path else db.engine.url.render_as_string(False)
    assert main(["--db", url, "run", "--date", "2027-01-15", "--json"]) == 0
    capsys.readouterr()
    planned = _communications(db, customer, "broken_promise")
    # the step's call task and its message (without the check the promise would still hold dunning)
    assert {c.channel.value for c in planned} == {"call", "sms"}
