"""The fast constructor for slotted frozen dataclasses builds what the class builds."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, fields
from datetime import date
from decimal import Decimal

import pytest

from debtordesk.domain.construct import slotted_constructor
from debtordesk.domain.dunning.model import CustomerQueueRow, HoldInput, ProposedAction
from debtordesk.domain.messages import Message


def _row_values() -> tuple[object, ...]:
    """A row's fields up to its holds (the last contact, costs and interest have defaults)."""
    blocked = Message("dunning.blocked.nothing_open")
    return (7, 2, Decimal("10.00"), Decimal("5.00"), 12, "reminder", None, blocked, ())


def test_the_builder_makes_an_instance_of_the_class_equal_to_the_class_made_one() -> None:
    values = (*_row_values(), date(2026, 11, 1), Decimal("40.00"), Decimal("1.25"))
    built = slotted_constructor(CustomerQueueRow)(*values)
    made = CustomerQueueRow(*values)  # type: ignore[arg-type]
    assert type(built) is CustomerQueueRow
    assert built == made and hash(built) == hash(made)
    assert [getattr(built, f.name) for f in fields(CustomerQueueRow)] == list(values)
    with pytest.raises(FrozenInstanceError):
        built.costs = Decimal(0)  # type: ignore[misc]


def test_the_builder_wants_every_field_and_a_frozen_slotted_class() -> None:
    new_row = slotted_constructor(CustomerQueueRow)
    with pytest.raises(TypeError):  # the defaults are not filled in: every field must be given
        new_row(*_row_values())
    assert len(fields(ProposedAction)) == 21
    slotted_constructor(ProposedAction)
    with pytest.raises(TypeError):  # a dict-based class: no slots to store into
        slotted_constructor(HoldInput)
