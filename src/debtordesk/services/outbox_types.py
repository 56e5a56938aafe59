"""The plain values the outbox passes between claiming, the worker threads and recording."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.domain.messages import Message
from debtordesk.domain.outbox import AttemptOutcome
from debtordesk.providers.smtp import OutgoingEmail


@dataclass(frozen=True)
class LetterPdf:
    """The step's letter as a PDF for an e-mail (organisation option ``attach_letter_pdf``)."""

    file_name: str
    size: int
    sha256: str
    #: why it was left out (too large); None: it is attached to the e-mail
    left_out: Message | None = None


@dataclass(frozen=True)
class Job:
    """One claimed message: its attempt is recorded (committed) before a worker calls the provider."""

    communication_id: int
    customer_id: int
    attempt_number: int
    channel: ActionChannel
    provider: str
    #: our reference at the provider (SMS; the same for every attempt of the message)
    reference: str
    #: the reference (SMS) or the Message-ID (e-mail) this attempt carries
    idempotency_key: str
    recipient: str
    started_at: datetime
    step_name: str
    sms_text: str = ""
    sms_segments: int | None = None
    email: OutgoingEmail | None = None
    fourteen_day_letter: bool = False
    #: the letter made for this e-mail (attached, or left out and why); None: no letter asked for
    letter_pdf: LetterPdf | None = None
    #: set for a message left in "sending" by a sender that stopped: only look it up, never send
    settle_only: bool = False


class ResultKind(StrEnum):
    #: the provider took it
    SENT = "sent"
    #: refused for good (the message or the number is at fault)
    FAILED = "failed"
    #: it certainly did not reach the provider: queued again after a back-off
    RETRY = "retry"
    #: nobody knows whether it went out: the clerk decides
    UNCERTAIN = "uncertain"
    #: never handed to the provider (the batch stopped first): as if it had not been claimed
    SKIPPED = "skipped"
    #: the account cannot send (wrong key, no balance): queued again, the channel stops for this batch
    ACCOUNT = "account"


@dataclass(frozen=True)
class Result:
    job: Job
    kind: ResultKind
    #: the attempt's outcome (None for SKIPPED)
    outcome: AttemptOutcome | None
    provider_message_id: str | None = None
    reason: Message | None = None
    #: seconds the provider asked to wait (429)
    retry_after: float | None = None
    segments: int | None = None
    #: the outcome was found by looking the message up at the provider
    looked_up: bool = False


@dataclass(frozen=True)
class SendSummary:
    """What a send batch did. ``held``: due messages that wait for a later batch: left queued (outside
    the sending window, a cap reached, the batch stopped or was cancelled), or left prepared because
    their channel has no provider (none chosen, its key or sender missing)."""

    sent: int = 0
    failed: int = 0
    uncertain: int = 0
    retry_later: int = 0
    cancelled_stale: int = 0
    held: int = 0
    #: messages put in the outbox by this batch (prepared and due, of a channel with a provider)
    queued: int = 0
    #: earlier unknown outcomes settled by a lookup at the provider (counted in sent/failed too)
    settled: int = 0
    #: why the batch or a channel stopped, windows closed, caps reached (for the clerk)
    notes: tuple[Message, ...] = ()
    cancelled: bool = False
    elapsed_seconds: float = 0.0


@dataclass(frozen=True)
class OutboxRow:
    """One SMS or e-mail on the outbox page."""

    communication_id: int
    customer_id: int
    customer_number: str
    customer_name: str
    channel: ActionChannel
    status: CommunicationStatus
    step_name: str
    #: where it goes: the customer's mobile number or e-mail address (the last attempt's when made)
    recipient: str
    #: what it asks: the open amounts plus costs, interest and fee
    amount: Decimal
    send_on: date | None
    queued_at: datetime | None
    attempts: int
    next_attempt_at: datetime | None
    last_attempt_at: datetime | None
    provider: str | None
    provider_message_id: str | None
    went_out_on: date | None
    #: the last problem (None when there is none)
    problem: Message | None
    #: the actions the page may offer
    can_retry: bool = False
    can_cancel: bool = False
    can_resolve: bool = False
