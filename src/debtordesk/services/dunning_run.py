"""The dunning run: the queue's proposed actions recorded as communications, planned and then prepared.

One communication per channel of an action (the engine's channel decisions after fallback), listing the
action's invoices with their open amounts at that moment. The run happens in three steps so that no
provider call holds the database's write lock:

1. **plan** (one transaction): the queue is computed inside the write transaction, each action becomes
   its communications (status ``planned``) with a payment reference, the charges the step adds
   (collection costs, interest, a business fee), a timeline entry per customer and one audit entry;
2. **ask** (no transaction): the payment-link provider is asked for one link per action (every channel of
   the action carries the same link, so one claim can never be paid twice);
3. **prepare** (one transaction): the link, or why there is none, is recorded and the communications move
   to ``prepared``. A letter without a link falls back to an EPC QR code when it is rendered (issue 4).

Step 2 and 3 take every ``planned`` communication of the administration, so a run that died after step 1
is finished by the next one. Running twice on one date creates nothing new: the engine sees the steps
taken (every communication not cancelled or failed counts), and ``Communication.plan_key`` (customer,
policy, step, channel, date) refuses a second plan of the same step as a second guard.

A step answering a trigger records it (``trigger``, ``trigger_on``); a term's request of a payment
arrangement also its arrangement and ``requested_amount`` (what is unpaid of the term: the link, the
message and the letter ask that, not everything open), with the texts' details in ``reason["details"]``
(:mod:`debtordesk.services.trigger_requests`).

``today`` is only the evaluation date (``--date``); timestamps and dispatch dates use the clock. The run
never sends and never renders. Payment references follow the administration's setting (see
:func:`debtordesk.services.policies.set_payment_reference_kind`):

* ``rf`` (default): one ISO 11649 RF reference per customer dossier ("RF.." + "D" + the customer number's
  letters and digits; ``DC<id>`` when that is too long or another customer already has it), reused by every
  later communication of the customer;
* ``kenmerk``: a new 16-digit betalingskenmerk per action;
* ``invoice_number``: the ledger's own reference of the single invoice an action lists, else its number;
  an action listing several invoices (or a number longer than 35 characters) gets the customer's RF
  reference instead.

**Costs of small recurring claims** (LEGAL-NL, Wet kwaliteit incassodienstverlening): before a costs
charge is recorded, the new costs are capped by :func:`~debtordesk.domain.legal_costs.small_recurring_cap`
(by law EUR 140 per six months when the monthly claim is below EUR 266.67; the organisation sets its
figures in Settings > Legal and interest, see :func:`~debtordesk.settings.org.recurring_cap`), with the
customer's earlier costs charges that are not waived (amount, created date) as history. Whether the
customer is billed monthly is decided by :func:`monthly_claim` from all its invoices, open or closed. The
capped amount is what the communication states and the ledger records; when the cap cut the costs, the
communication's ``reason`` holds ``costs_cap`` (requested, allowed, charged in the window, window start,
the cap and its months) for the letter, and the timeline says so. The costs a 14-day letter announces pass
the same cap (``costs_announced_cap`` in the reason): the letter states exactly what will be charged, and
the charge after the term takes the letter's amount. The cap is applied to business customers too
(LEGAL-NL does not restrict it to consumers).

**Waiving costs once the principal is paid** (organisation setting
``waive_costs_when_principal_paid``): before planning, every open costs charge whose invoices are no
longer open becomes ``waived`` with the reason ``principal paid`` (audited, on the timeline). The
invoices concerned are the charge's invoice, or for a customer-level charge all the customer's invoices
(at least one); an invoice is no longer open when its status is not ``open`` or nothing positive is open
on it (an open credit note does not keep costs alive). A run of selected customers waives only theirs.
"""

from __future__ import annotations

import inspect
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from debtordesk.db.models import (
    Administration,
    Charge,
    Communication,
    CommunicationInvoice,
    Customer,
    DunningRun,
    FourteenDayLetter,
    Invoice,
    PaymentReference,
    PaymentReferenceInvoice,
)
from debtordesk.db.types import utcnow
from debtordesk.domain.dunning.engine import compute_queue
from debtordesk.domain.dunning.model import (
    ActionChannel,
    ChargeKind,
    ChargeStatus,
    CommunicationStatus,
    CustomerInput,
    InvoiceInput,
    ProposedAction,
)
from debtordesk.domain.dunning.states import can_move
from debtordesk.domain.enums import InvoiceStatus
from debtordesk.domain.errors import UserError
from debtordesk.domain.legal import fourteen_day_dates
from debtordesk.domain.legal_costs import CappedCosts, CostCharge, small_recurring_cap
from debtordesk.domain.legal_letters import FourteenDayDates
from debtordesk.domain.messages import Message
from debtordesk.domain.money import ZERO, quantize
from debtordesk.domain.references import make_betalingskenmerk, make_rf_reference
from debtordesk.providers.payment_links import (
    LinkCustomer,
    PaymentLink,
    PaymentLinkError,
    PaymentLinkProvider,
)
from debtordesk.services.audit import add_customer_event, record_audit
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.dunning_queue import (
    LoadedQueue,
    interest_warnings,
    load_queue,
    prepare_administration,
)
from debtordesk.services.letters_content import pay_by_dates
from debtordesk.services.org_settings import load_org_settings
from debtordesk.services.trigger_requests import TriggerRequest, trigger_request
from debtordesk.settings.org import OrgSettings, RecurringCap, postal_rules, recurring_cap

