"""SMS and e-mail communications ready for the outbox, written straight into a test database, and the
providers pointed at the stand-ins."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from debtordesk.db.models import Administration
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.providers.http import Timeouts
from debtordesk.providers.messagebird import MessageBirdSms
from debtordesk.providers.smtp import SmtpMailer, SmtpSecurity, SmtpSettings
from debtordesk.services.database import Database
from debtordesk.services.outbox_providers import OutboxProviders
from debtordesk.services.outbox_settings import set_outbox_settings
from tests.integration.dunning.factory import add_communication
from tests.integration.views.factory import add_customer, add_invoice
from tests.standins.smtp_server import Pki, RunningSmtp, SmtpHandler

#: 10:00 in Amsterdam on a Wednesday: inside every default sending window
NOW = datetime(2026, 12, 16, 9, 0, tzinfo=UTC)
TODAY = date(2026, 12, 16)
KEY = "live_abc123"
SENDER = "Zonnetje"
LINK = "https://paymentlink.mollie.com/payment/Ab12Cd34Ef56Gh/"


def clock() -> datetime:
    return NOW


def real(minutes: float = 0.0) -> Callable[[], datetime]:
    """The wall clock (moved by ``minutes``): for tests whose stand-in stamps messages with the real
    time, which a lookup compares with the attempt's start. Use with :func:`open_windows` and a past
    ``send_on``."""
    return lambda: datetime.now(UTC) + timedelta(minutes=minutes)


#: a first sending day long past, for tests on the wall clock
PAST = date(2020, 1, 6)


def set_sender(db: Database) -> None:
    with db.write() as session:
        row = session.get_one(Administration, 1)
        row.name = "Kinderopvang Zonnetje"
        row.iban = "NL91ABNA0417164300"
        row.account_holder = "Stichting Kinderopvang Zonnetje"
        row.phone = "033 123 45 67"
        row.email = "debiteuren@zonnetje.example"


def settings(db: Database, **values: str) -> None:
    with db.write() as session:
        set_outbox_settings(session, 1, values, user_id=None)


def open_windows(db: Database) -> None:
    """Any day, any hour: for tests that run on the wall clock (subprocesses)."""
    settings(db, **{"sms.window": "all holidays", "email.window": "all holidays"})


def add_messages(
    db: Database,
    count: int,
    *,
    channel: ActionChannel = ActionChannel.SMS,
    status: CommunicationStatus = CommunicationStatus.PREPARED,
    link: str | None = LINK,
    names: Sequence[str] = ("Jan de Vries",),
    start: int = 0,
    step_key: str = "reminder_1",
    customer: dict[str, Any] | None = None,
    **values: Any,
) -> list[int]:
    """``count`` customers, each with one overdue invoice and one prepared message to it."""
    ids = []
    values = dict(values)
    send_on = values.pop("send_on", TODAY)
    with db.write() as session:
        for index in range(start, start + count):
            number = f"K{index:05d}"
            extra = dict(customer or {})
            extra.setdefault("mobile", f"+316{10000000 + index}")
            extra.setdefault("email", f"klant{index}@example.nl")
            customer_id = add_customer(session, number, names[index % len(names)], **extra)
            invoice = add_invoice(
                session, customer_id, f"F{index:05d}", date(2026, 11, 1), "123.45"
            )
            ids.append(
                add_communication(
                    session,
                    customer_id,
                    [invoice],
                    step_key=step_key,
                    channel=channel,
                    status=status,
                    planned_for=TODAY,
                    send_on=send_on,
                    template=step_key,
                    language="nl",
                    open_amount=Decimal("123.45"),
                    payment_reference=f"RF18539007547{index:03d}"[:25],
                    payment_link_url=link,
                    plan_key=f"plan-{index}-{channel.value}-{step_key}",
                    **values,
                )
            )
    return ids


def messagebird(base_url: str, *, read: float = 5.0, connections: int = 10) -> OutboxProviders:
    provider = MessageBirdSms(
        KEY,
        base_url=base_url,
        timeouts=Timeouts(connect=2.0, read=read, write=5.0, pool=10.0),
        max_connections=connections,
    )
    return OutboxProviders(sms=provider, sms_sender=SENDER)


def smtp_mailer(
    smtp: RunningSmtp, pki: Pki, handler: SmtpHandler, password: str | None = None
) -> OutboxProviders:
    """The outbox's e-mail provider pointed at the loopback SMTP server (its test CA trusted)."""
    mailer = SmtpMailer(
        SmtpSettings(
            host="localhost",
            port=smtp.port,
            security=SmtpSecurity.TLS,
            username=handler.username,
            sender="debiteuren@zonnetje.example",
            sender_name="Kinderopvang Zonnetje",
            ca_file=Path(pki.ca_file),
            timeout=5.0,
        ),
        password if password is not None else handler.password,
    )
    return OutboxProviders(email=mailer)


def parse_email(raw: bytes) -> EmailMessage:
    """A message as the SMTP server received it."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message
