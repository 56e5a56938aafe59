"""Presets: saved per administration, found again for a file with the same headers."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from debtordesk.db.engine import Database
from debtordesk.db.models import Administration, AuditLog
from debtordesk.domain.enums import ImportKind
from debtordesk.domain.errors import UserError
from debtordesk.importing.model import Field
from debtordesk.services.imports import (
    delete_preset,
    find_preset,
    get_preset,
    list_presets,
    save_preset,
)

HEADERS = ("Factuurnummer", "Debiteur", "Naam", "Vervaldatum", "Bedrag", "Openstaand")
MAPPING = {
    Field.INVOICE_NUMBER: "Factuurnummer",
    Field.CUSTOMER_NUMBER: "Debiteur",
    Field.AMOUNT: "Bedrag",
    Field.DUE_DATE: "Vervaldatum",
}


def _save(db: Database, name: str = "Exact Online openstaande posten", **kw: object) -> object:
    args: dict[str, object] = {
        "name": name,
        "kind": ImportKind.OPEN_ITEMS,
        "headers": HEADERS,
        "mapping": MAPPING,
        "options": {"sheet": None, "header_row": 3, "mode": "full"},
    }
    args.update(kw)
    return save_preset(db, **args)  # type: ignore[arg-type]


def test_a_saved_preset_is_found_for_the_same_headers_in_any_spelling_and_order(
    db: Database,
) -> None:
    saved = _save(db)
    found = find_preset(
        db,
        ("  OPENSTAAND", "bedrag", "Factuur-nummer", "Vervaldatum", "naam", "DEBITEUR"),
        ImportKind.OPEN_ITEMS,
    )
    assert found is not None and found.id == saved.id  # type: ignore[attr-defined]
    assert found.mapping == MAPPING
    assert dict(found.options) == {"sheet": None, "header_row": 3, "mode": "full"}
    assert (
        found.mapping_for(("  OPENSTAAND", "bedrag", "Factuur-nummer", "Vervaldatum", "DEBITEUR"))[
            Field.INVOICE_NUMBER
        ]
        == "Factuur-nummer"
    )
    assert find_preset(db, HEADERS, ImportKind.CUSTOMERS) is None  # another kind of file


def test_a_preset_whose_columns_are_all_present_is_the_fallback(db: Database) -> None:
    _save(db, "klein", mapping={Field.INVOICE_NUMBER: "Factuurnummer", Field.AMOUNT: "Bedrag"})
    _save(db, "groot", headers=("other",))
    found = find_preset(db, (*HEADERS, "Extra kolom"), ImportKind.OPEN_ITEMS)
    assert found is not None and found.name == "groot"  # the one that maps the most fields
    assert find_preset(db, ("Nummer", "Totaal"), ImportKind.OPEN_ITEMS) is None


def test_saving_under_an_existing_name_replaces_it(db: Database) -> None:
    _save(db)
    _save(db, mapping={Field.INVOICE_NUMBER: "Naam", Field.AMOUNT: "Bedrag"})
    presets = list_presets(db)
    assert len(presets) == 1 and presets[0].mapping == {
        Field.INVOICE_NUMBER: "Naam",
        Field.AMOUNT: "Bedrag",
    }
    with db.read() as session:
        actions = session.scalars(
            select(AuditLog.action).where(AuditLog.entity == "import_preset")
        ).all()
    assert actions == ["create", "change"]


def test_list_get_and_delete(db: Database) -> None:
    _save(db, "Twinfield")
    _save(db, "exact", kind=ImportKind.CUSTOMERS)
    assert [p.name for p in list_presets(db)] == ["exact", "Twinfield"]
    assert [p.name for p in list_presets(db, kind=ImportKind.CUSTOMERS)] == ["exact"]
    assert get_preset(db, "Twinfield").kind is ImportKind.OPEN_ITEMS
    delete_preset(db, "Twinfield")
    with pytest.raises(UserError) as caught:
        get_preset(db, "Twinfield")
    assert caught.value.code == "preset.unknown"
    assert caught.value.message.params["known"] == "exact"
    with pytest.raises(UserError):
        delete_preset(db, "Twinfield")


def test_presets_belong_to_their_administration(db: Database) -> None:
    with db.write() as session:
        session.add(Administration(code="B", name="Tweede"))
    _save(db, "gedeeld")
    assert find_preset(db, HEADERS, ImportKind.OPEN_ITEMS, administration="B") is None
    assert list_presets(db, administration="B") == []
    assert get_preset(db, "gedeeld").administration == "MAIN"


@pytest.mark.parametrize("name", ["", "   ", "x" * 121])
def test_a_bad_name_is_refused(db: Database, name: str) -> None:
    with pytest.raises(UserError) as caught:
        _save(db, name)
    assert caught.value.code == "preset.bad_name"