Clock = Callable[[], datetime]

#: channels whose message or letter carries a payment link
LINK_CHANNELS = frozenset({ActionChannel.SMS, ActionChannel.EMAIL, ActionChannel.LETTER})
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")


@dataclass(frozen=True)
class RunItem:
    """One action recorded: the customer, the step, and the communications (one per channel)."""

    customer_id: int
    customer_number: str
    step_key: str
    step_name: str
    channels: tuple[ActionChannel, ...]
    invoice_numbers: tuple[str, ...]
    communication_ids: tuple[int, ...]
    payment_reference: str | None
    open_amount: Decimal
    overdue_amount: Decimal
    costs: Decimal
    interest: Decimal
    fee: Decimal
    reason: Message


@dataclass(frozen=True)
class RunSummary:
    today: date
    administration_id: int
    items: tuple[RunItem, ...]
    #: communications moved to prepared by this run (including ones an earlier run left planned)
    prepared: int
    links_created: int
    #: actions without a link, and why (a message per distinct reason, with how many)
    links_missing: tuple[tuple[Message, int], ...]
    #: open costs charges waived because the principal is paid (the organisation setting)
    costs_waived: int = 0
    #: the recorded run (``letters --run ID``); None when nothing was planned
    run_id: int | None = None
    #: the warnings about the statutory interest table the run's interest rests on, as the queue
    #: gives them (:func:`~debtordesk.services.dunning_queue.interest_warnings`)
    warnings: tuple[Message, ...] = ()

    @property
    def communications(self) -> int:
        return sum(len(item.communication_ids) for item in self.items)


# --------------------------------------------------------------------------- the run


def run_queue(
    db: Database,
    administration_id: int,
    today: date,
    *,
    link_provider: PaymentLinkProvider,
    customer_ids: Collection[int] | None = None,
    clock: Clock = utcnow,
    user_login: str | None = None,
) -> RunSummary:
    """Record the due actions of the queue on ``today`` (all customers, or only ``customer_ids``)."""
    prepare_administration(db, administration_id)
    try:
        with db.write() as session:
            items, waived, run_id, warnings = _plan(
                session,
                administration_id,
                today,
                customer_ids=customer_ids,
                clock=clock,
                user_login=user_login,
            )
    except IntegrityError as exc:  # another run planned the same step meanwhile (PostgreSQL)
        raise UserError("run.concurrent") from exc
    prepared, created, missing = prepare_planned(
        db, administration_id, link_provider=link_provider, clock=clock
    )
    return RunSummary(
        today=today,
        administration_id=administration_id,
        items=items,
        prepared=prepared,
        links_created=created,
        links_missing=missing,
        costs_waived=waived,
        run_id=run_id,
        warnings=warnings,
    )


def _plan(
    session: Session,
    administration_id: int,
    today: date,
    *,
    customer_ids: Collection[int] | None,
    clock: Clock,
    user_login: str | None,
) -> tuple[tuple[RunItem, ...], int, int | None, tuple[Message, ...]]:
    user_id = user_id_for(session, user_login)
    wanted = None if customer_ids is None else set(customer_ids)
    waived = 0
    if load_org_settings(session, administration_id).waive_costs_when_principal_paid:
        waived = waive_costs_of_paid_principal(
            session, administration_id, customer_ids=wanted, user_id=user_id, now=clock()
        )
        session.flush()
    loaded = load_queue(session, administration_id, today)
    rows = compute_queue(loaded.data)
    warnings = interest_warnings(loaded.data, today)
    actions = [
        row.action
        for row in rows
        if row.action is not None and (wanted is None or row.customer_id in wanted)
    ]
    planner = _Planner(
        session, administration_id, loaded, today=today, now=clock(), user_id=user_id
    )
    items = tuple(item for item in (planner.plan(action) for action in actions) if item)
    run_id = _record_run(session, administration_id, today, items, user_id=user_id, now=planner.now)
    if items:
        record_audit(
            session,
            user_id=user_id,
            administration_id=administration_id,
            entity="dunning_run",
            entity_id=None,
            action="run",
            details={
                "date": today.isoformat(),
                "customers": len(items),
                "communications": sum(len(item.communication_ids) for item in items),
                "selected": None if wanted is None else len(wanted),
                "run_id": run_id,
            },
        )
    return items, waived, run_id, warnings


