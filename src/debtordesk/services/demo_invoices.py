"""The demo's invoices: monthly childcare invoices over a year, paid, late, partly paid, reversed, credited.

Pure and seeded like :mod:`debtordesk.services.demo_data`: the customers' behaviour decides when each
invoice was paid, so the demo has a payment history and arrears of days, weeks and months.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from debtordesk.domain.enums import CustomerType, InvoiceStatus, PaymentMethod
from debtordesk.domain.money import ZERO, quantize
from debtordesk.services.demo_data import Behaviour, DemoCustomer, month_start
from debtordesk.services.demo_names import DUTCH_MONTHS


@dataclass(frozen=True)
class DemoInvoice:
    #: index into the customer list
    customer: int
    number: str
    invoice_date: date
    due_date: date
    amount: Decimal
    open_amount: Decimal
    payment_method: PaymentMethod
    status: InvoiceStatus
    paid_date: date | None
    storno_date: date | None
    description: str

    @property
    def is_credit_note(self) -> bool:
        return self.amount < 0


@dataclass(frozen=True)
class _Settlement:
    status: InvoiceStatus
    open_amount: Decimal
    paid_date: date | None
    storno_date: date | None


class _Settler:
    """Decides, per invoice, whether and when it was paid, given how its customer pays."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today

    def settle(
        self, customer: DemoCustomer, issued: date, due: date, amount: Decimal
    ) -> _Settlement:
        rng = self.rng
        if due > self.today:
            return _Settlement(InvoiceStatus.OPEN, amount, None, None)
        storno: date | None = None
        paid: date | None
        if customer.payment_method is PaymentMethod.DIRECT_DEBIT:
            paid = due
            if customer.storno_prone and rng.random() < 0.3:
                reversed_on = due + timedelta(days=rng.randint(2, 6))
                if reversed_on <= self.today:
                    storno = reversed_on
                    later = rng.random() < 0.55
                    paid = reversed_on + timedelta(days=rng.randint(5, 40)) if later else None
        else:
            paid = self._manual_payment(customer.behaviour, due)
        if paid is not None:
            paid = max(paid, issued)
        if paid is None or paid > self.today:
            return _Settlement(InvoiceStatus.OPEN, self._left_open(customer, amount), None, storno)
        return _Settlement(InvoiceStatus.PAID, ZERO, paid, storno)

    def _manual_payment(self, behaviour: Behaviour, due: date) -> date | None:
        rng = self.rng
        if behaviour is Behaviour.PUNCTUAL:
            return due + timedelta(days=rng.randint(-6, 4))
        if behaviour is Behaviour.LATE:
            return due + timedelta(days=rng.randint(5, 50))
        if rng.random() < 0.45:
            return None
        return due + timedelta(days=rng.randint(20, 120))

    def _left_open(self, customer: DemoCustomer, amount: Decimal) -> Decimal:
        """The whole amount, or what is left after a partial payment in whole euros."""
        chance = {Behaviour.CHRONIC: 0.3, Behaviour.LATE: 0.1}.get(customer.behaviour, 0.0)
        if self.rng.random() >= chance:
            return amount
        paid_part = Decimal(int(amount * Decimal(self.rng.uniform(0.25, 0.6))))
        return amount - paid_part if paid_part > 0 else amount


def _due_date(customer: DemoCustomer, issued: date) -> date:
    """Fourteen days (businesses thirty), or the first preferred payment day a week after issue."""
    if customer.preferred_payment_day:
        due = issued + timedelta(days=7)
        while due.day != customer.preferred_payment_day:
            due += timedelta(days=1)
        return due
    if customer.customer_type is CustomerType.BUSINESS:
        return issued + timedelta(days=30)
    return issued + timedelta(days=14)


def _description(customer: DemoCustomer, issued: date, credit: bool) -> str:
    month = f"{DUTCH_MONTHS[issued.month - 1]} {issued.year}"
    if credit:
        return f"Creditnota: correctie opvanguren {month}"
    if customer.customer_type is CustomerType.BUSINESS:
        return f"Werkgeversbijdrage kinderopvang {month}"
    return f"Kinderopvang {month} ({customer.segment})"


def generate_invoices(
    rng: random.Random, today: date, customers: list[DemoCustomer]
) -> list[DemoInvoice]:
    """Every customer's monthly invoices (and a few credit notes), numbered per year by date."""
    settler = _Settler(rng, today)
    drafts: list[DemoInvoice] = []
    for index, customer in enumerate(customers):
        for month in range(customer.first_month, customer.last_month + 1):
            issued = month_start(today, month).replace(day=customer.billing_day)
            if issued > today:
                continue
            due = _due_date(customer, issued)
            amount = customer.monthly_fee
            if rng.random() < 0.15:
                amount = quantize(amount * Decimal(rng.choice(("1.05", "1.10", "1.15"))))
            drafts.append(
                _draft(index, customer, issued=issued, due=due, amount=amount, settler=settler)
            )
        if rng.random() < 0.02:
            month = rng.randint(customer.first_month, customer.last_month)
            issued = month_start(today, month) + timedelta(days=rng.randint(3, 20))
            if issued <= today:
                refund = quantize(customer.monthly_fee * Decimal(rng.randint(5, 25)) / 100)
                drafts.append(
                    _credit_note(index, customer, issued, -max(refund, Decimal("10.00")), today)
                )
    drafts.sort(key=lambda inv: (inv.invoice_date, inv.is_credit_note, inv.customer))
    return _numbered(drafts)


def _draft(
    index: int,
    customer: DemoCustomer,
    *,
    issued: date,
    due: date,
    amount: Decimal,
    settler: _Settler,
) -> DemoInvoice:
    settled = settler.settle(customer, issued, due, amount)
    return DemoInvoice(
        customer=index,
        number="",
        invoice_date=issued,
        due_date=due,
        amount=amount,
        open_amount=settled.open_amount,
        payment_method=customer.payment_method,
        status=settled.status,
        paid_date=settled.paid_date,
        storno_date=settled.storno_date,
        description=_description(customer, issued, credit=False),
    )


def _credit_note(
    index: int, customer: DemoCustomer, issued: date, amount: Decimal, today: date
) -> DemoInvoice:
    """A credit for closure days: settled against the next invoice after a month, open before."""
    due = issued + timedelta(days=14)
    settled = due + timedelta(days=16) <= today
    return DemoInvoice(
        customer=index,
        number="",
        invoice_date=issued,
        due_date=due,
        amount=amount,
        open_amount=ZERO if settled else amount,
        payment_method=PaymentMethod.MANUAL,
        status=InvoiceStatus.PAID if settled else InvoiceStatus.OPEN,
        paid_date=due if settled else None,
        storno_date=None,
        description=_description(customer, issued, credit=True),
    )


def _numbered(drafts: list[DemoInvoice]) -> list[DemoInvoice]:
    counters: dict[tuple[int, bool], int] = {}
    numbered: list[DemoInvoice] = []
    for invoice in drafts:
        key = (invoice.invoice_date.year, invoice.is_credit_note)
        counters[key] = counters.get(key, 0) + 1
        if invoice.is_credit_note:
            number = f"C{key[0]}-{counters[key]:04d}"
        else:
            number = f"{key[0]}-{counters[key]:05d}"
        numbered.append(replace(invoice, number=number))
    return numbered
