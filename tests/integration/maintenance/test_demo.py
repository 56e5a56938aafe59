"""The demo database: the promised shape, valid contact data, deterministic, never over real data."""

from __future__ import annotations

import csv
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from debtordesk.db.engine import Database
from debtordesk.db.models import Customer, Invoice
from debtordesk.domain.contacts import normalise_email, normalise_iban
from debtordesk.domain.errors import Cancelled, UserError
from debtordesk.domain.messages import Message
from debtordesk.domain.progress import NullProgress
from debtordesk.domain.text import search_key
from debtordesk.services.demo import DemoInfo, create_demo_database, generate_demo
from debtordesk.services.demo_write import write_demo
from debtordesk.settings.paths import demo_database_path

from .conftest import database_path, snapshot

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoInfo]:
    """One demo for the read-only tests of this module (in its own DEBTORDESK_HOME)."""
    home = tmp_path_factory.mktemp("demo-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DEBTORDESK_HOME", str(home))
        yield create_demo_database(home / "demo.sqlite", today=TODAY)


def _rows(info: DemoInfo, sql: str) -> list[sqlite3.Row]:
    connection = sqlite3.connect(info.path)
    connection.row_factory = sqlite3.Row
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def customers(demo: DemoInfo) -> list[sqlite3.Row]:
    return _rows(demo, "SELECT * FROM customer ORDER BY id")


@pytest.fixture(scope="module")
def invoices(demo: DemoInfo) -> list[sqlite3.Row]:
    return _rows(demo, "SELECT * FROM invoice ORDER BY id")


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def test_counts_and_overdue_shape(
    demo: DemoInfo, customers: list[sqlite3.Row], invoices: list[sqlite3.Row]
) -> None:
    assert demo.created
    assert demo.customers == len(customers) == 2000
    assert demo.invoices == len(invoices) and 5500 <= len(invoices) <= 7000
    dates = [date.fromisoformat(i["invoice_date"]) for i in invoices]
    assert min(dates) >= date(2025, 12, 1) and max(dates) <= TODAY
    overdue = [
        (TODAY - date.fromisoformat(i["due_date"])).days
        for i in invoices
        if i["status"] == "open" and date.fromisoformat(i["due_date"]) < TODAY
    ]
    assert demo.overdue_invoices == len(overdue)
    assert 0.03 <= _share(len(overdue), len(invoices)) <= 0.15
    assert sum(1 for d in overdue if d < 14) >= 20, "overdue by days"
    assert sum(1 for d in overdue if 14 <= d < 60) >= 20, "overdue by weeks"
    assert sum(1 for d in overdue if d >= 60) >= 20, "overdue by months"
    assert sum(1 for i in invoices if i["status"] == "open") > len(overdue), "some not yet due"


def test_payments_partials_credit_notes_and_stornos(invoices: list[sqlite3.Row]) -> None:
    paid = [i for i in invoices if i["status"] == "paid"]
    assert len(paid) > len(invoices) / 2
    for invoice in paid:
        assert invoice["open_amount"] == 0 and invoice["close_reason"] == "history"
        assert invoice["paid_date"] >= invoice["invoice_date"]
    open_ = [i for i in invoices if i["status"] == "open"]
    assert all(i["paid_date"] is None and i["open_amount"] != 0 for i in open_)
    partial = [i for i in open_ if 0 < i["open_amount"] < i["amount"]]
    assert len(partial) >= 20
    credit = [i for i in invoices if i["amount"] < 0]
    assert 10 <= len(credit) <= 100
    assert all(i["number"].startswith("C") for i in credit)
    assert any(i["status"] == "open" for i in credit) and any(i["status"] == "paid" for i in credit)
    stornos = [i for i in invoices if i["storno_date"]]
    assert all(i["payment_method"] == "direct_debit" for i in stornos)
    reopened = [i for i in stornos if i["status"] == "open"]
    assert len(reopened) >= 20 and all(0 < i["open_amount"] <= i["amount"] for i in reopened)
    assert any(i["status"] == "paid" and i["paid_date"] > i["storno_date"] for i in stornos)
    assert {i["payment_method"] for i in invoices} == {"direct_debit", "manual"}
    assert len({(i["number"], i["due_date"]) for i in invoices}) == len(invoices)


