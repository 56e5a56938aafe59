"""A filled database with prepared letters from a real dunning run, and helpers to read batch PDFs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

from debtordesk.db.models import Administration
from debtordesk.domain.messages import Message
from debtordesk.providers.payment_links import (
    LinkCustomer,
    NullPaymentLinkProvider,
    PaymentLink,
    PaymentLinkProvider,
)
from debtordesk.services.database import Database
from debtordesk.services.dunning_run import RunSummary, run_queue
from tests.integration.views.factory import add_customer, add_invoice

TODAY = date(2026, 12, 16)  # a Wednesday
NOW = datetime(2026, 12, 16, 8, 30, tzinfo=UTC)
IBAN = "NL91ABNA0417164300"
HOLDER = "Stichting Kinderopvang Zonnetje"


def clock() -> datetime:
    return NOW


class FakeLinks:
    """A payment link per request."""

    def __init__(self) -> None:
        self.made: list[str] = []

    def create_link(
        self, *, amount: Decimal, description: str, reference: str, customer: LinkCustomer
    ) -> PaymentLink | None:
        url = f"https://pay.example/l/{customer.number}-{len(self.made) + 1}"
        self.made.append(url)
        return PaymentLink(url=url, id=f"L{len(self.made)}")

    def no_link_reason(self) -> Message:
        return Message("links.no_provider")


@dataclass(frozen=True)
class Filled:
    customers: dict[str, int]
    run: RunSummary


def set_sender(
    db: Database,
    *,
    name: str = "Zonnetje Kinderopvang",
    iban: str | None = IBAN,
    account_holder: str | None = HOLDER,
    **values: object,
) -> None:
    with db.write() as session:
        row = session.get_one(Administration, 1)
        row.name = name
        row.iban = iban
        row.account_holder = account_holder
        row.address_line = "Stationsweg 1"
        row.postcode = "3811 MZ"
        row.city = "Amersfoort"
        row.phone = "033 123 45 67"
        row.email = "debiteuren@zonnetje.example"
        for key, value in values.items():
            setattr(row, key, value)


#: (number, name, postcode, days overdue, amount); 30+ days: the 14-day letter; 15-27: reminder 2
CUSTOMERS = (
    ("K-100", "Zoë de Vries", "9711 HM", 30, "123.45"),
    ("K-200", "Łukasz Wójcik", "1011 AB", 31, "1234.56"),
    ("K-300", "Ömer Çelik", "3511 LX", 16, "80.00"),
    ("K-400", "Anna Jansen", "1011 AA", 30, "45.10"),
)


def add_customers(
    db: Database,
    *,
    today: date = TODAY,
    customers: tuple[tuple[str, str, str, int, str], ...] = CUSTOMERS,
    invoices_per_customer: int = 1,
) -> dict[str, int]:
    """The sender's details, and customers with postal addresses and invoices overdue on ``today``."""
    set_sender(db)
    ids: dict[str, int] = {}
    with db.write() as session:
        for number, name, postcode, days, amount in customers:
            customer = add_customer(
                session,
                number,
                name,
                address_line1=f"Dorpsstraat {len(ids) + 1}",
                postcode=postcode,
                city="Utrecht",
            )
            ids[number] = customer
            for index in range(invoices_per_customer):
                add_invoice(
                    session,
                    customer,
                    f"F{number[2:]}-{index + 1}",
                    date.fromordinal(today.toordinal() - days - index),
                    amount,
                    invoice_date=date.fromordinal(today.toordinal() - days - 14 - index),
                )
    return ids


def fill(
    db: Database,
    *,
    links: PaymentLinkProvider | None = None,
    customers: tuple[tuple[str, str, str, int, str], ...] = CUSTOMERS,
    invoices_per_customer: int = 1,
) -> Filled:
    """Customers with postal addresses and overdue invoices, then the run on TODAY."""
    ids = add_customers(db, customers=customers, invoices_per_customer=invoices_per_customer)
    run = run_queue(db, 1, TODAY, link_provider=links or NullPaymentLinkProvider(), clock=clock)
    return Filled(ids, run)


def decode_qr_codes(pdf: bytes | Path, page_index: int, scale: float = 4.0) -> list[str]:
    """The texts of the QR codes on one page, read from a rendered image (pypdfium2 + zxing-cpp)."""
    import pypdfium2
    import zxingcpp

    document = pypdfium2.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    try:
        image = document[page_index].render(scale=scale).to_pil()
    finally:
        document.close()
    return [
        result.text
        for result in zxingcpp.read_barcodes(image)
        if result.format == zxingcpp.BarcodeFormat.QRCode
    ]


def page_texts(pdf: bytes | Path) -> list[str]:
    reader = PdfReader(BytesIO(pdf) if isinstance(pdf, bytes) else str(pdf))
    return [page.extract_text() or "" for page in reader.pages]


def page_count(pdf: bytes | Path) -> int:
    reader = PdfReader(BytesIO(pdf) if isinstance(pdf, bytes) else str(pdf))
    return len(reader.pages)
