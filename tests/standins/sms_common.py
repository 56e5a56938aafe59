"""What the SMS stand-ins share: the ledger of accepted messages (to prove nothing was sent twice), an
independent segment count, and number rules that make a test's recipients behave like real ones.

The segment count here is written apart from debtordesk.domain.sms_text on purpose (its own character
table, plain division), so a stand-in's answer is a second opinion rather than the same code twice; the
two agree for texts without an escape pair on a part boundary.
"""

from __future__ import annotations

import re
import threading
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

_GSM = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXT = "\f^{}\\[~]|€"

E164 = re.compile(r"^\+[1-9]\d{6,14}$")
MSISDN = re.compile(r"^[1-9]\d{6,14}$")
ALPHA_SENDER = re.compile(r"^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$")


def encoding(text: str) -> str:
    return "gsm" if all(ch in _GSM or ch in _GSM_EXT for ch in text) else "unicode"


def parts(text: str, *, unicode_part: int = 67) -> int:
    if encoding(text) == "gsm":
        units = sum(2 if ch in _GSM_EXT else 1 for ch in text)
        single, part = 160, 153
    else:
        units = sum(2 if ord(ch) > 0xFFFF else 1 for ch in text)
        single, part = 70, unicode_part
    if units <= single:
        return 1
    return -(-units // part)


@dataclass
class Accepted:
    """One message a stand-in accepted."""

    id: str
    to: str
    text: str
    sender: str
    reference: str | None
    created_at: datetime
    parts: int
    status: str
    #: set by a test with :meth:`Ledger.set_delivery`: the operator's reason and error code, and when
    #: the status was reached (None: when the message was accepted)
    status_reason: str | None = None
    error_code: str | None = None
    status_at: datetime | None = None

    @property
    def status_time(self) -> datetime:
        return self.status_at or self.created_at


@dataclass
class NumberRules:
    """How test numbers behave: numbers listed here are refused the way the provider refuses them."""

    #: E.164 numbers that are landlines (cannot receive SMS)
    landlines: set[str] = field(default_factory=set)
    #: E.164 numbers whose owner replied STOP
    unsubscribed: set[str] = field(default_factory=set)
    #: E.164 numbers that exist nowhere (refused as invalid even though well-formed)
    invalid: set[str] = field(default_factory=set)


class Ledger:
    """Thread-safe list of accepted messages."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.messages: list[Accepted] = []

    def add(
        self,
        *,
        to: str,
        text: str,
        sender: str,
        reference: str | None,
        status: str,
        message_id: str | None = None,
        unicode_part: int = 67,
    ) -> Accepted:
        record = Accepted(
            id=message_id or uuid.uuid4().hex,
            to=to,
            text=text,
            sender=sender,
            reference=reference,
            created_at=datetime.now(UTC),
            parts=parts(text, unicode_part=unicode_part),
            status=status,
        )
        with self._lock:
            self.messages.append(record)
        return record

    def find(self, message_id: str) -> Accepted | None:
        with self._lock:
            return next((m for m in self.messages if m.id == message_id), None)

    def all(self) -> list[Accepted]:
        with self._lock:
            return list(self.messages)

    def duplicates(self) -> dict[str, int]:
        """References accepted more than once (and how often)."""
        with self._lock:
            counts = Counter(m.reference for m in self.messages if m.reference)
        return {ref: n for ref, n in counts.items() if n > 1}

    def set_status(self, message_id: str, status: str) -> None:
        with self._lock:
            for message in self.messages:
                if message.id == message_id:
                    message.status = status

    def set_delivery(
        self,
        message_id: str,
        status: str,
        *,
        reason: str | None = None,
        error_code: str | None = None,
        at: datetime | None = None,
    ) -> Accepted:
        """Move a message on, as the operator's delivery report would (the provider's own status
        word: ``delivered``, ``delivery_failed``, ``undelivered`` ...); KeyError for an unknown id."""
        with self._lock:
            for message in self.messages:
                if message.id == message_id:
                    message.status = status
                    message.status_reason = reason
                    message.error_code = error_code
                    message.status_at = at or datetime.now(UTC)
                    return message
        raise KeyError(message_id)

    def by_reference(self, reference: str) -> Accepted:
        """The message accepted with this reference of ours; KeyError when there is none."""
        with self._lock:
            for message in self.messages:
                if message.reference == reference:
                    return message
        raise KeyError(reference)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")
