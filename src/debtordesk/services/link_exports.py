"""Exports around payment links: the link payments for the bookkeeper, and the prepared SMS and e-mail
payment requests as a CSV to upload by hand when no payment-link API is configured.

**Link payments** (:func:`export_link_payments`): providers pay out in bundles, so the bookkeeper needs
each payment that came in through a link, with what it paid: paid date, customer number and name,
invoice number(s), provider, the provider's payment id, the link id, amount, payment reference and the
refund flag with its reason. ``.xlsx`` (openpyxl; amounts are numbers, dates are dates) or ``.csv``
(``;``-separated, UTF-8 with a byte-order mark so Excel reads the accents, amounts with a decimal
point). The period is the paid date in local time, ``since`` to ``until`` inclusive. Payments listed for
the first time get their ``exported_at``.

**Payment requests for an upload portal** (:func:`export_payment_requests`): the Tikkie business
portal can create payment requests from an uploaded file. Its exact column layout is not documented in
the sources DebtorDesk was built from (PROVIDERS.md describes the API only), so this file does not claim
to be that format: it is a plain CSV with clearly named columns (``phone``, ``email``, ``name``,
``amount``, ``description``, ``reference``, then ``customer_number``, ``invoices``, ``pay_by``) that a
clerk maps in the portal or copies into its template. One row per prepared action (the SMS and the
e-mail of one step are one request, so nobody gets two payable requests for one claim). Communications
that already carry a provider's link are left out: a second request from the portal would be a second
payable request for the same claim. ``description`` keeps Tikkie's limit (35 characters, the payment
reference first). Nothing changes state: the export can be repeated. With nothing to export no file is
written (``rows`` 0).

Every text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is guarded against
formula injection: in ``.xlsx`` written as text with Excel's quote prefix, in ``.csv`` with a leading
apostrophe. A phone number in international form (``+`` and digits only) is left as it is: it cannot
run anything and an upload needs it intact. Files are written to a temporary name and moved into place.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select, update

from debtordesk.db.models import (
    Communication,
    CommunicationInvoice,
    Customer,
    LinkPayment,
)
from debtordesk.db.types import utcnow
from debtordesk.domain.dunning.model import ActionChannel, CommunicationStatus
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.domain.money import ZERO
from debtordesk.i18n.catalogue import current_language, render
from debtordesk.providers.link_common import link_text
from debtordesk.services.database import Database
from debtordesk.services.letters_content import pay_by_dates
from debtordesk.services.link_poll import refund_message
from debtordesk.services.org_settings import load_org_settings

Clock = Callable[[], datetime]

#: what a spreadsheet reads as the start of a formula (OWASP's list for CSV and XLSX)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PHONE = re.compile(r"\+[0-9]{6,15}")
_MONEY_FORMAT = "#,##0.00"
_DATE_FORMAT = "dd-mm-yyyy"
#: the columns of the link-payment export, in order (headers from the catalogue)
PAYMENT_COLUMNS = (
    "paid_on",
    "customer_number",
    "customer_name",
    "invoices",
    "provider",
    "payment_id",
    "link_id",
    "amount",
    "reference",
    "refund",
    "refund_reason",
)
#: the columns of the payment-request CSV (fixed names: scripts and portals map them)
REQUEST_COLUMNS = (
    "phone",
    "email",
    "name",
    "amount",
    "description",
    "reference",
    "customer_number",
    "invoices",
    "pay_by",
)
#: Tikkie's description limit (PROVIDERS.md 1.3)
DESCRIPTION_LIMIT = 35
_REQUEST_CHANNELS = (ActionChannel.SMS, ActionChannel.EMAIL)


@dataclass(frozen=True)
class LinkPaymentExport:
    path: Path
    rows: int
    #: rows listed for the first time by any export
    new_rows: int
    total: Decimal
    refund_flags: int


@dataclass(frozen=True)
class PaymentRequestExport:
    path: Path
    rows: int
    total: Decimal
    #: prepared SMS/e-mail actions left out because they carry a provider's link already
    with_link: int
    #: actions left out because the customer has neither a mobile number nor an e-mail address
    unreachable: int


# --------------------------------------------------------------------------- guarding cells


def guard_text(value: str) -> str:
    """A CSV cell that a spreadsheet will not run: a leading apostrophe before a formula start."""
    if value.startswith(FORMULA_START) and not _PHONE.fullmatch(value):
        return "'" + value
    return value


def _put(cell: Any, value: Any) -> None:
    """One xlsx cell: text that looks like a formula stays text (quote prefix); money and dates get
    their format."""
    cell.value = value
    if isinstance(value, str):
        if value.startswith(FORMULA_START):
            cell.data_type = "s"
            cell.quotePrefix = True
    elif isinstance(value, Decimal):
        cell.number_format = _MONEY_FORMAT
    elif isinstance(value, date):
        cell.number_format = _DATE_FORMAT


def _target(target: Path, fmt: str | None, allowed: Sequence[str]) -> tuple[Path, str]:
    path = Path(target).expanduser()
    kind = (fmt or path.suffix.lstrip(".")).lower()
    if kind not in allowed:
        raise UserError(
            "payments.export.format", path=str(path), formats=", ".join(f".{a}" for a in allowed)
        )
    if not path.parent.is_dir():
        raise UserError("payments.export.folder", folder=str(path.parent))
    return path, kind


def _replace(path: Path, write: Any) -> None:
    """Write through a temporary file in the same folder, then move it into place."""
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        try:
            write(temporary)
            temporary.replace(path)
        finally:
            temporary.unlink(missing_ok=True)
    except OSError as exc:
        raise UserError(
            "payments.export.write_failed", path=str(path), reason=exc.strerror or str(exc)
        ) from exc


def _write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([guard_text(h) for h in header])
    for row in rows:
        writer.writerow([guard_text(value) for value in row])
    data = buffer.getvalue().encode("utf-8-sig")
    _replace(path, lambda temporary: temporary.write_bytes(data))


# --------------------------------------------------------------------------- link payments


def export_link_payments(
    db: Database,
    administration_id: int,
    *,
    since: date,
    until: date | None = None,
    target: Path,
    fmt: str | None = None,
    clock: Clock = utcnow,
) -> LinkPaymentExport:
    """The link payments paid from ``since`` to ``until`` (inclusive; default: today) as ``.xlsx`` or
    ``.csv`` (``fmt``, else the file's suffix)."""
    now: datetime = clock()
    last = until or now.astimezone().date()
    if last < since:
        raise UserError("payments.export.period", since=since, until=last)
    path, kind = _target(target, fmt, ("xlsx", "csv"))
    start = datetime.combine(since, time()).astimezone()
    end = datetime.combine(last + timedelta(days=1), time()).astimezone()
    moment = func.coalesce(LinkPayment.paid_at, LinkPayment.recorded_at)
    with db.read() as session:
        rows = session.execute(
            select(LinkPayment, Customer.number, Customer.name)
            .join(Customer, Customer.id == LinkPayment.customer_id)
            .where(
                LinkPayment.administration_id == administration_id,
                moment >= start,
                moment < end,
            )
            .order_by(moment, LinkPayment.id)
        ).all()
        session.expunge_all()
    language = current_language()
    records = []
    for payment, number, name in rows:
        paid = payment.paid_at or payment.recorded_at
        reason = refund_message(payment.refund_reason)
        records.append(
            (
                paid.astimezone().date(),
                number,
                name,
                ", ".join(str(i.get("number")) for i in payment.invoices if isinstance(i, dict)),
                payment.provider,
                payment.provider_payment_id,
                payment.link_id,
                payment.amount,
                payment.payment_reference or "",
                render(Message("payments.yes" if payment.refund_flag else "payments.no"), language),
                render(reason, language) if reason is not None else "",
            )
        )
    header = [render(Message(f"payments.col.{c}"), language) for c in PAYMENT_COLUMNS]
    if kind == "xlsx":
        _replace(path, lambda temporary: _workbook(header, records).save(temporary))
    else:
        _write_csv(
            path,
            header,
            [
                [
                    value.isoformat()
                    if isinstance(value, date)
                    else f"{value:.2f}"
                    if isinstance(value, Decimal)
                    else str(value)
                    for value in record
                ]
                for record in records
            ],
        )
    new_ids = [payment.id for payment, _, _ in rows if payment.exported_at is None]
    if new_ids:
        with db.write() as session:
            session.execute(
                update(LinkPayment).where(LinkPayment.id.in_(new_ids)).values(exported_at=now)
            )
    return LinkPaymentExport(
        path=path,
        rows=len(records),
        new_rows=len(new_ids),
        total=sum((payment.amount for payment, _, _ in rows), ZERO),
        refund_flags=sum(1 for payment, _, _ in rows if payment.refund_flag),
    )


def _workbook(header: Sequence[str], records: Sequence[Sequence[Any]]) -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Payments"
    for column, text in enumerate(header, start=1):
        cell = sheet.cell(1, column)
        _put(cell, text)
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    widths = [len(text) for text in header]
    for row, record in enumerate(records, start=2):
        for column, value in enumerate(record, start=1):
            _put(sheet.cell(row, column), value)
            length = 12 if isinstance(value, date | Decimal) else len(str(value))
            widths[column - 1] = max(widths[column - 1], length)
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(60, width + 2)
    return workbook


# --------------------------------------------------------------------------- payment requests


def export_payment_requests(
    db: Database,
    administration_id: int,
    *,
    target: Path,
) -> PaymentRequestExport:
    """The prepared SMS and e-mail payment requests without a provider's link, as a CSV for an
    upload portal (see the module's docs)."""
    path, _ = _target(target, None, ("csv",))
    with db.read() as session:
        rows = session.execute(
            select(
                Communication.id,
                Communication.customer_id,
                Communication.step_key,
                Communication.step_name,
                Communication.planned_for,
                Communication.send_on,
                Communication.fourteen_day_letter,
                Communication.payment_reference,
                Communication.payment_link_url,
                Communication.open_amount,
                Communication.costs,
                Communication.interest,
                Communication.fee,
                Customer.number,
                Customer.name,
                Customer.mobile,
                Customer.email,
            )
            .join(Customer, Customer.id == Communication.customer_id)
            .where(
                Communication.administration_id == administration_id,
                Communication.status == CommunicationStatus.PREPARED,
                Communication.channel.in_(_REQUEST_CHANNELS),
            )
            .order_by(Customer.number, Communication.id)
        ).all()
        settings = load_org_settings(session, administration_id)
        numbers: dict[int, list[str]] = defaultdict(list)
        ids = [row.id for row in rows]
        for start in range(0, len(ids), 500):
            for communication_id, number in session.execute(
                select(CommunicationInvoice.communication_id, CommunicationInvoice.invoice_number)
                .where(CommunicationInvoice.communication_id.in_(ids[start : start + 500]))
                .order_by(CommunicationInvoice.id)
            ):
                numbers[communication_id].append(number)
    actions: dict[tuple[Any, ...], list[Any]] = defaultdict(list)
    for row in rows:
        actions[row.customer_id, row.step_key, row.planned_for].append(row)
    records: list[list[str]] = []
    total = ZERO
    with_link = unreachable = 0
    for group in actions.values():
        if any(row.payment_link_url for row in group):
            with_link += 1
            continue
        first = group[0]
        phone = (first.mobile or "").strip()
        email = (first.email or "").strip()
        if not phone and not email:
            unreachable += 1
            continue
        amount = first.open_amount + first.costs + first.interest + first.fee
        if amount <= 0:
            continue
        reference = (first.payment_reference or "").strip()
        pay_by = max(
            pay_by_dates(row.send_on or row.planned_for, bool(row.fourteen_day_letter), settings)[0]
            for row in group
        )
        records.append(
            [
                phone,
                email,
                first.name,
                f"{amount:.2f}",
                link_text(reference, first.step_name, DESCRIPTION_LIMIT),
                reference,
                first.number,
                ", ".join(dict.fromkeys(numbers[first.id])),
                pay_by.isoformat(),
            ]
        )
        total += amount
    if records:  # nothing to send by hand: no file (an answer, not a failure)
        _write_csv(path, REQUEST_COLUMNS, records)
    return PaymentRequestExport(
        path=path,
        rows=len(records),
        total=total,
        with_link=with_link,
        unreachable=unreachable,
    )
