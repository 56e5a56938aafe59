"""The letterhead logo of an administration: a PNG or JPEG image stored in the database (so a team
shares it and the backup holds it), drawn on every letter."""

from __future__ import annotations

from io import BytesIO

from PIL import Image, UnidentifiedImageError

from debtordesk.db.models import Administration
from debtordesk.domain.errors import UserError
from debtordesk.services.audit import record_audit
from debtordesk.services.database import Database, user_id_for

#: larger files make every letter heavy; a letterhead logo needs far less
MAX_LOGO_BYTES = 2 * 1024 * 1024
_FORMATS = {"PNG": "png", "JPEG": "jpeg"}


def checked_logo(data: bytes, *, name: str = "") -> bytes:
    """The bytes, when they are a PNG or JPEG image that can be read; else a UserError that says why."""
    if len(data) > MAX_LOGO_BYTES:
        raise UserError(
            "logo.too_large", name=name, size=len(data) // 1024, limit=MAX_LOGO_BYTES // 1024
        )
    try:
        with Image.open(BytesIO(data)) as image:
            kind = image.format or ""
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise UserError("logo.unreadable", name=name) from exc
    if kind not in _FORMATS:
        raise UserError("logo.wrong_format", name=name, format=kind or "?")
    return data


def set_logo(
    db: Database,
    administration_id: int,
    data: bytes | None,
    *,
    name: str = "",
    user_login: str | None = None,
) -> None:
    """Store (or with None remove) the administration's logo; audited."""
    logo = checked_logo(data, name=name) if data is not None else None
    with db.write() as session:
        row = session.get(Administration, administration_id)
        if row is None:
            raise UserError("administration.missing", administration_id=administration_id)
        row.logo = logo
        record_audit(
            session,
            user_id=user_id_for(session, user_login),
            administration_id=administration_id,
            entity="administration",
            entity_id=administration_id,
            action="logo",
            details={"file": name, "bytes": len(logo) if logo is not None else 0},
        )


def get_logo(db: Database, administration_id: int) -> bytes | None:
    with db.read() as session:
        row = session.get(Administration, administration_id)
        return row.logo if row is not None else None
