"""The hand-over dossier for the collection agency: one .xlsx per customer with what the agency needs to
take the claim on — the open invoices, the costs, interest and fees with the letter that announced them,
every step taken, the 14-day-letter evidence and the customer's contact details — plus a summary sheet.

Every text cell that starts with ``=``, ``+``, ``-``, ``@`` (or a tab or carriage return) is written as
text with Excel's quote prefix, never as a formula: names, notes and references come from outside and a
spreadsheet must not run them (formula injection). Amounts are numbers, dates are dates.

Every letter the customer was sent comes along as a PDF saved beside the dossier and named on the
Communications sheet (the 14-day letters on the 14-day sheet too): a posted letter's pages taken from
its archived batch, checked against the batch's SHA-256 (``handover-<number>-letter-<day>-<step>.pdf``,
``…-14-day-letter-<day>.pdf``; overdracht-, brief-, veertiendagenbrief- for a Dutch clerk), and the
letter PDF an e-mail carried, the copy the outbox kept (:mod:`debtordesk.services.email_archive`),
checked against its SHA-256 (``handover-<number>-<attachment name>``). A copy that is missing or
was changed is named there in words instead, and the dossier is written all the same.

Files are named after the customer number (``handover-<number>.xlsx``) and written to a temporary
file first, then moved into place, so a crash never leaves half a dossier under the final name.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import Session

from debtordesk.db.models import (
    Administration,
    Charge,
    Communication,
    CommunicationInvoice,
    Customer,
    EmailAttachment,
    FourteenDayLetter,
    Invoice,
    Letter,
)
from debtordesk.domain.dunning.model import (
    ActionChannel,
    ChargeKind,
    ChargeStatus,
    CommunicationStatus,
    DunningStatus,
)
from debtordesk.domain.enums import InvoiceStatus
from debtordesk.domain.errors import DebtorDeskError, UserError
from debtordesk.domain.messages import Message, MessageParam
from debtordesk.domain.money import ZERO
from debtordesk.domain.progress import NullProgress, Progress
from debtordesk.i18n.catalogue import current_language, render
from debtordesk.services.database import Database
from debtordesk.services.email_archive import read_checked
from debtordesk.services.letters import letter_pdf

#: what a spreadsheet would read as the start of a formula (OWASP's list for CSV and XLSX)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MONEY_FORMAT = "#,##0.00"
_DATE_FORMAT = "dd-mm-yyyy"
_UNSAFE_FILE_CHARACTERS = re.compile(r"[^A-Za-z0-9._-]+")
#: invoices that are still owed: open, or already marked handed over by the ledger
_OWED = (InvoiceStatus.OPEN, InvoiceStatus.HANDED_OVER)


@dataclass(frozen=True)
class DossierFile:
    """One customer's dossier as written."""

    customer_id: int
    customer_number: str
    name: str
    status: DunningStatus
    path: Path
    claims: int
    open_principal: Decimal
    open_charges: Decimal
    communications: int
    letters: int
    fourteen_day_letters: int
    #: the letter PDFs of 14-day e-mails saved beside the dossier
    pdfs: tuple[Path, ...] = ()
    #: why a kept PDF could not be added (missing, changed): the 14-day sheet says so too
    pdf_problems: tuple[Message, ...] = ()


@dataclass(frozen=True)
class HandoverExport:
    folder: Path
    files: tuple[DossierFile, ...]


# --------------------------------------------------------------------------- finding the customers


def customer_ids_for_numbers(
    db: Database, administration_id: int, numbers: Sequence[str]
) -> list[int]:
    """The ids of the customers with these numbers, in the order given; refused with words when a
    number is unknown (nothing is written then)."""
    wanted = [number.strip() for number in numbers if number.strip()]
    if not wanted:
        raise UserError("handover.no_customers")
    with db.read() as session:
        found = {
            str(number): int(customer_id)
            for customer_id, number in session.execute(
                select(Customer.id, Customer.number).where(
                    Customer.administration_id == administration_id,
                    Customer.number.in_(wanted),
                )
            )
        }
        administration = session.get(Administration, administration_id)
        code = administration.code if administration is not None else str(administration_id)
    for number in wanted:
        if number not in found:
            raise UserError("handover.unknown_customer", number=number, administration=code)
    return list(dict.fromkeys(found[number] for number in wanted))


# --------------------------------------------------------------------------- the export


