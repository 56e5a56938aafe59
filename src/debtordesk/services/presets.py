"""Saved column mappings ("presets"), one per source, found again for the next file with the same headers.

Headers are compared in a normal form (case, accents, punctuation and spacing ignored), so "Factuur-nr."
and "factuurnr" are the same column. The preset name is also the import's "source".
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtordesk.db.engine import Database
from debtordesk.db.models import ImportPreset
from debtordesk.db.types import utcnow
from debtordesk.domain.enums import ImportKind
from debtordesk.domain.errors import UserError
from debtordesk.domain.text import search_key
from debtordesk.importing.dates import DATE_ORDER_CHOICES
from debtordesk.importing.model import Field
from debtordesk.services.audit import record_audit
from debtordesk.services.database import user_id_for
from debtordesk.services.import_plan import administration_of
from debtordesk.services.import_state import string_lengths, table_of

_NAME_LENGTH = string_lengths(table_of(ImportPreset))["name"]
_NOT_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class PresetInfo:
    id: int
    name: str
    kind: ImportKind
    administration: str
    #: the normalised headers of the file the preset was made from
    headers: tuple[str, ...]
    #: field -> column header, as in that file
    mapping: Mapping[Field, str]
    #: how the file was read (sheet, header row, snapshot mode, date order), as the caller saved it
    options: Mapping[str, Any]
    updated_at: datetime
    #: the fingerprint of the headers of the file the preset was made from (see header_key)
    header_key: str = ""

    @property
    def date_order(self) -> str:
        """How the preset reads text dates (options["date_order"]): "dmy", "mdy" or "ymd" as the
        clerk chose with it, else "auto" (an older preset, or none chosen)."""
        saved = self.options.get("date_order")
        return saved if isinstance(saved, str) and saved in DATE_ORDER_CHOICES else "auto"

    def mapping_for(self, headers: Sequence[str]) -> dict[Field, str]:
        """The mapping with each column spelled as in ``headers`` (columns match when normalised)."""
        spelled = {normalise_header(h): h for h in headers}
        return {f: spelled.get(normalise_header(h), h) for f, h in self.mapping.items()}


def normalise_header(text: str) -> str:
    """'Factuur-nr.' -> 'factuurnr'; case, accents, punctuation and spacing do not count."""
    return _NOT_WORD.sub("", search_key(text))


def header_key(headers: Sequence[str]) -> str:
    """A fingerprint of a file's set of headers (order does not matter: mappings go by name)."""
    names = sorted({n for n in (normalise_header(h) for h in headers) if n})
    return hashlib.sha256("\n".join(names).encode("utf-8")).hexdigest()


def save_preset(
    db: Database,
    *,
    name: str,
    kind: ImportKind,
    headers: Sequence[str],
    mapping: Mapping[Field, str],
    options: Mapping[str, Any],
    administration: str | None = None,
    user_login: str | None = None,
) -> PresetInfo:
    """Create the preset, or replace the one with the same name in the administration."""
    clean = name.strip()
    if not clean or len(clean) > _NAME_LENGTH:
        raise UserError("preset.bad_name", name=clean[:60], limit=_NAME_LENGTH)
    stored_options = json.loads(json.dumps(dict(options), default=str))
    with db.write() as session:
        administration_id, code = administration_of(session, administration)
        user_id = user_id_for(session, user_login)
        preset = _find_by_name(session, administration_id, clean)
        created = preset is None
        if preset is None:
            preset = ImportPreset(administration_id=administration_id, name=clean)
            session.add(preset)
        preset.kind = kind
        preset.headers = [normalise_header(h) for h in headers]
        preset.header_key = header_key(headers)
        preset.mapping = {Field(f).value: str(h) for f, h in mapping.items()}
        preset.options = stored_options
        preset.updated_by_id = user_id
        preset.updated_at = utcnow()
        session.flush()
        record_audit(
            session,
            user_id=user_id,
            administration_id=administration_id,
            entity="import_preset",
            entity_id=preset.id,
            action="create" if created else "change",
            details={"name": clean, "kind": kind.value, "mapping": preset.mapping},
        )
        return _info(preset, code)