def _record_run(
    session: Session,
    administration_id: int,
    today: date,
    items: Sequence[RunItem],
    *,
    user_id: int,
    now: datetime,
) -> int | None:
    """The run as a row, and its id on every communication it planned; None when nothing was
    planned (a run that planned nothing leaves no trace, so running twice creates nothing new)."""
    if not items:
        return None
    run = DunningRun(
        administration_id=administration_id,
        evaluation_date=today,
        created_at=now,
        created_by_id=user_id,
    )
    session.add(run)
    session.flush()
    ids = [i for item in items for i in item.communication_ids]
    for start in range(0, len(ids), 500):  # a bounded IN list on every engine
        session.execute(
            update(Communication)
            .where(Communication.id.in_(ids[start : start + 500]))
            .values(run_id=run.id)
            .execution_options(synchronize_session=False)
        )
    return run.id


class _Planner:
    """Turns proposed actions into communications, references, charges and timeline entries."""

    def __init__(
        self,
        session: Session,
        administration_id: int,
        loaded: LoadedQueue,
        *,
        today: date,
        now: datetime,
        user_id: int,
    ) -> None:
        self.session = session
        self.administration_id = administration_id
        self.loaded = loaded
        self.today = today
        self.now = now
        self.user_id = user_id
        self.customers: dict[int, CustomerInput] = {c.id: c for c in loaded.data.customers}
        self.invoices: dict[int, InvoiceInput] = {i.id: i for i in loaded.data.invoices}
        self.open_charges: dict[tuple[int, ChargeKind], Decimal] = defaultdict(lambda: ZERO)
        for charge in loaded.data.charges:
            if charge.status is ChargeStatus.OPEN:
                self.open_charges[charge.customer_id, charge.kind] += charge.amount
        self.references = PaymentReferences(session, administration_id, now)
        self.recurring_cap = recurring_cap(load_org_settings(session, administration_id))

    def plan(self, action: ProposedAction) -> RunItem | None:
        channels = tuple(dict.fromkeys(d.channel for d in action.channels if d.channel is not None))
        if not channels:
            return None
        customer = self.customers[action.customer_id]
        costs, cap = self._capped_costs(action)
        announced, announced_cap = self._capped_announcement(action)
        reference = self._reference(action, customer)
        request = trigger_request(self.session, action)
        communications = [
            self._communication(
                action,
                customer,
                channel,
                reference,
                costs=costs,
                cap=cap,
                announced=announced,
                announced_cap=announced_cap,
                request=request,
            )
            for channel in channels
        ]
        self.session.add_all(communications)
        self.session.flush()
        self._charges(action, communications[0].id, costs)
        if cap is not None and cap.capped:
            add_customer_event(
                self.session,
                customer_id=action.customer_id,
                kind="dunning",
                code="event.dunning.costs_capped_limit",
                params=costs_cap_json(cap),
                user_id=self.user_id,
                at=self.now,
            )
        if announced_cap is not None and announced_cap.capped:
            add_customer_event(
                self.session,
                customer_id=action.customer_id,
                kind="dunning",
                code="event.dunning.costs_announced_capped_limit",
                params=costs_cap_json(announced_cap),
                user_id=self.user_id,
                at=self.now,
            )
        add_customer_event(
            self.session,
            customer_id=action.customer_id,
            kind="dunning",
            code="event.dunning.planned",
            params={
                "step": action.step_name,
                "step_key": action.step_key,
                "channels": ", ".join(channel.value for channel in channels),
                "invoices": len(action.invoice_ids),
                # what the communication asks: the unpaid part of a term, else what is open
                "amount": str(
                    request.requested_amount
                    if request is not None and request.requested_amount is not None
                    else action.open_amount
                ),
                "date": self.today.isoformat(),
            },
            user_id=self.user_id,
            at=self.now,
        )
        return RunItem(
            customer_id=action.customer_id,
            customer_number=customer.number,
            step_key=action.step_key,
            step_name=action.step_name,
            channels=channels,
            invoice_numbers=tuple(self.invoices[i].number for i in action.invoice_ids),
            communication_ids=tuple(c.id for c in communications),
            payment_reference=reference,
            open_amount=action.open_amount,
            overdue_amount=action.overdue_amount,
            costs=costs,
            interest=action.interest,
            fee=action.fee,
            reason=action.reason,
        )

    def _capped_costs(self, action: ProposedAction) -> tuple[Decimal, CappedCosts | None]:
        """The action's costs after the small-recurring-claim cap on what is new (the open costs
        charges stay as they are), and the cap's answer (None when nothing new is charged)."""
        open_costs = self.open_charges[action.customer_id, ChargeKind.COSTS]
        new = action.costs - open_costs
        if new <= 0:
            return action.costs, None
        cap = recurring_costs_cap(
            self.session, action.customer_id, new, self.today, limits=self.recurring_cap
        )
        return open_costs + cap.allowed, cap

    def _capped_announcement(self, action: ProposedAction) -> tuple[Decimal, CappedCosts | None]:
        """The costs a 14-day letter announces, after the same small-recurring-claim cap: the letter
        must state exactly what will be charged, and the charge after the term takes the letter's
        amount (so announcing the uncapped scale would promise costs that may not be charged)."""
        if action.costs_announced <= 0:
            return action.costs_announced, None
        cap = recurring_costs_cap(
            self.session,
            action.customer_id,
            action.costs_announced,
            self.today,
            limits=self.recurring_cap,
        )
        return cap.allowed, cap

    def _communication(
        self,
        action: ProposedAction,
        customer: CustomerInput,
        channel: ActionChannel,
        reference: str | None,
        *,
        costs: Decimal,
        cap: CappedCosts | None,
        announced: Decimal,
        announced_cap: CappedCosts | None,
        request: TriggerRequest | None = None,
    ) -> Communication:
        decision = next(d for d in action.channels if d.channel is channel)
        reason: dict[str, Any] = {
            "action": message_json(action.reason),
            "channel": message_json(decision.reason),
        }
        if request is not None and request.details:
            reason["details"] = dict(request.details)
        if cap is not None and cap.capped:
            reason["costs_cap"] = costs_cap_json(cap)
        if announced_cap is not None and announced_cap.capped:
            reason["costs_announced_cap"] = costs_cap_json(announced_cap)
        row = Communication(
            administration_id=self.administration_id,
            customer_id=action.customer_id,
            policy_id=action.policy_id,
            step_key=action.step_key,
            step_name=action.step_name,
            channel=channel,
            requested_channel=decision.requested if decision.requested is not channel else None,
            status=CommunicationStatus.PLANNED,
            planned_for=self.today,
            send_on=decision.send_on,
            planned_at=self.now,
            status_changed_at=self.now,
            payment_reference=reference if channel in LINK_CHANNELS else None,
            open_amount=action.open_amount,
            overdue_amount=action.overdue_amount,
            costs=costs,
            interest=action.interest,
            fee=action.fee,
            costs_announced=announced,
            fourteen_day_letter=action.fourteen_day_letter,
            template=action.template,
            tone=action.tone,
            language=customer.language,
            reason=reason,
            plan_key=plan_key(action, channel, self.today),
            created_by_id=self.user_id,
            requested_amount=request.requested_amount if request is not None else None,
            trigger=action.trigger,
            trigger_on=action.trigger_on,
            arrangement_id=request.arrangement_id if request is not None else None,
        )
        for invoice_id in action.invoice_ids:
            invoice = self.invoices[invoice_id]
            row.invoices.append(
                CommunicationInvoice(
                    invoice_id=invoice_id,
                    invoice_number=invoice.number,
                    due_date=invoice.due_date,
                    open_amount=invoice.open_amount,
                )
            )
        return row

    def _charges(self, action: ProposedAction, communication_id: int, costs: Decimal) -> None:
        """What the step adds to the charges ledger: the part of its costs (after the cap),
        interest and fee that is not an open charge already."""
        for kind, amount in (
            (ChargeKind.COSTS, costs),
            (ChargeKind.INTEREST, action.interest),
            (ChargeKind.FEE, action.fee),
        ):
            new = amount - self.open_charges[action.customer_id, kind]
            if new <= 0:
                continue
            self.session.add(
                Charge(
                    customer_id=action.customer_id,
                    kind=kind,
                    amount=new,
                    status=ChargeStatus.OPEN,
                    communication_id=communication_id,
                    created_at=self.now,
                    created_by_id=self.user_id,
                )
            )
            self.open_charges[action.customer_id, kind] += new

    # -- payment references

    def _reference(self, action: ProposedAction, customer: CustomerInput) -> str | None:
        invoices = [
            (i, self.invoices[i].number)
            for i in action.invoice_ids
            if self.invoices[i].open_amount > 0
        ]
        return self.references.reference(customer.id, customer.number, invoices)