def test_customers_are_varied(customers: list[sqlite3.Row]) -> None:
    types = {c["customer_type"] for c in customers}
    business = [c for c in customers if c["customer_type"] == "business"]
    assert types == {"consumer", "business"}
    assert 100 <= len(business) <= 400 and len(business) < len(customers) / 2
    assert sum(1 for c in business if c["name"].endswith("B.V.")) >= 30
    assert all(c["coc_number"] and len(c["coc_number"]) == 8 for c in business)
    assert {c["language"] for c in customers} == {"nl", "en"}
    assert 40 <= sum(1 for c in customers if c["language"] == "en") <= 300
    assert {c["preferred_payment_day"] for c in customers} == {None, 10, 25}
    assert {c["preferred_channel"] for c in customers} == {None, "email", "sms", "letter"}
    for flag in ("opt_out_sms", "opt_out_email", "opt_out_call"):
        assert 5 <= sum(1 for c in customers if c[flag]) <= 100
    silent = [c for c in customers if not (c["email"] or c["mobile"] or c["landline"])]
    assert 5 <= len(silent) <= 60
    assert sum(1 for c in customers if c["email"]) > 0.8 * len(customers)
    assert sum(1 for c in customers if c["mobile"]) > 0.7 * len(customers)
    assert sum(1 for c in customers if c["landline"]) >= 200
    assert all(re.fullmatch(r"[1-9]\d{3} [A-Z]{2}", c["postcode"]) for c in customers)
    assert len({c["city"] for c in customers}) >= 8


def test_direct_debit_payers_have_mandates(
    customers: list[sqlite3.Row], invoices: list[sqlite3.Row]
) -> None:
    direct_debit = {i["customer_id"] for i in invoices if i["payment_method"] == "direct_debit"}
    by_hand = {
        i["customer_id"] for i in invoices if i["payment_method"] == "manual" and i["amount"] > 0
    }
    assert len(direct_debit) > 500 and len(by_hand) > 500
    for customer in customers:
        if customer["id"] in direct_debit:
            assert customer["mandate_reference"] and customer["mandate_date"]
            assert customer["iban"]
        if customer["id"] in by_hand:
            assert customer["mandate_reference"] is None


def test_names_come_from_the_dutch_population(customers: list[sqlite3.Row]) -> None:
    names = [c["name"] for c in customers]
    assert sum(1 for n in names if not n.isascii()) >= 300
    text = " ".join(names)
    for letters in ("öüçşığ", "łśąęóżźń", "ễạọếảồợươđ", "ëïé"):
        assert any(ch in text for ch in letters), letters
    assert any(n.startswith("Özer") or " Özer" in n for n in names)
    assert all(c["name_search"] == search_key(c["name"]) for c in customers)
    assert all(unicodedata.is_normalized("NFC", n) for n in names)
    assert len(set(names)) > 1500


def test_all_contact_data_is_valid(demo: DemoInfo, customers: list[sqlite3.Row]) -> None:
    for customer in customers:
        if customer["iban"]:
            assert normalise_iban(customer["iban"]).value == customer["iban"]
        if customer["email"]:
            assert normalise_email(customer["email"]).value == customer["email"]
        if customer["mobile"]:
            number = phonenumbers.parse(customer["mobile"])
            assert customer["mobile"].startswith("+316")
            assert phonenumbers.is_valid_number(number)
            assert phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE
            assert (
                phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
                == (customer["mobile"])
            )
        if customer["landline"]:
            number = phonenumbers.parse(customer["landline"])
            assert phonenumbers.is_valid_number(number)
            assert phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.FIXED_LINE
    (organisation,) = _rows(demo, "SELECT * FROM administration")
    assert organisation["name"] == "Kinderopvang De Zonnebloem B.V."
    assert normalise_iban(organisation["iban"]).value == organisation["iban"]
    assert "DEMO" in organisation["iban"] and organisation["account_holder"]
    assert organisation["coc_number"] and organisation["postcode"] and organisation["city"]