def find_preset(
    db: Database, headers: Sequence[str], kind: ImportKind, administration: str | None = None
) -> PresetInfo | None:
    """The preset made from a file with these headers; else the one whose mapped columns are all in
    the file (the most fields mapped wins); else None."""
    return best_preset(presets_of_kind(db, kind, administration), headers)


def presets_of_kind(
    db: Database, kind: ImportKind, administration: str | None = None
) -> list[PresetInfo]:
    """The administration's presets of this kind, the most recently saved first."""
    with db.read() as session:
        administration_id, code = administration_of(session, administration)
        presets = session.scalars(
            select(ImportPreset)
            .where(ImportPreset.administration_id == administration_id, ImportPreset.kind == kind)
            .order_by(ImportPreset.updated_at.desc(), ImportPreset.id.desc())
        ).all()
        return [_info(preset, code) for preset in presets]


def best_preset(presets: Sequence[PresetInfo], headers: Sequence[str]) -> PresetInfo | None:
    """Of ``presets`` (most recent first): the one made from a file with these headers; else the
    one whose mapped columns are all among them (the most fields mapped wins); else None."""
    key = header_key(headers)
    for preset in presets:
        if preset.header_key == key:
            return preset
    present = {normalise_header(h) for h in headers}
    best: tuple[int, PresetInfo] | None = None
    for preset in presets:
        mapped = {normalise_header(h) for h in preset.mapping.values()}
        if mapped and mapped <= present and (best is None or len(mapped) > best[0]):
            best = (len(mapped), preset)
    return best[1] if best else None


def list_presets(
    db: Database, kind: ImportKind | None = None, administration: str | None = None
) -> list[PresetInfo]:
    with db.read() as session:
        administration_id, code = administration_of(session, administration)
        statement = select(ImportPreset).where(ImportPreset.administration_id == administration_id)
        if kind is not None:
            statement = statement.where(ImportPreset.kind == kind)
        presets = session.scalars(statement).all()
        return sorted((_info(p, code) for p in presets), key=lambda p: search_key(p.name))


def get_preset(db: Database, name: str, administration: str | None = None) -> PresetInfo:
    """The preset with this name; UserError when there is none."""
    with db.read() as session:
        administration_id, code = administration_of(session, administration)
        preset = _find_by_name(session, administration_id, name.strip())
        if preset is None:
            raise UserError(
                "preset.unknown", name=name, known=_known_names(session, administration_id)
            )
        return _info(preset, code)


def delete_preset(
    db: Database, name: str, administration: str | None = None, user_login: str | None = None
) -> None:
    with db.write() as session:
        administration_id, _ = administration_of(session, administration)
        preset = _find_by_name(session, administration_id, name.strip())
        if preset is None:
            raise UserError(
                "preset.unknown", name=name, known=_known_names(session, administration_id)
            )
        user_id = user_id_for(session, user_login)
        record_audit(
            session,
            user_id=user_id,
            administration_id=administration_id,
            entity="import_preset",
            entity_id=preset.id,
            action="delete",
            details={"name": preset.name, "kind": preset.kind.value, "mapping": preset.mapping},
        )
        session.delete(preset)


def _find_by_name(session: Session, administration_id: int, name: str) -> ImportPreset | None:
    return session.scalars(
        select(ImportPreset).where(
            ImportPreset.administration_id == administration_id, ImportPreset.name == name
        )
    ).first()


def _known_names(session: Session, administration_id: int) -> str:
    names = session.scalars(
        select(ImportPreset.name).where(ImportPreset.administration_id == administration_id)
    ).all()
    return ", ".join(sorted(names, key=search_key)) or "-"


def _info(preset: ImportPreset, administration: str) -> PresetInfo:
    mapping: dict[Field, str] = {}
    for field_name, header in (preset.mapping or {}).items():
        try:
            mapping[Field(field_name)] = str(header)
        except ValueError:
            continue  # a field an older version knew; not ours to guess
    return PresetInfo(
        id=preset.id,
        name=preset.name,
        kind=preset.kind,
        administration=administration,
        headers=tuple(str(h) for h in preset.headers or ()),
        mapping=mapping,
        options=dict(preset.options or {}),
        updated_at=preset.updated_at,
        header_key=preset.header_key or "",
    )