class PaymentReferences:
    """The payment references of one administration as the run gives them (see the module's docs):
    the run's planner uses it per action, and so does an arrangement's confirmation letter."""

    def __init__(self, session: Session, administration_id: int, now: datetime) -> None:
        self.session = session
        self.administration_id = administration_id
        self.now = now
        self.reference_kind = session.scalar(
            select(Administration.payment_reference_kind).where(
                Administration.id == administration_id
            )
        )

    def reference(
        self, customer_id: int, customer_number: str, invoices: Sequence[tuple[int, str]]
    ) -> str:
        """The reference for a request of these open invoices (id, number), mapped to them."""
        invoice_ids = [invoice_id for invoice_id, _number in invoices]
        row: PaymentReference | None
        if self.reference_kind == "kenmerk":
            row = self._new_kenmerk(customer_id)
        elif self.reference_kind == "invoice_number" and len(invoices) == 1:
            row = self._invoice_reference(customer_id, *invoices[0])
        else:
            row = None
        if row is None:
            row = self._dossier_reference(customer_id, customer_number)
        self._map(row.id, invoice_ids)
        return row.reference

    def _find(self, reference: str) -> PaymentReference | None:
        return self.session.scalars(
            select(PaymentReference).where(
                PaymentReference.administration_id == self.administration_id,
                PaymentReference.reference == reference,
            )
        ).first()

    def _add(self, reference: str, kind: str, customer_id: int) -> PaymentReference:
        row = PaymentReference(
            administration_id=self.administration_id,
            reference=reference,
            kind=kind,
            customer_id=customer_id,
            created_at=self.now,
        )
        self.session.add(row)
        self.session.flush()
        return row

    def _dossier_reference(self, customer_id: int, customer_number: str) -> PaymentReference:
        existing = self.session.scalars(
            select(PaymentReference)
            .where(
                PaymentReference.administration_id == self.administration_id,
                PaymentReference.customer_id == customer_id,
                PaymentReference.kind == "rf",
            )
            .order_by(PaymentReference.id)
        ).first()
        if existing is not None:
            return existing
        base = "D" + _NOT_ALNUM.sub("", customer_number.upper())
        reference = make_rf_reference(base) if 1 < len(base) <= 21 else None
        if reference is None or self._find(reference) is not None:
            reference = make_rf_reference(f"DC{customer_id}")
        return self._add(reference, "rf", customer_id)

    def _new_kenmerk(self, customer_id: int) -> PaymentReference:
        count = self.session.scalar(
            select(func.count()).where(
                PaymentReference.administration_id == self.administration_id,
                PaymentReference.kind == "kenmerk",
            )
        )
        serial = int(count or 0) + 1
        while True:
            reference = make_betalingskenmerk(self.administration_id * 10**11 + serial)
            if self._find(reference) is None:
                return self._add(reference, "kenmerk", customer_id)
            serial += 1

    def _invoice_reference(
        self, customer_id: int, invoice_id: int, number: str
    ) -> PaymentReference | None:
        stored = self.session.scalar(select(Invoice.reference).where(Invoice.id == invoice_id))
        reference = (stored or number).strip()
        if not reference or len(reference) > 35:
            return None
        existing = self._find(reference)
        if existing is not None:
            return existing if existing.customer_id == customer_id else None
        return self._add(reference, "invoice_number", customer_id)

    def _map(self, reference_id: int, invoice_ids: Iterable[int]) -> None:
        known = set(
            self.session.scalars(
                select(PaymentReferenceInvoice.invoice_id).where(
                    PaymentReferenceInvoice.payment_reference_id == reference_id
                )
            )
        )
        self.session.add_all(
            PaymentReferenceInvoice(payment_reference_id=reference_id, invoice_id=invoice_id)
            for invoice_id in sorted(set(invoice_ids) - known)
        )