def export_handover_dossiers(
    db: Database,
    customer_ids: Sequence[int],
    folder: Path,
    *,
    today: date,
    language: str | None = None,
    progress: Progress | None = None,
) -> HandoverExport:
    """Write one dossier per customer into ``folder`` (created when missing); ``today`` counts the
    days overdue. Refused with words when the folder cannot be written to."""
    if not customer_ids:
        raise UserError("handover.no_customers")
    lang = language or current_language()
    report = progress or NullProgress()
    report.set_status(Message("handover.busy"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            "handover.folder_unusable", folder=str(folder), reason=exc.strerror or str(exc)
        ) from exc
    written: list[DossierFile] = []
    used_names: set[str] = set()
    for done, customer_id in enumerate(dict.fromkeys(customer_ids)):
        if report.cancel_requested():
            break
        with db.read() as session:
            dossier = _load(session, customer_id, today)
            name = _file_name(dossier.customer["number"], customer_id, used_names, lang)
            pdfs, problems = _letter_pdfs(
                db, session, dossier, folder / name, used=used_names, language=lang
            )
        path = folder / name
        _write(_workbook(dossier, today, lang), path)
        written.append(
            replace(dossier.summary(path), pdfs=tuple(pdfs), pdf_problems=tuple(problems))
        )
        report.set_progress(done + 1, len(customer_ids))
    return HandoverExport(folder, tuple(written))


def _file_name(number: str, customer_id: int, used: set[str], language: str) -> str:
    """``handover-<number>.xlsx`` (``overdracht-…`` for a Dutch clerk), unique in the folder."""
    safe = _UNSAFE_FILE_CHARACTERS.sub("_", number).strip("._") or render(
        Message("handover.file.customer", {"id": str(customer_id)}), language
    )
    stem = render(Message("handover.file.dossier", {"number": safe}), language)
    name = f"{stem}.xlsx"
    if name.casefold() in used:  # "A/1" and "A_1" would share a name: the id tells them apart
        name = f"{stem}-{customer_id}.xlsx"
    used.add(name.casefold())
    return name


def _letter_pdfs(
    db: Database,
    session: Session,
    dossier: _Dossier,
    dossier_path: Path,
    *,
    used: set[str],
    language: str,
) -> tuple[list[Path], list[Message]]:
    """Save every letter the customer was sent as a PDF beside the dossier: the pages of a posted letter
    taken from its archived batch, the letter PDF an e-mail carried (both checked against their
    SHA-256). The Communications sheet names each file, the 14-day sheet its 14-day letters' (or, when
    a copy is missing or changed, the problem in words)."""
    written: list[Path] = []
    problems: list[Message] = []
    #: per communication: the file saved, or the problem in words
    saved: dict[int, str] = {}
    for c in dossier.communications:
        attachment, printed = c["email_attachment"], c["printed_letter"]
        if attachment is None and printed is None:
            continue
        try:
            if attachment is not None:
                attachment_id, file_name = attachment
                data = read_checked(db, session, attachment_id)
            else:
                data = letter_pdf(db, printed)
                day = c["went_out_on"] or c["planned_for"]
                when = day.isoformat() if day else str(printed)
                if c["fourteen_day_letter"]:
                    named = Message("handover.file.fourteen_day_letter", {"day": when})
                else:
                    step = c["step_name"] or str(printed)
                    named = Message("handover.file.letter", {"day": when, "step": step})
                file_name = f"{render(named, language)}.pdf"
        except DebtorDeskError as problem:
            problems.append(problem.message)
            c["pdf"] = saved[c["id"]] = render(problem.message, language)
            continue
        target = _free_name(dossier_path, file_name, used)
        _save(partial(_write_bytes, data), target)
        written.append(target)
        c["pdf"] = saved[c["id"]] = target.name
    for letter in dossier.letters:
        if letter["communication_id"] in saved:
            letter["pdf"] = saved[letter["communication_id"]]
    return written, problems


def _free_name(dossier_path: Path, file_name: str, used: set[str]) -> Path:
    """``<dossier>-<file name>.pdf`` beside the dossier, made safe and not yet used."""
    safe = _UNSAFE_FILE_CHARACTERS.sub("_", Path(file_name).stem).strip("._") or "letter"
    name = f"{dossier_path.stem}-{safe}.pdf"
    counter = 2
    while name.casefold() in used:
        name = f"{dossier_path.stem}-{safe}-{counter}.pdf"
        counter += 1
    used.add(name.casefold())
    return dossier_path.with_name(name)


def _write_bytes(data: bytes, path: Path) -> None:
    path.write_bytes(data)


def _save(write: Callable[[Path], object], path: Path) -> None:
    """Write through a temporary file beside ``path``, then move it into place."""
    try:
        # a name of our own rather than mkstemp: the file gets the usual permissions (mkstemp's
        # are private to this user, and the dossier is meant to be handed on)
        temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
        try:
            write(temporary)
            temporary.replace(path)
        finally:
            temporary.unlink(missing_ok=True)
    except OSError as exc:
        raise UserError(
            "handover.folder_unusable", folder=str(path.parent), reason=exc.strerror or str(exc)
        ) from exc


def _write(workbook: Workbook, path: Path) -> None:
    _save(workbook.save, path)


# --------------------------------------------------------------------------- loading one customer


@dataclass(frozen=True)
class _Dossier:
    customer: dict[str, Any]
    creditor: str
    invoices: list[dict[str, Any]]
    charges: list[dict[str, Any]]
    communications: list[dict[str, Any]]
    letters: list[dict[str, Any]]

    def open_charges(self, kind: ChargeKind | None = None) -> Decimal:
        return sum(
            (
                c["amount"]
                for c in self.charges
                if c["status"] is ChargeStatus.OPEN and (kind is None or c["kind"] is kind)
            ),
            ZERO,
        )

    @property
    def open_principal(self) -> Decimal:
        return sum((i["open_amount"] for i in self.invoices), ZERO)

    def summary(self, path: Path) -> DossierFile:
        return DossierFile(
            customer_id=self.customer["id"],
            customer_number=self.customer["number"],
            name=self.customer["name"],
            status=self.customer["dunning_status"],
            path=path,
            claims=len(self.invoices),
            open_principal=self.open_principal,
            open_charges=self.open_charges(),
            communications=len(self.communications),
            letters=sum(1 for c in self.communications if c["channel"] is ActionChannel.LETTER),
            fourteen_day_letters=len(self.letters),
        )


_CUSTOMER_FIELDS = (
    "number",
    "name",
    "customer_type",
    "attention",
    "address_line1",
    "address_line2",
    "postcode",
    "city",
    "country",
    "email",
    "mobile",
    "landline",
    "iban",
    "language",
    "coc_number",
    "claim_type",
    "email_consent",
)


def _load(session: Session, customer_id: int, today: date) -> _Dossier:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise UserError("views.customer_missing", customer_id=customer_id)
    values: dict[str, Any] = {name: getattr(customer, name) for name in _CUSTOMER_FIELDS}
    values.update(id=customer.id, dunning_status=DunningStatus(customer.dunning_status))
    administration = session.get(Administration, customer.administration_id)
    creditor = administration.name if administration is not None else ""
    invoices = [
        {
            "number": row.number,
            "invoice_date": row.invoice_date,
            "due_date": row.due_date,
            "amount": row.amount,
            "open_amount": row.open_amount,
            "days_overdue": max(0, (today - row.due_date).days),
            "description": row.description,
            "reference": row.reference,
            "payment_method": row.payment_method,
            "storno_date": row.storno_date,
        }
        for row in session.scalars(
            select(Invoice)
            .where(
                Invoice.customer_id == customer_id,
                Invoice.status.in_(_OWED),
                Invoice.open_amount != ZERO,
            )
            .order_by(Invoice.due_date, Invoice.number)
        )
    ]
    communications = _communications(session, customer_id)
    by_id = {c["id"]: c for c in communications}
    invoice_numbers = dict(
        session.execute(
            select(Invoice.id, Invoice.number).where(Invoice.customer_id == customer_id)
        ).all()
    )
    charges = [
        {
            "kind": ChargeKind(row.kind),
            "invoice": invoice_numbers.get(row.invoice_id) if row.invoice_id else None,
            "amount": row.amount,
            "status": ChargeStatus(row.status),
            "waived_reason": row.waived_reason,
            "recorded_on": row.created_at.astimezone().date(),
            "announced_by": by_id.get(row.communication_id) if row.communication_id else None,
        }
        for row in session.scalars(
            select(Charge)
            .where(Charge.customer_id == customer_id)
            .order_by(Charge.created_at, Charge.id)
        )
    ]
    kept = _kept_email_pdfs(session, customer_id)
    printed = _printed_letters(session, customer_id)
    for c in communications:
        c["email_attachment"] = kept.get(c["id"]) if c["channel"] is ActionChannel.EMAIL else None
        c["printed_letter"] = printed.get(c["id"]) if c["channel"] is ActionChannel.LETTER else None
    letters = [
        {
            "dispatched_on": row.dispatched_on,
            "channel": ActionChannel(row.channel),
            "evidence": row.evidence,
            "receipt_on": row.receipt_on,
            "term_ends_on": row.term_ends_on,
            "costs_from": row.costs_from,
            "costs_amount": row.costs_amount,
            "void": row.void,
            "void_reason": row.void_reason,
            "step": by_id[row.communication_id]["step_name"]
            if row.communication_id in by_id
            else None,
            "email_attachment": kept.get(row.communication_id)
            if row.channel is ActionChannel.EMAIL and row.communication_id is not None
            else None,
            "printed_letter": printed.get(row.communication_id)
            if row.channel is ActionChannel.LETTER and row.communication_id is not None
            else None,
            "communication_id": row.communication_id,
            "pdf": None,
        }
        for row in session.scalars(
            select(FourteenDayLetter)
            .where(FourteenDayLetter.customer_id == customer_id)
            .order_by(FourteenDayLetter.dispatched_on, FourteenDayLetter.id)
        )
    ]
    return _Dossier(values, creditor, invoices, charges, communications, letters)


def _kept_email_pdfs(session: Session, customer_id: int) -> dict[int, tuple[int, str]]:
    """Per e-mail communication of the customer the kept letter PDF (id, name) of its latest attempt."""
    found: dict[int, tuple[int, str]] = {}
    for row in session.execute(
        select(EmailAttachment.communication_id, EmailAttachment.id, EmailAttachment.file_name)
        .join(Communication, Communication.id == EmailAttachment.communication_id)
        .where(Communication.customer_id == customer_id)
        .order_by(EmailAttachment.communication_id, EmailAttachment.attempt_number)
    ):
        found[row.communication_id] = (row.id, row.file_name)
    return found


def _printed_letters(session: Session, customer_id: int) -> dict[int, int]:
    """Per letter communication of the customer the id of the letter as first printed (a reprint
    repeats it)."""
    found: dict[int, int] = {}
    for communication_id, letter_id in session.execute(
        select(Letter.communication_id, Letter.id)
        .where(
            Letter.customer_id == customer_id,
            Letter.communication_id.is_not(None),
            Letter.reprint_of_id.is_(None),
        )
        .order_by(Letter.id)
    ):
        if communication_id is not None:
            found.setdefault(communication_id, letter_id)
    return found


def _communications(session: Session, customer_id: int) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Communication)
        .where(Communication.customer_id == customer_id)
        .order_by(Communication.planned_for, Communication.planned_at, Communication.id)
    ).all()
    numbers: dict[int, list[str]] = {row.id: [] for row in rows}
    if numbers:
        for communication_id, number in session.execute(
            select(CommunicationInvoice.communication_id, CommunicationInvoice.invoice_number)
            .where(CommunicationInvoice.communication_id.in_(list(numbers)))
            .order_by(CommunicationInvoice.id)
        ):
            numbers[communication_id].append(number)
    return [
        {
            "id": row.id,
            "step_name": row.step_name,
            "channel": ActionChannel(row.channel),
            "requested_channel": ActionChannel(row.requested_channel)
            if row.requested_channel
            else None,
            "status": CommunicationStatus(row.status),
            "planned_for": row.planned_for,
            "went_out_on": row.went_out_on,
            "payment_reference": row.payment_reference,
            "invoices": ", ".join(numbers[row.id]),
            "open_amount": row.open_amount,
            "costs": row.costs,
            "interest": row.interest,
            "costs_announced": row.costs_announced,
            "fourteen_day_letter": row.fourteen_day_letter,
            "pdf": None,
        }
        for row in rows
    ]


