"""Letters filled in by hand for the template and layout tests (no database)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from debtordesk.domain.epc import epc_payload
from debtordesk.letters.model import (
    LetterContent,
    LetterInvoice,
    Payment,
    QrKind,
    Recipient,
    Sender,
)

IBAN = "NL91ABNA0417164300"
HOLDER = "Kinderopvang De Zonnebloem B.V."
RF = "RF18539007547034"
LINK = "https://tikkie.me/pay/ZonneBloem/7xK2mQ9pLw"
SENDER = Sender(
    name=HOLDER,
    address_line="Postbus 1234",
    postcode="3500 AB",
    city="Utrecht",
    phone="030 123 45 67",
    email="debiteuren@zonnebloem.nl",
    website="www.zonnebloem.nl",
    coc_number="12345678",
    vat_number="NL001234567B01",
    iban=IBAN,
    account_holder=HOLDER,
)


def letter(
    *,
    template: str = "reminder_1",
    language: str = "nl",
    tone: str = "formal",
    customer_type: str = "consumer",
    invoices: int = 1,
    costs: bool = False,
    link: bool = False,
    name: str = "Łukasz Wójcik",
    key: str = "1",
    customer_number: str = "K-004711",
    first_amount: Decimal = Decimal("1234.56"),
    costs_announced: Decimal | None = None,
    qr_kind: QrKind | None = None,
) -> LetterContent:
    """A letter with ``invoices`` lines (the first for ``first_amount``), optionally with costs,
    interest and (business) a fee, paid by link or by an EPC code with an RF reference."""
    lines = tuple(
        LetterInvoice(
            number=f"2026-{10000 + index}",
            due_date=date(2026, 9, 1) + timedelta(days=index),
            open_amount=first_amount if index == 0 else Decimal("10.00") + index,
            invoice_date=date(2026, 8, 1) + timedelta(days=index),
        )
        for index in range(invoices)
    )
    principal = sum((line.open_amount for line in lines), Decimal("0.00"))
    fourteen = template == "fourteen_day_letter"
    charged = Decimal("40.00") if costs and not fourteen else Decimal("0.00")
    interest = Decimal("12.34") if costs else Decimal("0.00")
    fee = Decimal("15.00") if costs and customer_type == "business" else Decimal("0.00")
    amount = principal + charged + interest + fee
    announced = costs_announced
    if announced is None:
        announced = Decimal("185.18") if fourteen else Decimal("0.00")
    if link:
        kind, payload = QrKind.LINK, LINK
    else:
        kind = QrKind.EPC
        payload = epc_payload(
            beneficiary=HOLDER, iban=IBAN, amount=amount, reference=RF, reference_kind="rf"
        )
    if qr_kind is QrKind.NONE:
        kind, payload = QrKind.NONE, ""
    recipient = Recipient(
        name=name,
        attention="t.a.v. de administratie" if customer_type == "business" else "",
        address_lines=("Kerkstraat 12 bis",),
        postcode="1234 AB",
        city="Amsterdam",
    )
    return LetterContent(
        key=key,
        template=template,
        language=language,
        tone=tone,
        customer_type=customer_type,
        customer_number=customer_number,
        letter_date=date(2026, 11, 22),
        sender=SENDER,
        recipient=recipient,
        invoices=lines,
        payment=Payment(
            amount=amount,
            reference=RF,
            reference_kind="rf",
            pay_by=date(2026, 12, 6),
            iban=IBAN,
            beneficiary=HOLDER,
            link_url=LINK if link else None,
            qr_kind=kind,
            qr_payload=payload,
        ),
        costs=charged,
        interest=interest,
        fee=fee,
        costs_announced=announced,
        fourteen_day_letter=fourteen,
        salutation_name=name.split(maxsplit=1)[0],
    )


def with_sender(content: LetterContent, **changes: object) -> LetterContent:
    return replace(content, sender=replace(content.sender, **changes))  # type: ignore[arg-type]