# --------------------------------------------------------------------------- the small-recurring cap

#: a customer is billed monthly when at least this many invoices in a row ...
MONTHLY_MIN_INVOICES = 3
#: ... are this many days apart (from, to inclusive) ...
MONTHLY_GAP_DAYS = (25, 35)
#: ... looking at most at this many of the newest invoices
MONTHLY_LOOKBACK = 12


def monthly_claim(invoices: Iterable[tuple[date, Decimal]]) -> Decimal | None:
    """The customer's recurring monthly claim, or None when it is not billed monthly.

    ``invoices`` are (invoice date, or else due date; amount) of all the customer's invoices, open or
    closed. Credit notes and zero amounts are left out. Walking back from the newest invoice, the run
    of invoices whose dates are 25 to 35 days apart counts (at most the newest twelve); with at least
    three in that run the customer is billed monthly and the claim is the median of their amounts.
    A one-off invoice after the last monthly one (or two on one date) breaks the run: no cap then.
    """
    dated = sorted(((day, amount) for day, amount in invoices if amount > 0), reverse=True)
    run = dated[:1]
    low, high = MONTHLY_GAP_DAYS
    for day, amount in dated[1:MONTHLY_LOOKBACK]:
        if not low <= (run[-1][0] - day).days <= high:
            break
        run.append((day, amount))
    if len(run) < MONTHLY_MIN_INVOICES:
        return None
    return quantize(median([amount for _, amount in run]))