# --------------------------------------------------------------------------- the workbook


class _Sheet:
    """Writes rows into one worksheet: headers in bold, money and dates formatted, text made safe."""

    def __init__(self, sheet: Worksheet, language: str) -> None:
        self.sheet = sheet
        self.language = language
        self.row = 0

    def words(self, code: str, **params: MessageParam) -> str:
        return render(Message(code, params), self.language)

    def headers(self, codes: Iterable[str]) -> None:
        self.add([self.words(f"handover.col.{code}") for code in codes], bold=True)
        self.sheet.freeze_panes = f"A{self.row + 1}"

    def add(self, values: Sequence[Any], *, bold: bool = False) -> None:
        self.row += 1
        for column, value in enumerate(values, start=1):
            cell = self.sheet.cell(self.row, column)
            _put(cell, self._plain(value))
            if bold:
                cell.font = Font(bold=True)

    def _plain(self, value: Any) -> Any:
        if isinstance(value, bool):
            return self.words("handover.yes" if value else "handover.no")
        return value

    def note(self, text: str) -> None:
        self.add([text])
        cell = self.sheet.cell(self.row, 1)
        cell.font = Font(italic=True)
        cell.alignment = Alignment(wrap_text=False)

    def fit(self) -> None:
        widths: dict[int, int] = {}
        for row in self.sheet.iter_rows():
            for cell in row:
                if cell.value is None or (cell.font is not None and cell.font.i):
                    continue
                length = 12 if isinstance(cell.value, date | Decimal) else len(str(cell.value))
                widths[cell.column] = max(widths.get(cell.column, 0), length)
        for column, width in widths.items():
            self.sheet.column_dimensions[get_column_letter(column)].width = min(60, width + 2)


