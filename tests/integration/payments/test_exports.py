"""The link-payment export for the bookkeeper (.xlsx and .csv: columns, period, formula-injection
guard, exported_at) and the CSV of prepared payment requests for an upload portal."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from debtordesk.db.models import Communication, LinkPayment
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.domain.errors import UserError
from debtordesk.i18n.catalogue import current_language, set_language
from debtordesk.providers.payment_links import NullPaymentLinkProvider
from debtordesk.services.database import Database
from debtordesk.services.dunning_run import run_queue
from debtordesk.services.letters_content import pay_by_dates
from debtordesk.services.link_exports import (
    REQUEST_COLUMNS,
    export_link_payments,
    export_payment_requests,
    guard_text,
)
from debtordesk.services.link_poll import poll_links
from debtordesk.services.org_settings import load_org_settings
from debtordesk.services.provider_settings import close_provider, payment_link_provider_for
from tests.integration.dunning.factory import add_communication
from tests.integration.payments.setup import (
    MOLLIE_KEY,
    RUN_DAY,
    configure_mollie,
    customer_with_invoices,
)
from tests.standins.mollie import MollieStandIn
from tests.standins.server import StandInServer

EVIL_NAME = '=HYPERLINK("http://evil.example","click")'
PAID = datetime(2026, 12, 17, 10, 30, tzinfo=UTC)
HEADERS_EN = [
    "Paid on",
    "Customer number",
    "Customer name",
    "Invoice number(s)",
    "Provider",
    "Payment id",
    "Payment link id",
    "Amount",
    "Payment reference",
    "To refund",
    "Why refund",
]


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    before = current_language()
    set_language("en")
    yield
    set_language(before)


def _paid_link(db: Database) -> tuple[str, str]:
    """One customer with a formula for a name, two invoices, a Mollie link paid: (link, payment)."""
    customer_with_invoices(
        db,
        "K-1",
        [("F1", date(2026, 12, 1), "100.00"), ("-F2", date(2026, 12, 2), "50.00")],
        name=EVIL_NAME,
    )
    standin = MollieStandIn(api_keys=(MOLLIE_KEY,))
    with StandInServer(standin) as server:
        secrets = configure_mollie(db, server)
        provider = payment_link_provider_for(db, 1, secrets=secrets)
        try:
            run_queue(db, 1, RUN_DAY, link_provider=provider)
            (link_id,) = standin.links
            payment_id = standin.pay(link_id, when=PAID)
            summary = poll_links(db, 1, provider=provider, clock=lambda: PAID)
        finally:
            close_provider(provider)
    assert len(summary.payments) == 1
    return link_id, payment_id


def test_link_payments_as_xlsx(db: Database, tmp_path: Path) -> None:
    link_id, payment_id = _paid_link(db)
    target = tmp_path / "betalingen.xlsx"
    result = export_link_payments(
        db, 1, since=date(2026, 12, 1), until=date(2026, 12, 31), target=target
    )
    assert (result.rows, result.new_rows, result.total) == (1, 1, Decimal("150.00"))
    sheet = load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == HEADERS_EN and len(rows) == 2
    values = dict(zip(HEADERS_EN, rows[1], strict=True))
    assert values["Paid on"] == datetime(2026, 12, 17)  # a date cell (openpyxl reads datetimes)
    assert values["Customer number"] == "K-1" and values["Customer name"] == EVIL_NAME
    assert set(str(values["Invoice number(s)"]).split(", ")) == {"F1", "-F2"}
    assert (values["Provider"], values["Payment id"], values["Payment link id"]) == (
        "mollie",
        payment_id,
        link_id,
    )
    assert values["Amount"] == 150 and values["To refund"] == "no"
    assert str(values["Payment reference"]).startswith("RF")
    # the formula is text: Excel's quote prefix, data type string, no formula
    name_cell = sheet.cell(2, HEADERS_EN.index("Customer name") + 1)
    assert name_cell.data_type == "s" and name_cell.quotePrefix
    assert sheet.cell(2, HEADERS_EN.index("Amount") + 1).number_format == "#,##0.00"
    assert sheet.cell(2, 1).number_format == "dd-mm-yyyy"
    with db.read() as session:
        assert session.scalars(select(LinkPayment.exported_at)).one() is not None
    again = export_link_payments(
        db, 1, since=date(2026, 12, 1), until=date(2026, 12, 31), target=target
    )
    assert (again.rows, again.new_rows) == (1, 0)


def test_link_payments_as_csv_and_the_period(db: Database, tmp_path: Path) -> None:
    link_id, payment_id = _paid_link(db)
    target = tmp_path / "betalingen.csv"
    result = export_link_payments(
        db, 1, since=date(2026, 12, 17), until=date(2026, 12, 17), target=target
    )
    assert result.rows == 1
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads the accents
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == HEADERS_EN
    values = dict(zip(HEADERS_EN, rows[1], strict=True))
    assert values["Paid on"] == "2026-12-17" and values["Amount"] == "150.00"
    assert values["Customer name"] == "'" + EVIL_NAME  # a leading apostrophe: never a formula
    assert values["Payment id"] == payment_id and values["Payment link id"] == link_id
    for cell in rows[1]:
        assert not cell.startswith(("=", "+", "-", "@")), cell
    before = export_link_payments(
        db, 1, since=date(2026, 12, 1), until=date(2026, 12, 16), target=tmp_path / "voor.csv"
    )
    after = export_link_payments(
        db, 1, since=date(2026, 12, 18), until=date(2026, 12, 31), target=tmp_path / "na.csv"
    )
    assert before.rows == 0 and after.rows == 0
    with (tmp_path / "voor.csv").open(encoding="utf-8-sig") as handle:
        assert list(csv.reader(handle, delimiter=";")) == [HEADERS_EN]


def test_a_refund_flag_is_in_the_export(db: Database, tmp_path: Path) -> None:
    _paid_link(db)
    with db.write() as session:
        row = session.scalars(select(LinkPayment)).one()
        row.refund_flag = True
        row.refund_reason = {
            "code": "links.refund.same_link",
            "params": {"link": row.link_id, "paid": "150.00", "asked": "150.00"},
        }
    target = tmp_path / "r.csv"
    result = export_link_payments(
        db, 1, since=date(2026, 12, 1), until=date(2026, 12, 31), target=target
    )
    assert result.refund_flags == 1
    with target.open(encoding="utf-8-sig") as handle:
        values = dict(zip(HEADERS_EN, list(csv.reader(handle, delimiter=";"))[1], strict=True))
    assert values["To refund"] == "yes" and "paid in full already" in values["Why refund"]


@pytest.mark.parametrize(
    ("name", "since", "until", "code"),
    [
        ("x.pdf", date(2026, 1, 1), None, "payments.export.format"),
        ("missing/x.xlsx", date(2026, 1, 1), None, "payments.export.folder"),
        ("x.xlsx", date(2026, 12, 10), date(2026, 12, 1), "payments.export.period"),
    ],
)
def test_export_refusals(
    db: Database, tmp_path: Path, name: str, since: date, until: date | None, code: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UserError) as info:
        export_link_payments(db, 1, since=since, until=until, target=out / name)
    assert info.value.code == code
    assert list(out.iterdir()) == []


def test_guard_text() -> None:
    for dangerous in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert guard_text(dangerous) == "'" + dangerous
    assert guard_text("+31612345678") == "+31612345678"  # a phone number stays usable
    assert guard_text("+31 6 1234") == "'+31 6 1234"
    assert guard_text("Jan") == "Jan"


# --------------------------------------------------------------------------- payment requests


def test_prepared_requests_as_csv_for_an_upload_portal(db: Database, tmp_path: Path) -> None:
    customer_with_invoices(db, "K-1", [("F1", date(2026, 12, 1), "100.00")], name="=1+2 Jansen")
    other, invoices = customer_with_invoices(db, "K-2", [("F9", date(2026, 12, 1), "40.00")])
    run_queue(db, 1, RUN_DAY, link_provider=NullPaymentLinkProvider())
    with db.read() as session:
        planned = session.execute(
            select(
                Communication.channel, Communication.customer_id, Communication.payment_reference
            )
        ).all()
        settings = load_org_settings(session, 1)
    assert {c for c, _, _ in planned} & {ActionChannel.EMAIL, ActionChannel.SMS}
    # K-2's claim has a provider's link already: uploading it would make a second payable request
    with db.write() as session:
        for row in session.scalars(select(Communication).where(Communication.customer_id == other)):
            row.payment_link_url = "https://paymentlink.mollie.com/payment/x"
            row.payment_link_id = "pl_x"
    target = tmp_path / "tikkie.csv"
    result = export_payment_requests(db, 1, target=target)
    assert (result.rows, result.with_link, result.unreachable) == (1, 1, 0)
    assert result.total == Decimal("100.00")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == list(REQUEST_COLUMNS)
    assert rows[0][:6] == ["phone", "email", "name", "amount", "description", "reference"]
    (line,) = rows[1:]
    values = dict(zip(REQUEST_COLUMNS, line, strict=True))
    assert values["phone"] == "+31612345678" and values["email"] == "k-1@example.nl"
    assert values["name"] == "'=1+2 Jansen"
    assert values["amount"] == "100.00" and values["invoices"] == "F1"
    reference = next(r for _, customer, r in planned if customer != other)
    assert values["reference"] == reference and reference
    assert len(values["description"]) <= 35 and values["description"].startswith(reference)
    assert values["customer_number"] == "K-1"
    assert values["pay_by"] == pay_by_dates(RUN_DAY, False, settings)[0].isoformat()
    assert invoices  # K-2 is left out entirely


def test_nothing_to_export_writes_nothing(db: Database, tmp_path: Path) -> None:
    customer, invoices = customer_with_invoices(db, "K-1", [("F1", date(2026, 12, 1), "10.00")])
    with db.write() as session:  # a prepared letter is not a payment request
        add_communication(
            session,
            customer,
            invoices,
            channel=ActionChannel.LETTER,
            status=CommunicationStatus.PREPARED,
            open_amount=Decimal("10.00"),
        )
    target = tmp_path / "leeg.csv"
    result = export_payment_requests(db, 1, target=target)
    assert result.rows == 0 and not target.exists()
    with pytest.raises(UserError) as info:
        export_payment_requests(db, 1, target=tmp_path / "x.xlsx")
    assert info.value.code == "payments.export.format"