def median(values: Sequence[Decimal]) -> Decimal:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def recurring_costs_cap(
    session: Session,
    customer_id: int,
    requested: Decimal,
    on: date,
    *,
    limits: RecurringCap | None = None,
) -> CappedCosts:
    """``requested`` new collection costs of a customer after the small-recurring-claim cap on
    ``on``: the monthly claim from its invoices (:func:`monthly_claim`), the history from its earlier
    costs charges that are not waived; ``limits`` the organisation's figures (Settings > Legal and
    interest; default: the law's EUR 140 per six months below EUR 266.67 a month)."""
    limits = limits or recurring_cap(OrgSettings())
    invoices = session.execute(
        select(Invoice.invoice_date, Invoice.due_date, Invoice.amount).where(
            Invoice.customer_id == customer_id
        )
    ).all()
    monthly = monthly_claim(
        (invoice_date or due_date, amount)
        for invoice_date, due_date, amount in invoices
        if (invoice_date or due_date) <= on
    )
    if monthly is None:
        return small_recurring_cap(
            requested, on=on, monthly_amount=None, cap=limits.amount, period_months=limits.months
        )
    charges = session.execute(
        select(Charge.created_at, Charge.amount).where(
            Charge.customer_id == customer_id,
            Charge.kind == ChargeKind.COSTS,
            Charge.status != ChargeStatus.WAIVED,
        )
    ).all()
    history = [CostCharge(created_at.date(), amount) for created_at, amount in charges]
    return small_recurring_cap(
        requested,
        on=on,
        monthly_amount=monthly,
        history=history,
        threshold=limits.threshold,
        cap=limits.amount,
        period_months=limits.months,
    )


def costs_cap_json(cap: CappedCosts) -> dict[str, Any]:
    """The cap's answer for a communication's reason and the timeline (amounts as decimal text)."""
    return {
        "requested": str(cap.requested),
        "allowed": str(cap.allowed),
        "charged_in_window": str(cap.charged_in_window),
        "window_start": cap.window_start.isoformat() if cap.window_start else None,
        "limit": str(cap.limit),
        "months": cap.months,
    }


# --------------------------------------------------------------------------- waiving paid costs

#: the reason recorded on a costs charge waived because its principal is paid
PRINCIPAL_PAID = "principal paid"


def waive_costs_of_paid_principal(
    session: Session,
    administration_id: int,
    *,
    customer_ids: Collection[int] | None,
    user_id: int | None,
    now: datetime,
) -> int:
    """Waive every open costs charge whose invoices are no longer open (see the module's docs);
    returns how many. Each waiver is audited and put on the customer's timeline."""
    query = (
        select(Charge)
        .join(Customer, Customer.id == Charge.customer_id)
        .where(
            Customer.administration_id == administration_id,
            Charge.kind == ChargeKind.COSTS,
            Charge.status == ChargeStatus.OPEN,
        )
        .order_by(Charge.id)
    )
    if customer_ids is not None:
        query = query.where(Charge.customer_id.in_(list(customer_ids)))
    charges = session.scalars(query).all()
    if not charges:
        return 0
    concerned = select(Charge.customer_id).where(
        Charge.kind == ChargeKind.COSTS, Charge.status == ChargeStatus.OPEN
    )
    open_by_invoice: dict[int, bool] = {}
    invoices_of: dict[int, list[int]] = defaultdict(list)
    for invoice_id, customer_id, status, open_amount in session.execute(
        select(Invoice.id, Invoice.customer_id, Invoice.status, Invoice.open_amount).where(
            Invoice.administration_id == administration_id,
            Invoice.customer_id.in_(concerned),
        )
    ):
        open_by_invoice[invoice_id] = status is InvoiceStatus.OPEN and open_amount > 0
        invoices_of[customer_id].append(invoice_id)
    waived = 0
    for charge in charges:
        invoice_ids = (
            [charge.invoice_id]
            if charge.invoice_id is not None
            else invoices_of[charge.customer_id]
        )
        if not invoice_ids or any(open_by_invoice.get(i, False) for i in invoice_ids):
            continue
        charge.status = ChargeStatus.WAIVED
        charge.waived_reason = PRINCIPAL_PAID
        waived += 1
        record_audit(
            session,
            user_id=user_id,
            administration_id=administration_id,
            entity="charge",
            entity_id=charge.id,
            action="waived",
            details={
                "reason": PRINCIPAL_PAID,
                "amount": str(charge.amount),
                "invoice_id": charge.invoice_id,
            },
        )
        add_customer_event(
            session,
            customer_id=charge.customer_id,
            kind="dunning",
            code="event.dunning.costs_waived",
            params={"amount": str(charge.amount)},
            invoice_id=charge.invoice_id,
            user_id=user_id,
            at=now,
        )
    return waived


def plan_key(action: ProposedAction, channel: ActionChannel, today: date) -> str:
    """The second guard against planning a step twice (see :class:`Communication`)."""
    return f"{action.customer_id}:{action.policy_id}:{action.step_key}:{channel.value}:{today}"


def message_json(message: Message) -> dict[str, Any]:
    """A message as JSON: dates as ISO text, amounts as decimal text."""
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


# --------------------------------------------------------------------------- payment links


@dataclass(frozen=True)
class _LinkJob:
    """One action's communications waiting for a link (they share it)."""

    communication_ids: tuple[int, ...]
    amount: Decimal
    reference: str | None
    description: str
    customer: LinkCustomer
    wants_link: bool
    #: the step's deadline (the latest of its channels), so the link stays payable after it
    pay_by: date | None = None