def _put(cell: Any, value: Any) -> None:
    """One cell: a text that looks like a formula stays text (quote prefix), money and dates get
    their format."""
    if isinstance(value, str):
        cell.value = value
        if value.startswith(_FORMULA_START):
            cell.data_type = "s"
            cell.quotePrefix = True
        return
    cell.value = value
    if isinstance(value, Decimal):
        cell.number_format = _MONEY_FORMAT
    elif isinstance(value, date):
        cell.number_format = _DATE_FORMAT


def _workbook(dossier: _Dossier, today: date, language: str) -> Workbook:
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    sheets = {
        name: _Sheet(
            first if index == 0 else workbook.create_sheet(),
            language,
        )
        for index, name in enumerate(
            ("summary", "claims", "charges", "communications", "fourteen_day", "customer")
        )
    }
    for name, sheet in sheets.items():
        sheet.sheet.title = sheet.words(f"handover.sheet.{name}")[:31]
    _summary(sheets["summary"], dossier, today)
    _claims(sheets["claims"], dossier)
    _charges(sheets["charges"], dossier)
    _communications_sheet(sheets["communications"], dossier)
    _fourteen_day(sheets["fourteen_day"], dossier)
    _customer(sheets["customer"], dossier)
    for sheet in sheets.values():
        sheet.fit()
    return workbook


