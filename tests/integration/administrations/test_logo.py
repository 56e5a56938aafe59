"""The letterhead logo: PNG or JPEG, checked, stored in the database (shared by a team, in the backup),
and drawn on the letters."""

from __future__ import annotations

from io import BytesIO

import pytest
from PIL import Image

from debtordesk.db.models import AuditLog
from debtordesk.domain.errors import UserError
from debtordesk.services.database import Database
from debtordesk.services.logo import MAX_LOGO_BYTES, get_logo, set_logo


def image_bytes(fmt: str = "PNG", size: tuple[int, int] = (300, 90)) -> bytes:
    buffer = BytesIO()
    Image.new("RGB", size, (30, 60, 120)).save(buffer, format=fmt)
    return buffer.getvalue()


def test_a_png_or_jpeg_logo_is_stored_and_removed(db: Database) -> None:
    png = image_bytes()
    set_logo(db, 1, png, name="logo.png")
    assert get_logo(db, 1) == png
    jpeg = image_bytes("JPEG")
    set_logo(db, 1, jpeg, name="logo.jpg")
    assert get_logo(db, 1) == jpeg
    set_logo(db, 1, None)
    assert get_logo(db, 1) is None
    with db.read() as session:
        actions = [a.action for a in session.query(AuditLog).filter_by(entity="administration")]
    assert actions.count("logo") == 3


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"not an image at all", "logo.unreadable"),
        (image_bytes("GIF"), "logo.wrong_format"),
        (b"\x89PNG" + b"0" * (MAX_LOGO_BYTES + 1), "logo.too_large"),
    ],
)
def test_other_files_are_refused_and_nothing_changes(db: Database, data: bytes, code: str) -> None:
    set_logo(db, 1, image_bytes(), name="good.png")
    with pytest.raises(UserError) as refused:
        set_logo(db, 1, data, name="bad.file")
    assert refused.value.code == code
    assert get_logo(db, 1) == image_bytes()


def test_the_logo_is_drawn_on_the_letters(db: Database) -> None:
    from pypdf import PdfReader

    from debtordesk.services.letters import generate_batch, open_batch_pdf
    from tests.integration.letters.factory import TODAY, clock, fill

    fill(db)
    set_logo(db, 1, image_bytes(), name="logo.png")
    batch = generate_batch(db, 1, pending=True, letter_date=TODAY, clock=clock)
    reader = PdfReader(BytesIO(open_batch_pdf(db, batch.id)))
    first_letter = reader.pages[1]  # page 1 is the cover sheet
    assert len(first_letter.images) >= 1
