"""The letters' embedded TrueType family (DejaVu Sans Condensed), registered once per process.

The fonts ship in ``resources/fonts`` with their licence (``LICENSE-DejaVu.txt``). DejaVu covers the
whole Latin range a Dutch debtor list holds (Łukasz Wójcik, Zoë de Vries, Ömer Çelik, Ngọc Anh), and
reportlab embeds only the glyphs a document uses.
"""

from __future__ import annotations

import threading
from importlib.resources import as_file, files

from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

#: the names the layout draws with
REGULAR = "DebtorDeskSans"
BOLD = "DebtorDeskSans-Bold"

_FILES = {REGULAR: "DejaVuSansCondensed.ttf", BOLD: "DejaVuSansCondensed-Bold.ttf"}
_lock = threading.Lock()
_state = {"registered": False}


def register_fonts() -> None:
    """Register the family with reportlab (idempotent and thread-safe; cheap after the first call)."""
    if _state["registered"]:
        return
    with _lock:
        if _state["registered"]:
            return
        folder = files("debtordesk.resources").joinpath("fonts")
        for name, filename in _FILES.items():
            with as_file(folder.joinpath(filename)) as path:
                pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _state["registered"] = True


def missing_glyphs(text: str) -> str:
    """The characters of ``text`` the regular font cannot draw (for tests and diagnostics)."""
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    face_map: dict[int, int] = font.face.charToGlyph
    return "".join(
        sorted({char for char in text if not char.isspace() and ord(char) not in face_map})
    )