def takes_pay_by(provider: PaymentLinkProvider) -> bool:
    """Whether the provider's ``create_link`` accepts ``pay_by`` (older or test providers may not)."""
    try:
        parameters = inspect.signature(provider.create_link).parameters
    except (TypeError, ValueError):
        return False
    return "pay_by" in parameters or any(
        p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()
    )


def prepare_planned(
    db: Database,
    administration_id: int,
    *,
    link_provider: PaymentLinkProvider,
    clock: Clock = utcnow,
) -> tuple[int, int, tuple[tuple[Message, int], ...]]:
    """Ask for the payment links of every planned communication of the administration and move them
    to prepared: (communications prepared, links made, reasons for missing links with counts)."""
    jobs = _link_jobs(db, administration_id)
    with_pay_by = takes_pay_by(link_provider)
    results: list[tuple[_LinkJob, PaymentLink | None, Message | None]] = []
    for job in jobs:
        link, failure = None, None
        if job.wants_link:
            if job.amount <= 0:
                failure = Message("links.nothing_to_pay")
            else:
                extra: dict[str, Any] = {}
                if with_pay_by and job.pay_by is not None:
                    extra["pay_by"] = job.pay_by
                try:
                    link = link_provider.create_link(
                        amount=job.amount,
                        description=job.description,
                        reference=job.reference or "",
                        customer=job.customer,
                        **extra,
                    )
                except PaymentLinkError as error:
                    failure = error.message
                if link is None and failure is None:
                    failure = link_provider.no_link_reason()
        results.append((job, link, failure))
    prepared = 0
    missing: dict[Message, int] = defaultdict(int)
    with db.write() as session:
        now = clock()
        for job, link, failure in results:
            rows = session.scalars(
                select(Communication).where(Communication.id.in_(job.communication_ids))
            ).all()
            for row in rows:
                if row.status is not CommunicationStatus.PLANNED:
                    continue  # someone else prepared or cancelled it meanwhile
                if row.channel in LINK_CHANNELS:
                    if link is not None:
                        row.payment_link_url = link.url
                        row.payment_link_id = link.id
                        row.payment_link_expires_at = link.expires_at
                    elif failure is not None:
                        row.link_failure = message_json(failure)
                move(row, CommunicationStatus.PREPARED, now)
                row.prepared_at = now
                prepared += 1
            if failure is not None:
                missing[failure] += 1
    created = sum(1 for _, link, _ in results if link is not None)
    return prepared, created, tuple(missing.items())


def _link_jobs(db: Database, administration_id: int) -> list[_LinkJob]:
    with db.read() as session:
        rows = session.execute(
            select(
                Communication.id,
                Communication.customer_id,
                Communication.step_name,
                Communication.planned_for,
                Communication.channel,
                Communication.payment_reference,
                Communication.open_amount,
                Communication.costs,
                Communication.interest,
                Communication.fee,
                Communication.step_key,
                Communication.send_on,
                Communication.fourteen_day_letter,
                Communication.requested_amount,
                Customer.number,
                Customer.name,
                Customer.email,
                Customer.mobile,
                Customer.language,
            )
            .join(Customer, Customer.id == Communication.customer_id)
            .where(
                Communication.administration_id == administration_id,
                Communication.status == CommunicationStatus.PLANNED,
            )
            .order_by(Communication.id)
        ).all()
        settings = load_org_settings(session, administration_id) if rows else None
    grouped: dict[tuple[Any, ...], list[Any]] = defaultdict(list)
    for row in rows:
        grouped[row.customer_id, row.step_key, row.planned_for].append(row)
    jobs = []
    for group in grouped.values():
        first = group[0]
        linked = [row for row in group if row.channel in LINK_CHANNELS]
        jobs.append(
            _LinkJob(
                communication_ids=tuple(row.id for row in group),
                amount=requested_or_all(first),
                reference=linked[0].payment_reference if linked else None,
                description=first.step_name,
                customer=LinkCustomer(
                    id=first.customer_id,
                    number=first.number,
                    name=first.name,
                    email=first.email,
                    mobile=first.mobile,
                    language=first.language,
                ),
                wants_link=bool(linked),
                pay_by=_pay_by(linked, settings),
            )
        )
    return jobs


def requested_or_all(row: Any) -> Decimal:
    """What a communication asks: its ``requested_amount`` (a term of an arrangement), else the
    open amounts plus the costs, interest and fee it states."""
    if row.requested_amount is not None:
        return Decimal(row.requested_amount)
    return Decimal(row.open_amount + row.costs + row.interest + row.fee)


def _pay_by(rows: Sequence[Any], settings: OrgSettings | None) -> date | None:
    """The step's deadline as its letter or message states it (the letters' own rule,
    :func:`~debtordesk.services.letters_content.pay_by_dates`): the date it goes out plus the term,
    for the 14-day letter the end of the term after assumed receipt; the latest over the channels."""
    if not rows or settings is None:
        return None
    return max(
        pay_by_dates(row.send_on or row.planned_for, bool(row.fourteen_day_letter), settings)[0]
        for row in rows
    )