def _summary(sheet: _Sheet, dossier: _Dossier, today: date) -> None:
    w = sheet.words
    customer = dossier.customer
    sheet.add([w("handover.summary.title")], bold=True)
    valid = [letter["dispatched_on"] for letter in dossier.letters if not letter["void"]]
    oldest = min((i["due_date"] for i in dossier.invoices), default=None)
    rows: list[tuple[str, Any]] = [
        ("creditor", dossier.creditor),
        ("customer_number", customer["number"]),
        ("customer_name", customer["name"]),
        ("customer_type", w(f"handover.type.{customer['customer_type']}")),
        ("status", w(f"status.{customer['dunning_status'].value}")),
        ("made_on", today),
        ("claims", len(dossier.invoices)),
        ("oldest_due", oldest if oldest is not None else w("handover.summary.none")),
        ("open_principal", dossier.open_principal),
        ("open_costs", dossier.open_charges(ChargeKind.COSTS)),
        ("open_interest", dossier.open_charges(ChargeKind.INTEREST)),
        ("open_fees", dossier.open_charges(ChargeKind.FEE)),
        ("total", dossier.open_principal + dossier.open_charges()),
        (
            "letters",
            sum(
                1
                for c in dossier.communications
                if c["channel"] is ActionChannel.LETTER and c["went_out_on"] is not None
            ),
        ),
        ("fourteen_day", max(valid) if valid else w("handover.summary.none")),
    ]
    for code, value in rows:
        sheet.add([w(f"handover.summary.{code}"), value])
    sheet.add([])
    sheet.note(w("handover.pdf_note"))


