"""Customers from imports: a missing column never blanks, hand edits win, problems, tags, kinds."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, update

from debtordesk.db.engine import Database
from debtordesk.db.models import Customer, CustomerTag
from debtordesk.domain.enums import CustomerType, ImportKind, SnapshotMode, TypeOrigin
from debtordesk.domain.messages import Message
from debtordesk.importing.model import Field, Issue, Severity
from debtordesk.services.imports import CommitOptions, commit_import
from debtordesk.settings.org import OrgSettings

from .factory import (
    DEFAULT_MAPPING,
    customer,
    customers_by_number,
    data_tables,
    invoice,
    invoices_by_number,
    preview,
)

WITH_CONTACT = {
    **DEFAULT_MAPPING,
    Field.EMAIL: "E-mail",
    Field.PHONE: "Telefoon",
    Field.TAGS: "Labels",
}
DAY2 = date(2026, 11, 21)


def _commit(
    db: Database, *customers: object, mapping: object = WITH_CONTACT, **kw: object
) -> object:
    file = preview(
        [invoice("F1", "D1")],
        list(customers),
        mapping=mapping,
        **kw,  # type: ignore[arg-type]
    )
    return commit_import(db, file, CommitOptions(mode=SnapshotMode.DELTA, force=True))


def _hand_edit(db: Database, number: str, **values: object) -> None:
    with db.write() as session:
        session.execute(update(Customer).where(Customer.number == number).values(**values))


def _tags(db: Database, number: str) -> set[str]:
    with db.read() as session:
        return set(
            session.scalars(select(CustomerTag.tag).join(Customer).where(Customer.number == number))
        )


def test_a_column_missing_from_the_file_never_blanks_a_field(db: Database) -> None:
    _commit(db, customer("D1", name="Jan", email="jan@example.nl", mobile="+31612345678"))
    _commit(db, customer("D1", name="Jan"), mapping=DEFAULT_MAPPING)
    stored = customers_by_number(db)["D1"]
    assert stored.email == "jan@example.nl" and stored.mobile == "+31612345678"


def test_a_hand_edit_wins_until_the_source_sends_a_different_value(db: Database) -> None:
    _commit(db, customer("D1", name="Jan", email="old@example.nl"))
    _hand_edit(db, "D1", email="clerk@example.nl", name="Jan de Vries")

    summary = _commit(db, customer("D1", name="Jan", email="old@example.nl"))
    stored = customers_by_number(db)["D1"]
    assert stored.email == "clerk@example.nl" and stored.name == "Jan de Vries"
    assert summary.customers_updated == 0  # type: ignore[attr-defined]

    summary = _commit(db, customer("D1", name="Jan", email="new@example.nl"))
    stored = customers_by_number(db)["D1"]
    assert stored.email == "new@example.nl"  # the source changed its value: it wins now
    assert stored.name == "Jan de Vries"  # the name the source sends is still the same
    assert stored.imported_values["email"] == "new@example.nl"
    assert summary.customers_updated == 1  # type: ignore[attr-defined]


def test_the_search_name_follows_the_name(db: Database) -> None:
    _commit(db, customer("D1", name="Jan"))
    _commit(db, customer("D1", name="Çelik Özer"))
    stored = customers_by_number(db)["D1"]
    assert (stored.name, stored.name_search) == ("Çelik Özer", "celik ozer")


def test_customer_type_defaults_and_origins(db: Database) -> None:
    with db.write() as session:
        from debtordesk.services.org_settings import save_org_setting

        save_org_setting(
            session,
            key="unknown_customer_type",
            value="business",
            administration_id=None,
            user_id=None,
        )
    assert OrgSettings().unknown_customer_type == "consumer"
    _commit(
        db,
        customer("D1", name="Jan"),
        customer(
            "D2",
            name="Bakkerij B.V.",
            customer_type=CustomerType.BUSINESS,
            type_origin=TypeOrigin.RULE,
        ),
        customer("D3", name="Piet", customer_type=CustomerType.CONSUMER),
    )
    stored = customers_by_number(db)
    assert (stored["D1"].customer_type, stored["D1"].type_origin) == (
        CustomerType.BUSINESS,  # the organisation's setting
        TypeOrigin.DEFAULT,
    )
    assert stored["D2"].type_origin is TypeOrigin.RULE
    assert (stored["D3"].customer_type, stored["D3"].type_origin) == (
        CustomerType.CONSUMER,
        TypeOrigin.FILE,
    )


def test_a_type_set_by_hand_gives_way_when_the_file_changes_it(db: Database) -> None:
    _commit(db, customer("D1", name="Jan", customer_type=CustomerType.CONSUMER))
    _hand_edit(db, "D1", customer_type=CustomerType.BUSINESS, type_origin=TypeOrigin.MANUAL)
    _commit(db, customer("D1", name="Jan", customer_type=CustomerType.CONSUMER))
    assert customers_by_number(db)["D1"].type_origin is TypeOrigin.MANUAL
    _commit(db, customer("D1", name="Jan", customer_type=CustomerType.BUSINESS))
    stored = customers_by_number(db)["D1"]
    assert (stored.customer_type, stored.type_origin) == (CustomerType.BUSINESS, TypeOrigin.FILE)


def _problem(column: str, code: str, value: str) -> Issue:
    return Issue(
        Severity.WARNING, Message(code, {"value": value}), row=2, column=column, value=value
    )


def test_contact_problems_are_kept_per_field_and_replaced_by_the_next_file(db: Database) -> None:
    bad_mail = _problem("E-mail", "contact.email_invalid", "jan@")
    bad_phone = _problem("Telefoon", "contact.phone_invalid", "12")
    _commit(db, customer("D1", name="Jan", problems=[bad_mail, bad_phone]))
    problems = customers_by_number(db)["D1"].contact_problems
    assert [(p["field"], p["code"], p["value"]) for p in problems] == [
        ("email", "contact.email_invalid", "jan@"),
        ("phone", "contact.phone_invalid", "12"),
    ]
    # a file with the e-mail column (now valid) but without a phone column
    mapping = {**DEFAULT_MAPPING, Field.EMAIL: "E-mail"}
    _commit(db, customer("D1", name="Jan", email="jan@example.nl"), mapping=mapping)
    problems = customers_by_number(db)["D1"].contact_problems
    assert [(p["field"], p["code"]) for p in problems] == [("phone", "contact.phone_invalid")]


def test_tags_from_the_source_come_and_go_and_hand_tags_stay(db: Database) -> None:
    _commit(db, customer("D1", name="Jan", tags=["kinderopvang", "locatie-noord"]))
    assert _tags(db, "D1") == {"kinderopvang", "locatie-noord"}
    with db.write() as session:
        customer_id = session.scalar(select(Customer.id).where(Customer.number == "D1"))
        session.add(CustomerTag(customer_id=customer_id, tag="vip"))  # the clerk's own tag

    _commit(db, customer("D1", name="Jan", tags=["kinderopvang", "bso"]))
    assert _tags(db, "D1") == {"kinderopvang", "bso", "vip"}
    assert customers_by_number(db)["D1"].imported_values["tags"] == ["bso", "kinderopvang"]

    _commit(db, customer("D1", name="Jan"), mapping=DEFAULT_MAPPING)  # no tags column at all
    assert _tags(db, "D1") == {"kinderopvang", "bso", "vip"}

    before = data_tables(db)
    _commit(db, customer("D1", name="Jan", tags=["kinderopvang", "bso"]))
    assert data_tables(db)["customer_tag"] == before["customer_tag"]
    assert data_tables(db)["customer"] == before["customer"]


def test_a_customer_master_file_touches_no_invoices(db: Database) -> None:
    commit_import(db, preview([invoice("F1", "D1"), invoice("F2", "D2")]), CommitOptions())
    invoices_before = data_tables(db)["invoice"]
    master = preview(
        [],
        [customer("D1", name="Jan", email="jan@example.nl"), customer("D9", name="Nieuw")],
        kind=ImportKind.CUSTOMERS,
        mapping={Field.CUSTOMER_NUMBER: "Nr", Field.CUSTOMER_NAME: "Naam", Field.EMAIL: "E-mail"},
        modified=DAY2,
    )
    summary = commit_import(db, master, CommitOptions(mode=SnapshotMode.FULL))
    assert (summary.customers_new, summary.customers_updated, summary.closed) == (1, 1, 0)
    assert summary.mode is SnapshotMode.DELTA  # a customer list never closes invoices
    assert data_tables(db)["invoice"] == invoices_before
    stored = customers_by_number(db)
    assert stored["D1"].email == "jan@example.nl" and stored["D9"].name == "Nieuw"


def test_an_invoice_may_move_to_a_customer_created_by_the_same_file(db: Database) -> None:
    commit_import(db, preview([invoice("F1", "D1")]), CommitOptions())
    summary = commit_import(db, preview([invoice("F1", "D2")], modified=DAY2), CommitOptions())
    assert (summary.updated, summary.customers_new) == (1, 1)
    moved = invoices_by_number(db)["F1"]
    assert moved.customer_id == customers_by_number(db)["D2"].id


def test_values_too_long_to_store_are_reported_not_crashed_on(db: Database) -> None:
    file = preview(
        [invoice("F1", "D1"), invoice("F2", "K" * 80), invoice("N" * 80, "D1")],
        [customer("D1", name="Jan", city="x" * 500), customer("K" * 80, name="Lang")],
    )
    summary = commit_import(db, file, CommitOptions())
    assert (summary.new, summary.rejected, summary.customers_new) == (1, 2, 1)
    codes = sorted(i.message.code for i in summary.issues)
    assert codes == [
        "commit.customer_rejected",
        "commit.value_too_long",
        "commit.value_too_long",
        "commit.value_too_long",
    ]
    assert customers_by_number(db)["D1"].city is None