def move(row: Communication, target: CommunicationStatus, now: datetime) -> None:
    """Move a communication to ``target``, refused when the state machine does not allow it."""
    if not can_move(row.status, target):
        raise UserError(
            "run.bad_move", current=row.status.value, target=target.value, communication=row.id
        )
    row.status = target
    row.status_changed_at = now
    if target in (CommunicationStatus.CANCELLED, CommunicationStatus.FAILED):
        row.plan_key = None  # the step may be planned again


# --------------------------------------------------------------------------- letters going out


def mark_dispatched(
    db: Database,
    communication_id: int,
    *,
    evidence: str = "",
    dispatched_on: date | None = None,
    clock: Clock = utcnow,
    user_login: str | None = None,
) -> None:
    """A printed letter went into the post: ``dispatched``, went out on the clock's date (or an
    earlier ``dispatched_on`` the clerk gives: never a later one). For a 14-day letter the evidence is
    recorded with its assumed receipt date and the first day costs may be charged."""
    now = clock()
    day = dispatched_on or now.date()
    if day > now.date():
        raise UserError("run.dispatch_in_future", day=day)
    with db.write() as session:
        user_id = user_id_for(session, user_login)
        row = _communication(session, communication_id)
        if row.channel is not ActionChannel.LETTER:
            raise UserError("run.not_a_letter", channel=row.channel.value)
        # the organisation's postal delivery days decide when the letter counts as received
        rules = postal_rules(load_org_settings(session, row.administration_id))
        record_dispatch(
            session,
            row,
            day=day,
            evidence=evidence,
            dates=fourteen_day_dates(day, "letter", rules),
            now=now,
            user_id=user_id,
        )


def record_dispatch(
    session: Session,
    row: Communication,
    *,
    day: date,
    evidence: str,
    dates: FourteenDayDates,
    now: datetime,
    user_id: int | None,
    audit_details: Mapping[str, Any] | None = None,
) -> bool:
    """Within the caller's transaction: the letter ``row`` went into the post on ``day``
    (generated or printed -> dispatched), with the 14-day-letter evidence (its assumed receipt and
    the first day costs may be charged, from ``dates``), an audit entry and a timeline entry. True
    when 14-day-letter evidence was recorded."""
    note = evidence.strip()
    if row.status is CommunicationStatus.GENERATED:
        move(row, CommunicationStatus.PRINTED, now)  # printed outside DebtorDesk's dialog
    move(row, CommunicationStatus.DISPATCHED, now)
    row.went_out_on = day
    evidence_recorded = row.fourteen_day_letter and row.channel is ActionChannel.LETTER
    if evidence_recorded:
        session.add(
            FourteenDayLetter(
                customer_id=row.customer_id,
                communication_id=row.id,
                channel=ActionChannel.LETTER,
                dispatched_on=day,
                evidence=note,
                receipt_on=dates.receipt_on,
                term_ends_on=dates.term_ends_on,
                costs_from=dates.costs_from,
                costs_amount=row.costs_announced,
                created_at=now,
            )
        )
    record_audit(
        session,
        user_id=user_id,
        administration_id=row.administration_id,
        entity="communication",
        entity_id=row.id,
        action="dispatched",
        details={"on": day.isoformat(), "evidence": note, **(audit_details or {})},
    )
    add_customer_event(
        session,
        customer_id=row.customer_id,
        kind="dunning",
        code="event.dunning.dispatched",
        params={"step": row.step_name, "date": day.isoformat()},
        user_id=user_id,
        at=now,
    )
    return evidence_recorded


def record_returned_mail(
    db: Database,
    communication_id: int,
    *,
    note: str = "",
    clock: Clock = utcnow,
    user_login: str | None = None,
) -> None:
    """A dispatched letter came back (or an e-mail bounced): its 14-day-letter evidence is void, so no
    costs may be charged on it; the customer belongs on the call list (the timeline says so)."""
    now = clock()
    with db.write() as session:
        user_id = user_id_for(session, user_login)
        row = _communication(session, communication_id)
        letter = session.scalars(
            select(FourteenDayLetter).where(FourteenDayLetter.communication_id == row.id)
        ).first()
        code = "returned" if row.channel is ActionChannel.LETTER else "bounced"
        if letter is not None and not letter.void:
            letter.void = True
            letter.void_reason = note.strip() or code
        record_audit(
            session,
            user_id=user_id,
            administration_id=row.administration_id,
            entity="communication",
            entity_id=row.id,
            action=code,
            details={"note": note.strip(), "evidence_voided": letter is not None},
        )
        add_customer_event(
            session,
            customer_id=row.customer_id,
            kind="dunning",
            code=f"event.dunning.{code}",
            params={"step": row.step_name, "note": note.strip()},
            user_id=user_id,
            at=now,
        )


def _communication(session: Session, communication_id: int) -> Communication:
    row = session.get(Communication, communication_id)
    if row is None:
        raise UserError("run.communication_missing", communication=communication_id)
    return row