def test_one_batch_timeline_and_audit(
    demo: DemoInfo, customers: list[sqlite3.Row], invoices: list[sqlite3.Row]
) -> None:
    (batch,) = _rows(demo, "SELECT * FROM import_batch")
    assert batch["new"] == len(invoices) and batch["customers_new"] == len(customers)
    assert batch["status"] == "committed" and batch["export_date"] == TODAY.isoformat()
    assert {c["created_batch_id"] for c in customers} == {batch["id"]}
    assert {i["created_batch_id"] for i in invoices} == {batch["id"]}
    events = _rows(demo, "SELECT * FROM customer_event")
    kinds = {e["kind"] for e in events}
    assert kinds == {"created", "closed", "storno"}
    assert {e["customer_id"] for e in events if e["kind"] == "created"} == {
        c["id"] for c in customers
    }
    assert sum(1 for e in events if e["kind"] == "storno") == sum(
        1 for i in invoices if i["storno_date"]
    )
    with_payments = {e["customer_id"] for e in events if e["kind"] == "closed"}
    assert 0.1 * len(customers) < len(with_payments) < 0.6 * len(customers)
    (audit,) = _rows(demo, "SELECT * FROM audit_log")
    assert audit["action"] == "demo_created"


def test_search_finds_names_without_accents(demo: DemoInfo) -> None:
    db = Database.open(str(demo.path))
    try:
        with db.read() as session:
            found = session.scalars(
                select(Customer.name).where(Customer.name_search.like(f"%{search_key('ozer')}%"))
            ).all()
    finally:
        db.dispose()
    assert found and all("Özer" in name or "ozer" in search_key(name) for name in found)


