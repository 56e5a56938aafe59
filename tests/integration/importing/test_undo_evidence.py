"""Undo never deletes a record made since the import: a batch whose new customers or invoices have
letters, messages, charges, notes or edits recorded is refused, and nothing changes."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from debtordesk.db.engine import Database
from debtordesk.db.models import Charge, Customer, CustomerEvent, ImportBatch, Invoice
from debtordesk.db.types import utcnow
from debtordesk.domain.dunning.model import ChargeKind, ChargeStatus
from debtordesk.domain.enums import BatchStatus
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render
from debtordesk.services.imports import CommitOptions, commit_import, undo_last_batch

from .factory import customer, data_tables, invoice, preview


def _import(db: Database, *numbers: str) -> int:
    file = preview(
        [invoice(f"F-{n}", n) for n in numbers], [customer(n, name=f"Klant {n}") for n in numbers]
    )
    return commit_import(db, file, CommitOptions()).batch_id


def _customer_id(session: Session, number: str) -> int:
    return session.scalars(select(Customer.id).where(Customer.number == number)).one()


def _charge(session: Session, number: str) -> None:
    session.add(
        Charge(
            customer_id=_customer_id(session, number),
            kind=ChargeKind.COSTS,
            amount=Decimal("40.00"),
            status=ChargeStatus.OPEN,
        )
    )


def _note(session: Session, number: str) -> None:
    session.add(
        CustomerEvent(
            customer_id=_customer_id(session, number),
            kind="note",
            code="event.note",
            params={"text": "belde terug"},
            at=utcnow(),
        )
    )


def _invoice_charge(session: Session, number: str) -> None:
    invoice_id = session.scalars(select(Invoice.id).where(Invoice.number == f"F-{number}")).one()
    session.add(
        Charge(
            customer_id=_customer_id(session, number),
            invoice_id=invoice_id,
            kind=ChargeKind.INTEREST,
            amount=Decimal("1.25"),
            status=ChargeStatus.OPEN,
        )
    )


@pytest.mark.parametrize("record", [_charge, _note, _invoice_charge])
def test_a_record_on_a_new_customer_refuses_the_undo(
    db: Database, record: Callable[[Session, str], None]
) -> None:
    batch_id = _import(db, "K1", "K2")
    with db.write() as session:
        record(session, "K2")
    before = data_tables(db)
    with pytest.raises(UserError) as caught:
        undo_last_batch(db)
    assert caught.value.code == "undo.evidence"
    assert caught.value.message.params["customer"] == "K2"
    assert data_tables(db) == before
    with db.read() as session:
        assert session.get(ImportBatch, batch_id).status is BatchStatus.COMMITTED  # type: ignore[union-attr]
    text = render(Message("undo.evidence", {"customer": "K2"}), "nl")
    assert "klant K2" in text and "bewijs" in text


def test_records_on_customers_the_batch_did_not_add_do_not_stop_it(db: Database) -> None:
    _import(db, "K1")
    _import(db, "K1", "K2")  # K1 was there already; K2 is new and has nothing recorded
    with db.write() as session:
        _charge(session, "K1")
        _note(session, "K1")
    undo_last_batch(db)
    with db.read() as session:
        numbers = set(session.scalars(select(Customer.number)))
        charges = session.scalars(select(Charge)).all()
    assert numbers == {"K1"}
    assert len(charges) == 1


def test_a_fresh_import_still_undoes(db: Database) -> None:
    _import(db, "K1", "K2")
    undo_last_batch(db)
    with db.read() as session:
        assert session.scalars(select(Customer)).all() == []
