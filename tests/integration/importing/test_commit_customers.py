"""Customers from imports: a missing column never blanks, hand edits win, problems, tags, kinds."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, select, update

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


def _remove_tag(db: Database, number: str, tag: str) -> None:
    with db.write() as session:
        customer_id = session.scalar(select(Customer.id).where(Customer.number == number))
        session.execute(
            delete(CustomerTag).where(
                CustomerTag.customer_id == customer_id, CustomerTag.tag == tag
            )
        )


def test_a_tag_the_clerk_removed_comes_back_only_when_the_source_sends_it_anew(
    db: Database,
) -> None:
    _commit(db, customer("D1", name="Jan", tags=["vip", "noord"]))
    _remove_tag(db, "D1", "vip")

    summary = _commit(db, customer("D1", name="Jan", tags=["vip", "noord"]))
    assert _tags(db, "D1") == {"noord"}
    assert summary.customers_updated == 0  # type: ignore[attr-defined]

    summary = _commit(db, customer("D1", name="Jan", tags=["vip", "noord", "zuid"]))
    assert _tags(db, "D1") == {"noord", "zuid"}  # only the tag sent for the first time is added
    assert summary.customers_updated == 1  # type: ignore[attr-defined]

    _commit(db, customer("D1", name="Jan", tags=["noord", "zuid"]))  # the source drops "vip" ...
    assert _tags(db, "D1") == {"noord", "zuid"}
    _commit(db, customer("D1", name="Jan", tags=["vip", "noord", "zuid"]))  # ... and sends it again
    assert _tags(db, "D1") == {"vip", "noord", "zuid"}


def test_tags_of_a_customer_made_by_a_file_without_tags_are_all_new(db: Database) -> None:
    _commit(db, customer("D1", name="Jan"), mapping=DEFAULT_MAPPING)
    assert "tags" not in customers_by_number(db)["D1"].imported_values
    _commit(db, customer("D1", name="Jan", tags=["vip"]))
    assert _tags(db, "D1") == {"vip"}


def _problems(db: Database, number: str) -> list[tuple[str, str]]:
    return [(p["field"], p["value"]) for p in customers_by_number(db)[number].contact_problems]


def test_a_problem_returns_only_when_the_source_sends_another_bad_value(db: Database) -> None:
    bad = _problem("E-mail", "contact.email_invalid", "jan@")
    _commit(db, customer("D1", name="Jan", problems=[bad]))
    assert _problems(db, "D1") == [("email", "jan@")]
    assert customers_by_number(db)["D1"].imported_values["problems"] == {"email": ["jan@"]}

    # not corrected yet: the same file keeps the one problem, and writes nothing
    before = data_tables(db)["customer"]
    _commit(db, customer("D1", name="Jan", problems=[bad]))
    assert data_tables(db)["customer"] == before

    _hand_edit(db, "D1", email="jan@example.nl", contact_problems=[])  # the clerk corrects it
    summary = _commit(db, customer("D1", name="Jan", problems=[bad]))
    assert _problems(db, "D1") == []
    assert summary.customers_updated == 0  # type: ignore[attr-defined]

    other = _problem("E-mail", "contact.email_invalid", "jan@@example")
    _commit(db, customer("D1", name="Jan", problems=[other]))
    assert _problems(db, "D1") == [("email", "jan@@example")]
    assert customers_by_number(db)["D1"].email == "jan@example.nl"


def test_a_valid_value_after_a_bad_one_is_a_change_of_the_source(db: Database) -> None:
    _commit(db, customer("D1", name="Jan", email="jan@example.nl"))
    bad = _problem("E-mail", "contact.email_invalid", "jan@")
    _commit(db, customer("D1", name="Jan", problems=[bad]))
    assert "email" not in customers_by_number(db)["D1"].imported_values
    _hand_edit(db, "D1", email="clerk@example.nl", contact_problems=[])
    # the source sends the address of two files ago: it changed its value since last time
    summary = _commit(db, customer("D1", name="Jan", email="jan@example.nl"))
    stored = customers_by_number(db)["D1"]
    assert (stored.email, stored.contact_problems) == ("jan@example.nl", [])
    assert "problems" not in stored.imported_values
    assert summary.customers_updated == 1  # type: ignore[attr-defined]


def test_problems_remembered_before_are_kept_for_fields_the_file_does_not_cover(
    db: Database,
) -> None:
    bad_mail = _problem("E-mail", "contact.email_invalid", "jan@")
    bad_phone = _problem("Telefoon", "contact.phone_invalid", "12")
    _commit(db, customer("D1", name="Jan", problems=[bad_mail, bad_phone]))
    _hand_edit(db, "D1", contact_problems=[])
    _commit(db, customer("D1", name="Jan"), mapping={**DEFAULT_MAPPING, Field.EMAIL: "E-mail"})
    assert customers_by_number(db)["D1"].imported_values["problems"] == {"phone": ["12"]}
    _commit(db, customer("D1", name="Jan", problems=[bad_mail, bad_phone]))
    assert _problems(db, "D1") == [("email", "jan@")]  # the e-mail went from none to bad


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