def _claims(sheet: _Sheet, dossier: _Dossier) -> None:
    columns = (
        "invoice",
        "invoice_date",
        "due_date",
        "amount",
        "open",
        "days_overdue",
        "description",
        "reference",
        "payment_method",
        "storno_date",
    )
    sheet.headers(columns)
    for invoice in dossier.invoices:
        sheet.add(
            [
                invoice["number"],
                invoice["invoice_date"],
                invoice["due_date"],
                invoice["amount"],
                invoice["open_amount"],
                invoice["days_overdue"],
                invoice["description"],
                invoice["reference"],
                sheet.words(f"handover.method.{invoice['payment_method']}"),
                invoice["storno_date"],
            ]
        )
    if not dossier.invoices:
        sheet.note(sheet.words("handover.no_claims"))


def _charges(sheet: _Sheet, dossier: _Dossier) -> None:
    sheet.headers(
        (
            "kind",
            "invoice",
            "amount",
            "status",
            "waived_reason",
            "recorded_on",
            "announced_by",
            "announced_on",
        )
    )
    for charge in dossier.charges:
        letter = charge["announced_by"]
        sheet.add(
            [
                sheet.words(f"handover.charge.{charge['kind'].value}"),
                charge["invoice"],
                charge["amount"],
                sheet.words(f"handover.charge_status.{charge['status'].value}"),
                charge["waived_reason"],
                charge["recorded_on"],
                _step_text(sheet, letter) if letter else None,
                letter["went_out_on"] if letter else None,
            ]
        )
    if not dossier.charges:
        sheet.note(sheet.words("handover.no_rows"))


def _step_text(sheet: _Sheet, communication: dict[str, Any]) -> str:
    channel = sheet.words(f"handover.channel.{communication['channel'].value}")
    return f"{communication['step_name']} ({channel})"


def _communications_sheet(sheet: _Sheet, dossier: _Dossier) -> None:
    sheet.note(sheet.words("handover.pdf_note"))
    sheet.headers(
        (
            "step",
            "channel",
            "requested_channel",
            "status",
            "planned_for",
            "went_out_on",
            "reference",
            "invoices",
            "open",
            "costs",
            "interest",
            "costs_announced",
            "fourteen_day",
            "pdf",
        )
    )
    for c in dossier.communications:
        requested = c["requested_channel"]
        sheet.add(
            [
                c["step_name"],
                sheet.words(f"handover.channel.{c['channel'].value}"),
                sheet.words(f"handover.channel.{requested.value}") if requested else None,
                sheet.words(f"handover.comm.{c['status'].value}"),
                c["planned_for"],
                c["went_out_on"],
                c["payment_reference"],
                c["invoices"],
                c["open_amount"],
                c["costs"],
                c["interest"],
                c["costs_announced"],
                c["fourteen_day_letter"],
                c["pdf"],
            ]
        )
    if not dossier.communications:
        sheet.note(sheet.words("handover.no_rows"))


def _fourteen_day(sheet: _Sheet, dossier: _Dossier) -> None:
    sheet.headers(
        (
            "dispatched_on",
            "channel",
            "evidence",
            "receipt_on",
            "term_ends_on",
            "costs_from",
            "costs_announced",
            "void",
            "void_reason",
            "step",
            "pdf",
        )
    )
    for letter in dossier.letters:
        sheet.add(
            [
                letter["dispatched_on"],
                sheet.words(f"handover.channel.{letter['channel'].value}"),
                letter["evidence"],
                letter["receipt_on"],
                letter["term_ends_on"],
                letter["costs_from"],
                letter["costs_amount"],
                letter["void"],
                letter["void_reason"],
                letter["step"],
                letter["pdf"],
            ]
        )
    if not dossier.letters:
        sheet.note(sheet.words("handover.no_rows"))
    elif any(
        letter["email_attachment"] is not None or letter["printed_letter"] is not None
        for letter in dossier.letters
    ):
        sheet.add([])
        sheet.note(sheet.words("handover.email_pdf_note"))


def _customer(sheet: _Sheet, dossier: _Dossier) -> None:
    sheet.headers(("field", "value"))
    customer = dossier.customer
    for name in _CUSTOMER_FIELDS:
        value = customer[name]
        if name == "number":
            title = sheet.words("handover.summary.customer_number")
        else:
            title = sheet.words(f"customer.field.{name}")
        if name == "customer_type":
            value = sheet.words(f"handover.type.{value}")
        elif name == "claim_type":
            value = sheet.words(f"handover.claim.{value}")
        sheet.add([title, value])


__all__ = [
    "DossierFile",
    "HandoverExport",
    "customer_ids_for_numbers",
    "export_handover_dossiers",
]
