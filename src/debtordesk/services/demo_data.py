"""Generating the demo's customers: parents and employers of a Dutch childcare organisation, from a seed.

Pure: a seeded ``random.Random`` in, frozen records out; the same seed and day give the same demo.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

import phonenumbers
from schwifty import IBAN

from debtordesk.domain.enums import Channel, CustomerType, PaymentMethod
from debtordesk.domain.money import quantize
from debtordesk.domain.text import search_key
from debtordesk.services import demo_names as names


class Behaviour(StrEnum):
    """How a customer pays; decides the invoice history the demo gets."""

    PUNCTUAL = "punctual"
    LATE = "late"
    CHRONIC = "chronic"


@dataclass(frozen=True)
class DemoCustomer:
    number: str
    name: str
    customer_type: CustomerType
    attention: str | None
    address_line1: str
    postcode: str
    city: str
    email: str | None
    mobile: str | None
    landline: str | None
    iban: str | None
    language: str
    preferred_channel: Channel | None
    opt_out_sms: bool
    opt_out_email: bool
    opt_out_call: bool
    segment: str
    preferred_payment_day: int | None
    payment_method: PaymentMethod
    mandate_reference: str | None
    mandate_date: date | None
    coc_number: str | None
    tags: tuple[str, ...]
    since: date
    behaviour: Behaviour
    #: direct-debit payer whose collections bounce now and then
    storno_prone: bool
    #: first and last month (0 = eleven months ago, 11 = this month) with an invoice
    first_month: int
    last_month: int
    #: day of the month its invoices are dated (locations and care types bill on different days)
    billing_day: int
    monthly_fee: Decimal
    #: the timeline shows this customer's payments (the demo keeps that for some customers)
    payment_events: bool


#: invoices per customer in the last twelve months, with their weights: about three on average
_MONTHS_INVOICED = ((1, 20), (2, 27), (3, 25), (4, 13), (5, 6), (6, 4), (9, 2), (12, 3))
_HOURS = (32, 40, 48, 64, 72, 80, 96, 108, 120, 144, 160)

T = TypeVar("T")


def _weighted(rng: random.Random, pairs: tuple[tuple[T, int], ...]) -> T:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _slug(text: str, joiner: str = ".") -> str:
    words = "".join(c if c.isalnum() else " " for c in search_key(text)).split()
    return joiner.join(words)


class CustomerFactory:
    """Draws customers one by one; numbers are given out later in the order they joined."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today

    # ---------------------------------------------------------------- names and contact data

    def consumer_name(self) -> tuple[str, names.Origin]:
        rng = self.rng
        origin = rng.choices(names.ORIGINS, weights=[o.weight for o in names.ORIGINS])[0]
        given, family = rng.choice(origin.given), rng.choice(origin.family)
        if origin.key == "dutch" and rng.random() < 0.1:
            family = f"{family}-{rng.choice(origin.family)}"
        # as Dutch registers write them, family name last (also "Ngọc Anh Nguyễn")
        return f"{given} {family}", origin

    def business_name(self) -> tuple[str, str]:
        """The company's name, and the part of it that its e-mail domain is made of."""
        rng = self.rng
        origin = rng.choices(names.ORIGINS, weights=[o.weight for o in names.ORIGINS])[0]
        family = rng.choice(origin.family)
        trade_name = f"{rng.choice(names.TRADES)} {family[0].upper()}{family[1:]}"
        form = rng.choice(names.LEGAL_FORMS)
        return (f"{trade_name} {form}" if form else trade_name), trade_name

    def mobile(self) -> str:
        while True:
            number = f"+316{self.rng.randint(1, 5)}{self.rng.randint(0, 9_999_999):07d}"
            if phonenumbers.is_valid_number(phonenumbers.parse(number)):
                return number

    def landline(self) -> str:
        while True:
            area = self.rng.choice(names.AREA_CODES)
            digits = 9 - len(area)
            subscriber = self.rng.randint(2 * 10 ** (digits - 1), 10**digits - 1)
            number = f"+31{area}{subscriber}"
            if phonenumbers.is_valid_number(phonenumbers.parse(number)):
                return number

    def iban(self) -> str:
        """A Dutch IBAN with a valid check and an account number that passes the eleven test."""
        while True:
            digits = [self.rng.randint(0, 9) for _ in range(9)]
            total = sum(d * (10 - i) for i, d in enumerate(digits))
            last = (-total) % 11
            if last < 10 and any(digits):
                account = "".join(map(str, digits)) + str(last)
                bank = self.rng.choice(names.BANK_CODES)
                return str(IBAN.generate("NL", bank_code=bank, account_code=account).compact)

    def address(self) -> tuple[str, str, str]:
        rng = self.rng
        town, low, high, _share = rng.choices(names.TOWNS, weights=[t[3] for t in names.TOWNS])[0]
        while True:
            letters = rng.choice(names.POSTCODE_LETTERS) + rng.choice(names.POSTCODE_LETTERS)
            if letters not in names.UNUSED_POSTCODE_LETTERS:
                break
        number = str(rng.randint(1, 220))
        if rng.random() < 0.1:
            number += rng.choice(("a", "b", "-1", "-2", " bis", " hs"))
        return f"{rng.choice(names.STREETS)} {number}", f"{rng.randint(low, high)} {letters}", town

    def consumer_email(self, name: str) -> str:
        rng = self.rng
        parts = _slug(name).split(".")
        style = rng.random()
        if style < 0.5:
            local = ".".join(parts)
        elif style < 0.8:
            local = parts[0][0] + "." + "".join(parts[1:])
        else:
            local = "".join(parts) + str(rng.randint(1, 99))
        return f"{local}@{rng.choice(names.CONSUMER_MAIL_DOMAINS)}"

    # ---------------------------------------------------------------- one customer

    def customer(self) -> DemoCustomer:
        rng = self.rng
        business = rng.random() < 0.1
        origin: names.Origin | None = None
        if business:
            name, trade_name = self.business_name()
        else:
            name, origin = self.consumer_name()
        line1, postcode, city = self.address()
        silent = rng.random() < 0.015
        email = mobile = landline = None
        if not silent:
            if business:
                role = rng.choice(("administratie", "finance", "info", "salaris"))
                email = f"{role}@{_slug(trade_name, '-')}.example.com"
                landline = self.landline()
                mobile = self.mobile() if rng.random() < 0.3 else None
            else:
                email = self.consumer_email(name) if rng.random() < 0.9 else None
                mobile = self.mobile() if rng.random() < 0.88 else None
                landline = self.landline() if rng.random() < 0.15 else None
                if not (email or mobile or landline):
                    mobile = self.mobile()
        direct_debit = rng.random() < (0.3 if business else 0.6)
        iban = self.iban() if direct_debit or rng.random() < 0.4 else None
        behaviour = _weighted(
            rng,
            ((Behaviour.PUNCTUAL, 75), (Behaviour.LATE, 22), (Behaviour.CHRONIC, 3))
            if business
            else ((Behaviour.PUNCTUAL, 68), (Behaviour.LATE, 22), (Behaviour.CHRONIC, 10)),
        )
        months = _weighted(rng, _MONTHS_INVOICED)
        last = 11 if rng.random() < 0.55 else rng.randint(months - 1, 11)
        first = last - months + 1
        first_day = month_start(self.today, first)
        since = first_day - timedelta(days=rng.randint(5, 40))
        if first == 0:
            since -= timedelta(days=rng.randint(0, 900))
        channels: list[tuple[Channel | None, int]] = [(None, 50), (Channel.LETTER, 10)]
        if email:
            channels.append((Channel.EMAIL, 25))
        if mobile:
            channels.append((Channel.SMS, 15))
        segment, rate = rng.choice(names.CARE_TYPES)
        children = _weighted(rng, ((1, 75), (2, 21), (3, 4)))
        fee_cents = rng.choice(_HOURS) * rate * children
        if business:
            segment = "werkgeversbijdrage"
            fee_cents = fee_cents * rng.randint(1, 6) // 3
        english = origin is not None and rng.random() < origin.english
        tags: list[str] = []
        if not business and rng.random() < 0.4:
            tags.append("kinderopvangtoeslag")
        if not business and children > 1:
            tags.append("meerdere kinderen")
        return DemoCustomer(
            number="",
            name=name,
            customer_type=CustomerType.BUSINESS if business else CustomerType.CONSUMER,
            attention=rng.choice(names.ATTENTION_LINES) if business else None,
            address_line1=line1,
            postcode=postcode,
            city=city,
            email=email,
            mobile=mobile,
            landline=landline,
            iban=iban,
            language="en" if english else "nl",
            preferred_channel=_weighted(rng, tuple(channels)),
            opt_out_sms=rng.random() < 0.03,
            opt_out_email=rng.random() < 0.02,
            opt_out_call=rng.random() < 0.02,
            segment=segment,
            preferred_payment_day=(
                rng.choice((10, 25, 25)) if not business and rng.random() < 0.15 else None
            ),
            payment_method=PaymentMethod.DIRECT_DEBIT if direct_debit else PaymentMethod.MANUAL,
            mandate_reference=None,
            mandate_date=since + timedelta(days=rng.randint(0, 4)) if direct_debit else None,
            coc_number=f"{rng.randint(10_000_000, 99_999_999)}" if business else None,
            tags=tuple(tags),
            since=since,
            behaviour=behaviour,
            storno_prone=direct_debit and rng.random() < 0.12,
            first_month=first,
            last_month=last,
            billing_day=rng.choice((20, 25, 28) if business else (1, 1, 1, 5, 10, 15, 20)),
            monthly_fee=quantize(Decimal(fee_cents) / 100),
            payment_events=rng.random() < 0.3,
        )


def month_start(today: date, month: int) -> date:
    """The first day of month ``month`` of the window: 11 is this month, 0 is eleven months ago."""
    index = today.year * 12 + today.month - 1 - (11 - month)
    return date(index // 12, index % 12 + 1, 1)


def generate_customers(rng: random.Random, today: date, count: int) -> list[DemoCustomer]:
    """``count`` customers, numbered in the order they became customers."""
    factory = CustomerFactory(rng, today)
    drawn = sorted((factory.customer() for _ in range(count)), key=lambda c: c.since)
    numbered: list[DemoCustomer] = []
    for index, customer in enumerate(drawn):
        number = str(20001 + index)
        mandate = f"ZBM-{number}-1" if customer.mandate_date else None
        numbered.append(replace(customer, number=number, mandate_reference=mandate))
    return numbered
