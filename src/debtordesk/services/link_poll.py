"""Payment-link status polling (a desktop program gets no webhooks): paid links put the "paid via link"
hold on their invoices, every payment is recorded once, a second payment is flagged for refund.

:func:`poll_links` asks the administration's payment-link provider (``get_status``) about every link
the communications carry that is not settled yet and not too old, one link at a time, and records per
link in one transaction:

* the link's state (:class:`~debtordesk.db.models.PaymentLinkState`): open, paid, expired or closed,
  the amount asked and paid. A link is **settled** (never asked again) once expired or closed, or once
  paid and past its expiry date; a paid link that could still take a payment (Tikkie requests can be
  paid more than once until they expire) is watched for a second payment until then;
* each payment the provider lists, once per provider payment id
  (:class:`~debtordesk.db.models.LinkPayment`, unique per provider): polling twice records nothing new,
  and two pollers at once (the GUI and a scheduled ``debtordesk poll``) cannot both record it. Mollie
  may say a link is paid before it lists the payment: the payment is recorded under the link's id
  and takes the payment's id once the list shows it;
* a timeline event "paid € x via payment link" and an audit entry per payment;
* **refund flag**: a payment is flagged with the reason (and its own timeline event) when the link was
  paid in full already (the same link paid twice), or when another link of the customer that lists
  any of the same invoices was paid in full already (two links of one claim both paid);
* when the link is paid in full for the first time: a "paid via link" hold (7 business days, see
  :mod:`debtordesk.services.holds`) on each of its invoices that has no such hold running, so the
  queue stops dunning them and the next open-items import (which never touches holds) cannot undo it;
  not for a link that asks a term of a payment arrangement (``requested_amount``): it pays the term
  (the arrangement check counts it), not the invoices, and a term paid is no claim paid twice;
* an expired link is noted (state and a timeline event); the next run makes a new link, since only
  open links are reused (:mod:`debtordesk.services.link_reuse`).

Links are taken from communications of every status except planned (those have no link yet). Too old:
a link that expired more than :data:`AFTER_EXPIRY` ago, or without expiry, planned more than
:data:`MAX_AGE` ago.

Provider errors do not stop the poll: the link stays unsettled (asked again next time) and the error is
counted per distinct message (no network, wrong key...), so it is reported once with how many links it
kept from being asked. After a fatal failure the provider answers the following links at once with the
same reason (:class:`~debtordesk.providers.link_common.LinkCallGuard`). A link the provider does not
recognise as its own (another provider's id, after the administration switched providers) is skipped
and counted.

:func:`poll_before_run` is what ``run`` calls first, with the provider the run will use.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from debtordesk.db.models import (
    Charge,
    Communication,
    CommunicationInvoice,
    Customer,
    Hold,
    Invoice,
    LinkPayment,
    PaymentLinkState,
)
from debtordesk.db.types import utcnow
from debtordesk.domain.dunning.model import (
    ChargeKind,
    ChargeStatus,
    CommunicationStatus,
    HoldReason,
)
from debtordesk.domain.messages import Message
from debtordesk.domain.money import ZERO
from debtordesk.i18n.catalogue import render
from debtordesk.providers.link_common import LinkPayment as ProviderPayment
from debtordesk.providers.link_common import LinkState, LinkStatus
from debtordesk.providers.payment_links import PaymentLinkError, PaymentLinkProvider
from debtordesk.services.audit import add_customer_event, record_audit
from debtordesk.services.database import Database
from debtordesk.services.holds import default_until, reason_words

log = logging.getLogger("debtordesk.links.poll")

Clock = Callable[[], datetime]
ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

#: links that expired longer ago than this are not asked any more
AFTER_EXPIRY = timedelta(days=30)
#: links without an expiry date are asked this long after they were planned
MAX_AGE = timedelta(days=180)
#: the provider's answer for an id that is not one of its links
_NOT_OURS = "links.bad_id"
_CHUNK = 500
_EARLIEST = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True)
class PolledPayment:
    """A payment recorded by this poll."""

    customer_number: str
    link_id: str
    payment_id: str
    amount: Decimal
    paid_at: datetime | None
    invoice_numbers: tuple[str, ...]
    refund_flag: bool
    refund_reason: Message | None


@dataclass(frozen=True)
class PollSummary:
    """What one poll did. ``unavailable`` says why nothing was asked (no provider chosen, a key
    missing); ``problems`` are provider errors, one per distinct message, with the links each kept
    from being asked."""

    provider: str | None
    links: int
    asked: int
    open: int
    paid: int
    expired: int
    closed: int
    payments: tuple[PolledPayment, ...]
    holds_added: int
    problems: tuple[tuple[Message, int], ...]
    not_ours: int = 0
    cancelled: bool = False
    unavailable: Message | None = None

    @property
    def refund_flags(self) -> int:
        return sum(1 for payment in self.payments if payment.refund_flag)

    @property
    def failed(self) -> int:
        return sum(count for _, count in self.problems)


@dataclass
class _Link:
    """One link as the communications carry it."""

    link_id: str
    customer_id: int
    customer_number: str
    communication_id: int
    reference: str | None
    amount: Decimal
    expires_at: datetime | None
    planned_at: datetime
    #: invoice id -> number; an invoice deleted since (an undone import) has a negative key
    invoices: dict[int, str] = field(default_factory=dict)
    #: it asks part of the claim (a term of a payment arrangement): paying it pays that term, not
    #: the invoices, so it puts no "paid via link" hold and is no second payment of the claim
    partial: bool = False
    #: the collection costs, interest and fee the amount includes (paid with it)
    charges: dict[ChargeKind, Decimal] = field(default_factory=dict)


@dataclass
class _Outcome:
    payments: list[PolledPayment] = field(default_factory=list)
    holds: int = 0


# --------------------------------------------------------------------------- polling


def poll_links(
    db: Database,
    administration_id: int,
    *,
    provider: PaymentLinkProvider | None = None,
    clock: Clock = utcnow,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> PollSummary:
    """Ask the provider about every unsettled link of the administration and record what it says
    (see the module's docs). ``provider`` defaults to the administration's configured one (built and
    closed here); a given provider is left open."""
    own = provider is None
    if provider is None:
        from debtordesk.services.provider_settings import payment_link_provider_for

        provider = payment_link_provider_for(db, administration_id)
    try:
        return _poll(
            db, administration_id, provider, clock=clock, progress=progress, cancelled=cancelled
        )
    finally:
        if own:
            from debtordesk.services.provider_settings import close_provider

            close_provider(provider)


def poll_before_run(
    db: Database,
    administration_id: int,
    provider: PaymentLinkProvider,
    *,
    clock: Clock = utcnow,
) -> PollSummary:
    """The poll ``run`` does first, with the run's own provider: a customer who paid through a link
    since the last poll gets the hold before the queue is computed, so the run does not dun them."""
    return poll_links(db, administration_id, provider=provider, clock=clock)


def _poll(
    db: Database,
    administration_id: int,
    provider: PaymentLinkProvider,
    *,
    clock: Clock,
    progress: ProgressCallback | None,
    cancelled: CancelCheck | None,
) -> PollSummary:
    inner: Any = getattr(provider, "inner", provider)  # the run's reusing wrapper
    get_status = getattr(inner, "get_status", None)
    provider_id = getattr(inner, "provider_id", None)
    if not callable(get_status) or not isinstance(provider_id, str):
        return _empty(None, unavailable=provider.no_link_reason())
    now = clock()
    links = _links(db, administration_id, provider_id, now)
    counts: dict[str, int] = defaultdict(int)
    problems: dict[Message, int] = defaultdict(int)
    payments: list[PolledPayment] = []
    holds = 0
    stopped = False
    for done, link in enumerate(links):
        if cancelled is not None and cancelled():
            stopped = True
            break
        if progress is not None:
            progress(done, len(links))
        try:
            status = get_status(link.link_id)
        except PaymentLinkError as error:
            if error.message.code == _NOT_OURS:
                counts["not_ours"] += 1
            else:
                problems[error.message] += 1
            continue
        if not isinstance(status, LinkStatus):
            problems[Message("links.bad_answer", {"provider": provider_id})] += 1
            continue
        counts["asked"] += 1
        counts[status.state.value] += 1
        try:
            with db.write() as session:
                outcome = _Recorder(session, administration_id, provider_id, clock()).link(
                    link, status
                )
        except IntegrityError:
            # another poll recorded this link's payment or state at the same moment: it is there
            log.info("payment link %s recorded meanwhile by another poll", link.link_id)
            continue
        payments.extend(outcome.payments)
        holds += outcome.holds
    if progress is not None and not stopped:
        progress(len(links), len(links))
    return PollSummary(
        provider=provider_id,
        links=len(links),
        asked=counts["asked"],
        open=counts[LinkState.OPEN.value],
        paid=counts[LinkState.PAID.value],
        expired=counts[LinkState.EXPIRED.value],
        closed=counts[LinkState.CLOSED.value],
        payments=tuple(payments),
        holds_added=holds,
        problems=tuple(problems.items()),
        not_ours=counts["not_ours"],
        cancelled=stopped,
    )


def _empty(provider: str | None, *, unavailable: Message | None) -> PollSummary:
    return PollSummary(
        provider=provider,
        links=0,
        asked=0,
        open=0,
        paid=0,
        expired=0,
        closed=0,
        payments=(),
        holds_added=0,
        problems=(),
        unavailable=unavailable,
    )


# --------------------------------------------------------------------------- which links


def _links(db: Database, administration_id: int, provider: str, now: datetime) -> list[_Link]:
    """The links to ask about, oldest first: not settled, not too old."""
    with db.read() as session:
        settled = set(
            session.scalars(
                select(PaymentLinkState.link_id).where(
                    PaymentLinkState.provider == provider,
                    PaymentLinkState.settled_at.is_not(None),
                )
            )
        )
        rows = session.execute(
            select(
                Communication.id,
                Communication.payment_link_id,
                Communication.customer_id,
                Communication.payment_reference,
                Communication.open_amount,
                Communication.costs,
                Communication.interest,
                Communication.fee,
                Communication.payment_link_expires_at,
                Communication.planned_at,
                Communication.requested_amount,
                Customer.number,
            )
            .join(Customer, Customer.id == Communication.customer_id)
            .where(
                Communication.administration_id == administration_id,
                Communication.payment_link_id.is_not(None),
                Communication.status != CommunicationStatus.PLANNED,
                or_(
                    Communication.payment_link_expires_at >= now - AFTER_EXPIRY,
                    Communication.payment_link_expires_at.is_(None)
                    & (Communication.planned_at >= now - MAX_AGE),
                ),
            )
            .order_by(Communication.id.desc())
        ).all()
        links: dict[str, _Link] = {}
        carriers: dict[int, _Link] = {}
        for row in rows:
            link_id = str(row.payment_link_id)
            if link_id in settled:
                continue
            link = links.get(link_id)
            if link is None:  # the newest communication with the link says what it asks
                link = _Link(
                    link_id=link_id,
                    customer_id=row.customer_id,
                    customer_number=row.number,
                    communication_id=row.id,
                    reference=row.payment_reference,
                    amount=row.open_amount + row.costs + row.interest + row.fee
                    if row.requested_amount is None
                    else row.requested_amount,
                    expires_at=row.payment_link_expires_at,
                    planned_at=row.planned_at,
                    partial=row.requested_amount is not None,
                    charges={
                        ChargeKind.COSTS: row.costs,
                        ChargeKind.INTEREST: row.interest,
                        ChargeKind.FEE: row.fee,
                    },
                )
                links[link_id] = link
            carriers[row.id] = link
        ids = list(carriers)
        for start in range(0, len(ids), _CHUNK):
            for communication_id, invoice_id, number in session.execute(
                select(
                    CommunicationInvoice.communication_id,
                    CommunicationInvoice.invoice_id,
                    CommunicationInvoice.invoice_number,
                )
                .where(CommunicationInvoice.communication_id.in_(ids[start : start + _CHUNK]))
                .order_by(CommunicationInvoice.id)
            ):
                invoices = carriers[communication_id].invoices
                if invoice_id is not None:
                    invoices.setdefault(invoice_id, number)
                elif number not in invoices.values():
                    invoices[-len(invoices) - 1] = number  # an invoice deleted since: its number
    return sorted(links.values(), key=lambda link: (link.planned_at, link.communication_id))


# --------------------------------------------------------------------------- recording one link


def _payments(status: LinkStatus) -> list[ProviderPayment]:
    """The link's payments, oldest first; a paid link whose payments the provider does not list yet
    counts as one payment under the link's own id (Mollie's list can lag behind ``paidAt``)."""
    found = [p for p in status.payments if p.id and p.amount > 0]
    if not found and status.state is LinkState.PAID and status.paid_amount > 0:
        found = [
            ProviderPayment(id=status.link_id, amount=status.paid_amount, paid_at=status.paid_at)
        ]
    return sorted(found, key=lambda p: (p.paid_at is None, p.paid_at or _EARLIEST, p.id))


def _settled(status: LinkStatus, expires_at: datetime | None, now: datetime) -> bool:
    if status.state in (LinkState.EXPIRED, LinkState.CLOSED):
        return True
    if status.state is LinkState.PAID:
        return expires_at is None or expires_at <= now
    return False


class _Recorder:
    """Records what the provider said about links, in one session (the caller's transaction)."""

    def __init__(
        self, session: Session, administration_id: int, provider: str, now: datetime
    ) -> None:
        self.session = session
        self.administration_id = administration_id
        self.provider = provider
        self.now = now
        self.today = now.astimezone().date()

    def link(self, link: _Link, status: LinkStatus) -> _Outcome:
        session = self.session
        outcome = _Outcome()
        state = session.scalars(
            select(PaymentLinkState).where(
                PaymentLinkState.provider == self.provider,
                PaymentLinkState.link_id == link.link_id,
            )
        ).first()
        before = state.state if state is not None else None
        if state is None:
            state = PaymentLinkState(
                administration_id=self.administration_id,
                provider=self.provider,
                link_id=link.link_id,
                first_polled_at=self.now,
            )
            session.add(state)
        state.state = status.state.value
        state.amount = status.amount
        state.paid_amount = status.paid_amount
        state.expires_at = status.expires_at or link.expires_at
        state.polled_at = self.now
        session.flush()
        asked = status.amount if status.amount is not None else link.amount
        for payment in _payments(status):
            recorded = self.payment(link, payment, asked)
            if recorded is not None:
                outcome.payments.append(recorded)
        if status.state is LinkState.PAID and before != LinkState.PAID.value and not link.partial:
            outcome.holds = self.hold_invoices(link)
            self.charges_paid(link)
        if status.state is LinkState.EXPIRED and before != LinkState.EXPIRED.value:
            add_customer_event(
                session,
                customer_id=link.customer_id,
                kind="payment",
                code="event.links.expired",
                params={
                    "provider": _title(self.provider),
                    "amount": str(asked),
                    "reference": link.reference or "",
                },
                at=self.now,
            )
        if _settled(status, state.expires_at, self.now):
            state.settled_at = self.now
        return outcome

    def payment(
        self, link: _Link, payment: ProviderPayment, asked: Decimal
    ) -> PolledPayment | None:
        """Record one payment unless it is there already; None when nothing new was recorded."""
        session = self.session
        existing = session.scalars(
            select(LinkPayment.id).where(
                LinkPayment.provider == self.provider,
                LinkPayment.provider_payment_id == payment.id,
            )
        ).first()
        if existing is not None:
            return None
        if payment.id != link.link_id:
            stand_in = session.scalars(
                select(LinkPayment).where(
                    LinkPayment.provider == self.provider,
                    LinkPayment.link_id == link.link_id,
                    LinkPayment.provider_payment_id == link.link_id,
                )
            ).first()
            if stand_in is not None:  # the payment a lagging list did not show: now it has its id
                stand_in.provider_payment_id = payment.id
                stand_in.amount = payment.amount
                stand_in.paid_at = payment.paid_at or stand_in.paid_at
                return None
        invoices = [
            {"id": key if key > 0 else None, "number": number}
            for key, number in link.invoices.items()
        ]
        numbers = tuple(str(item["number"]) for item in invoices)
        reason = self.refund_reason(link, asked)
        row = LinkPayment(
            administration_id=self.administration_id,
            customer_id=link.customer_id,
            communication_id=link.communication_id,
            provider=self.provider,
            link_id=link.link_id,
            provider_payment_id=payment.id,
            amount=payment.amount,
            paid_at=payment.paid_at,
            recorded_at=self.now,
            payment_reference=link.reference,
            invoices=invoices,
            refund_flag=reason is not None,
            refund_reason=_message_json(reason) if reason is not None else None,
        )
        session.add(row)
        session.flush()
        params: dict[str, Any] = {
            "amount": str(payment.amount),
            "provider": _title(self.provider),
            "reference": link.reference or "",
            "invoices": ", ".join(numbers),
        }
        add_customer_event(
            session,
            customer_id=link.customer_id,
            kind="payment",
            code="event.links.paid",
            params=params,
            at=self.now,
        )
        if reason is not None:
            add_customer_event(
                session,
                customer_id=link.customer_id,
                kind="payment",
                code="event.links.refund_flag",
                params={
                    **params,
                    "reason_en": render(reason, "en"),
                    "reason_nl": render(reason, "nl"),
                },
                at=self.now,
            )
        record_audit(
            session,
            user_id=None,
            administration_id=self.administration_id,
            entity="link_payment",
            entity_id=row.id,
            action="recorded",
            details={
                "provider": self.provider,
                "link_id": link.link_id,
                "payment_id": payment.id,
                "amount": str(payment.amount),
                "refund_flag": reason is not None,
                "refund_reason": reason.code if reason is not None else None,
            },
        )
        log.info("payment %s on link %s recorded", payment.id, link.link_id)
        return PolledPayment(
            customer_number=link.customer_number,
            link_id=link.link_id,
            payment_id=payment.id,
            amount=payment.amount,
            paid_at=payment.paid_at,
            invoice_numbers=numbers,
            refund_flag=reason is not None,
            refund_reason=reason,
        )

    def refund_reason(self, link: _Link, asked: Decimal) -> Message | None:
        """Why a new payment on ``link`` pays something that was paid already, or None."""
        session = self.session
        paid_here = sum(
            session.scalars(
                select(LinkPayment.amount).where(
                    LinkPayment.provider == self.provider,
                    LinkPayment.link_id == link.link_id,
                    LinkPayment.refund_flag.is_(False),
                )
            ),
            ZERO,
        )
        if paid_here > 0 and paid_here >= asked:
            return Message(
                "links.refund.same_link",
                {"link": link.link_id, "paid": paid_here, "asked": asked},
            )
        mine = {key for key in link.invoices if key > 0}
        if not mine or link.partial:  # a term of an arrangement pays its part, not the claim twice
            return None
        others = session.execute(
            select(
                LinkPayment.link_id, LinkPayment.provider, LinkPayment.invoices, LinkPayment.paid_at
            )
            .outerjoin(Communication, Communication.id == LinkPayment.communication_id)
            .where(
                LinkPayment.customer_id == link.customer_id,
                LinkPayment.link_id != link.link_id,
                LinkPayment.refund_flag.is_(False),
                Communication.requested_amount.is_(None),  # a term paid is not the claim paid
            )
            .order_by(LinkPayment.id)
        ).all()
        for other in others:
            shared = sorted(
                str(item.get("number"))
                for item in (other.invoices or [])
                if isinstance(item, dict) and item.get("id") in mine
            )
            if shared and self.paid_in_full(other.provider, other.link_id):
                return Message(
                    "links.refund.other_link",
                    {
                        "count": len(shared),
                        "invoices": ", ".join(shared),
                        "link": other.link_id,
                        "paid_on": other.paid_at.astimezone().date() if other.paid_at else None,
                    },
                )
        return None

    def paid_in_full(self, provider: str, link_id: str) -> bool:
        state = self.session.scalar(
            select(PaymentLinkState.state).where(
                PaymentLinkState.provider == provider, PaymentLinkState.link_id == link_id
            )
        )
        return state == LinkState.PAID.value

    def charges_paid(self, link: _Link) -> int:
        """The customer's open charges the paid link asked for, marked paid (oldest first, per kind
        up to what the link included): the bookkeeping closes the invoices, and costs the customer
        paid must not stay behind as "still open". Each is audited; the timeline says it once."""
        budget = {kind: amount for kind, amount in link.charges.items() if amount > 0}
        if not budget:
            return 0
        charges = self.session.scalars(
            select(Charge)
            .where(
                Charge.customer_id == link.customer_id,
                Charge.status == ChargeStatus.OPEN,
                Charge.kind.in_(list(budget)),
            )
            .order_by(Charge.created_at, Charge.id)
        ).all()
        paid = ZERO
        count = 0
        for charge in charges:
            left = budget.get(charge.kind, ZERO)
            if charge.amount > left:
                continue
            budget[charge.kind] = left - charge.amount
            charge.status = ChargeStatus.PAID
            paid += charge.amount
            count += 1
            record_audit(
                self.session,
                user_id=None,
                administration_id=self.administration_id,
                entity="charge",
                entity_id=charge.id,
                action="paid",
                details={
                    "amount": str(charge.amount),
                    "kind": charge.kind.value,
                    "link": f"{self.provider} {link.link_id}",
                },
            )
        if count:
            add_customer_event(
                self.session,
                customer_id=link.customer_id,
                kind="payment",
                code="event.links.charges_paid",
                params={"amount": str(paid), "provider": _title(self.provider)},
                at=self.now,
            )
        return count

    def hold_invoices(self, link: _Link) -> int:
        """The "paid via link" hold on every invoice of the link that has none running; how many."""
        session = self.session
        ids = sorted(key for key in link.invoices if key > 0)
        if not ids:
            return 0
        mine = set(
            session.scalars(
                select(Invoice.id).where(
                    Invoice.id.in_(ids), Invoice.customer_id == link.customer_id
                )
            )
        )
        held = set(
            session.scalars(
                select(Hold.invoice_id).where(
                    Hold.invoice_id.in_(ids),
                    Hold.reason == HoldReason.PAID_VIA_LINK,
                    Hold.lifted_at.is_(None),
                    or_(Hold.until.is_(None), Hold.until >= self.today),
                )
            )
        )
        until = default_until(HoldReason.PAID_VIA_LINK, self.today)
        note = f"{_title(self.provider)} {link.link_id}"
        added = 0
        for invoice_id in ids:
            if invoice_id not in mine or invoice_id in held:
                continue
            hold = Hold(
                customer_id=link.customer_id,
                invoice_id=invoice_id,
                reason=HoldReason.PAID_VIA_LINK,
                until=until,
                note=note,
                created_at=self.now,
            )
            session.add(hold)
            session.flush()
            record_audit(
                session,
                user_id=None,
                administration_id=self.administration_id,
                entity="hold",
                entity_id=hold.id,
                action="add",
                details={
                    "customer_id": link.customer_id,
                    "reason": HoldReason.PAID_VIA_LINK.value,
                    "invoice": link.invoices[invoice_id],
                    "until": until.isoformat() if until else None,
                    "note": note,
                },
            )
            add_customer_event(
                session,
                customer_id=link.customer_id,
                kind="hold",
                code="event.hold.added_until" if until else "event.hold.added",
                params={
                    **reason_words(HoldReason.PAID_VIA_LINK),
                    "until": until.isoformat() if until else None,
                    "note": note,
                },
                invoice_id=invoice_id,
                at=self.now,
            )
            added += 1
        return added


# --------------------------------------------------------------------------- helpers


def _title(provider: str) -> str:
    return {"tikkie": "Tikkie", "mollie": "Mollie"}.get(provider, provider)


def _message_json(message: Message) -> dict[str, Any]:
    return {
        "code": message.code,
        "params": {
            key: value.isoformat()
            if isinstance(value, date)
            else str(value)
            if isinstance(value, Decimal)
            else value
            for key, value in message.params.items()
        },
    }


def refund_message(stored: dict[str, Any] | None) -> Message | None:
    """A stored refund reason back as a message (for lists and exports)."""
    if not isinstance(stored, dict) or not isinstance(stored.get("code"), str):
        return None
    params = stored.get("params")
    return Message(stored["code"], dict(params) if isinstance(params, dict) else {})