def test_sample_files_for_the_import_wizard(demo: DemoInfo, invoices: list[sqlite3.Row]) -> None:
    xlsx, csv_file = sorted(demo.sample_files, key=lambda p: p.suffix, reverse=True)
    assert xlsx.suffix == ".xlsx" and csv_file.suffix == ".csv"
    # a demo in a file of its own (not the default demo file) keeps its samples beside that file
    assert xlsx.parent == csv_file.parent == demo.sample_folder == demo.path.parent

    sheet = load_workbook(xlsx, read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Kinderopvang De Zonnebloem B.V."
    assert rows[3][:3] == ("Debiteurnummer", "Naam", "Factuurnummer")
    open_count = sum(1 for i in invoices if i["status"] == "open")
    assert len(rows) == 4 + open_count + 1
    assert rows[-1][0] == "Totaal"

    raw = csv_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert lines[0][:3] == ["Klantnr", "Klantnaam", "Factuurnr"]
    body = lines[1:]
    assert len(body) > 500
    assert all(re.fullmatch(r"\d{2}-\d{2}-\d{4}", row[3]) for row in body)
    assert all(re.fullmatch(r"-?\d{1,3}(\.\d{3})*,\d{2}", row[5]) for row in body)
    assert any("." in row[5] for row in body), "thousands separators"
    known = {i["number"] for i in invoices}
    assert any(row[2] not in known for row in body), "new invoices in the newer export"
    assert len(body) < open_count + 40, "some were paid since"


def test_the_sample_files_agree_with_the_demo_they_came_from(demo: DemoInfo) -> None:
    """Importing today's list into the demo changes nothing a clerk sees; the newer export only
    changes invoices and brings new customers."""
    from debtordesk.domain.enums import ImportKind
    from debtordesk.importing import load_preview
    from debtordesk.services.imports import CommitOptions, parse_options_for, plan_import

    xlsx, csv_file = sorted(demo.sample_files, key=lambda p: p.suffix, reverse=True)
    db = Database.open(str(demo.path))
    try:
        options = parse_options_for(db, None, ImportKind.OPEN_ITEMS)
        today, newer = (
            plan_import(
                db,
                load_preview(path, kind=ImportKind.OPEN_ITEMS, options=options),
                CommitOptions(force=True),
            )
            for path in (xlsx, csv_file)
        )
    finally:
        db.dispose()
    assert (today.new, today.updated, today.closed, today.rejected) == (0, 0, 0, 0)
    assert (today.customers_new, today.customers_updated) == (0, 0)
    assert [i.message.code for i in today.issues] == ["import.total_row_skipped"]
    assert (newer.customers_new, newer.customers_updated) == (3, 0)
    assert newer.new > 0 and newer.updated > 0 and newer.closed > 0


def test_same_seed_same_demo_other_seed_other_demo(demo: DemoInfo, tmp_path: Path) -> None:
    again = create_demo_database(tmp_path / "again.sqlite", today=TODAY)
    first, second = snapshot(demo.path), snapshot(again.path)
    # the organisation row differs only in its time stamps
    first.pop("administration"), second.pop("administration")
    assert first == second
    assert [p.name for p in again.sample_files] == [p.name for p in demo.sample_files]
    assert [p.read_bytes() for p in again.sample_files if p.suffix == ".csv"] == [
        p.read_bytes() for p in demo.sample_files if p.suffix == ".csv"
    ]
    other = generate_demo(8, TODAY)
    same = generate_demo(7, TODAY)
    assert [c.name for c in other.customers] != [c.name for c in same.customers]
    assert len(same.invoices) == demo.invoices


def test_refuses_a_database_that_holds_data(filled_db: Database) -> None:
    path = database_path(filled_db)
    filled_db.dispose()
    before = snapshot(path)
    with pytest.raises(UserError) as caught:
        create_demo_database(path, today=TODAY)
    assert caught.value.code == "demo.not_empty"
    assert snapshot(path) == before


def test_refuses_a_foreign_sqlite_file(tmp_path: Path) -> None:
    foreign = tmp_path / "kassa.sqlite"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE bon (id INTEGER PRIMARY KEY, bedrag INTEGER)")
    connection.commit()
    connection.close()
    content = foreign.read_bytes()
    with pytest.raises(UserError) as caught:
        create_demo_database(foreign, today=TODAY)
    assert caught.value.code == "db.not_debtordesk"
    assert foreign.read_bytes() == content


def test_reopens_the_default_demo_without_regenerating() -> None:
    first = create_demo_database(demo_database_path(), today=TODAY)
    before = snapshot(first.path)
    again = create_demo_database(demo_database_path(), seed=99, today=TODAY + timedelta(days=30))
    assert first.created and not again.created
    assert again.customers == first.customers and again.invoices == first.invoices
    assert snapshot(again.path) == before
    assert len(_rows(again, "SELECT id FROM import_batch")) == 1


class _CancelAt:
    def __init__(self, code: str) -> None:
        self.code = code
        self.cancel = False

    def set_progress(self, done: int, total: int) -> None:
        return None

    def set_status(self, message: Message) -> None:
        self.cancel = self.cancel or message.code == self.code

    def cancel_requested(self) -> bool:
        return self.cancel


@pytest.mark.parametrize("stage", ["demo.progress.generating", "demo.progress.invoices"])
def test_cancel_leaves_no_half_demo(stage: str, tmp_path: Path) -> None:
    target = tmp_path / "demo.sqlite"
    with pytest.raises(Cancelled):
        create_demo_database(target, today=TODAY, progress=_CancelAt(stage))
    assert list(tmp_path.iterdir()) == []


def test_demo_writes_through_the_schema_on_both_engines(db: Database) -> None:
    data = generate_demo(7, TODAY)
    write_demo(db, data, seed=7, today=TODAY, progress=NullProgress())
    with db.read() as session:
        counts: dict[str, Any] = {
            "customers": session.scalar(select(func.count()).select_from(Customer)),
            "invoices": session.scalar(select(func.count()).select_from(Invoice)),
            "open": session.scalar(
                select(func.sum(Invoice.open_amount)).where(Invoice.status == "open")
            ),
        }
    assert counts["customers"] == len(data.customers)
    assert counts["invoices"] == len(data.invoices)
    assert counts["open"] == sum(i.open_amount for i in data.invoices if i.status == "open")
