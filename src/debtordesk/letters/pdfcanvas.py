"""reportlab's canvas with a quicker way to put one line of TrueType text on the page.

reportlab's ``drawString`` builds a text object, maps every character to the font subset and escapes
the bytes on every call: about three quarters of a letter's drawing time. Letters repeat most of
their strings (labels, the FAQ, the sender's details), so :class:`LetterCanvas` remembers each
string's encoded form for the document and writes the same PDF operators reportlab would (``BT``,
``Tm``, ``Tf``, ``Tj``, ``ET``). Anything it does not handle (a built-in Type 1 font, character or
word spacing, a text render mode, shaping) goes to reportlab's own method.
"""

from __future__ import annotations

import threading
from typing import Any

from reportlab import rl_config  # type: ignore[import-untyped]
from reportlab.lib.rl_accel import escapePDF, fp_str  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

#: (font name, text) -> the subset-switching operators and the escaped bytes, per document
_Encoded = tuple[tuple[str, str], ...]
_save_lock = threading.Lock()


class LetterCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type information
    """A canvas whose ``drawString`` family caches the encoded strings of the document."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._encoded: dict[tuple[str, str], _Encoded] = {}
        self._widths: dict[tuple[str, str], float] = {}

    def save(self) -> None:
        """Write the document with binary streams: reportlab's ASCII85 layer makes the file a fifth
        larger and, without its C accelerator, costs a millisecond and more per page. The setting is
        global in reportlab and read only while saving, so it is switched for this save alone."""
        with _save_lock:
            previous = rl_config.useA85
            rl_config.useA85 = 0
            try:
                super().save()
            finally:
                rl_config.useA85 = previous

    def _encode(self, font_name: str, text: str) -> _Encoded | None:
        key = (font_name, text)
        found = self._encoded.get(key)
        if found is None:
            font = pdfmetrics.getFont(font_name)
            if not font._dynamicFont:
                return None
            doc = self._doc
            found = tuple(
                (font.getSubsetInternalName(subset, doc), escapePDF(data))
                for subset, data in font.splitString(text, doc)
            )
            self._encoded[key] = found
        return found

    def _width(self, font_name: str, text: str) -> float:
        key = (font_name, text)
        found = self._widths.get(key)
        if found is None:
            found = self._widths[key] = float(pdfmetrics.stringWidth(text, font_name, 1.0))
        return found * float(self._fontsize)

    def _fast(self, x: float, y: float, text: str) -> bool:
        encoded = self._encode(self._fontname, text)
        if encoded is None:
            return False
        size = fp_str(self._fontsize)
        parts = [f"BT 1 0 0 1 {fp_str(x)} {fp_str(y)} Tm"]
        parts.extend(f"{name} {size} Tf ({data}) Tj" for name, data in encoded)
        parts.append("ET")
        self._code.append(" ".join(parts))
        return True

    @staticmethod
    def _plain(kwargs: dict[str, Any]) -> bool:
        return not any(
            kwargs.get(name) for name in ("mode", "charSpace", "wordSpace", "direction", "shaping")
        )

    def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        if args or not self._plain(kwargs) or not self._fast(x, y, text):
            super().drawString(x, y, text, *args, **kwargs)

    def drawRightString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        if (
            args
            or not self._plain(kwargs)
            or not self._fast(x - self._width(self._fontname, text), y, text)
        ):
            super().drawRightString(x, y, text, *args, **kwargs)

    def drawCentredString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        if (
            args
            or not self._plain(kwargs)
            or not self._fast(x - self._width(self._fontname, text) / 2, y, text)
        ):
            super().drawCentredString(x, y, text, *args, **kwargs)
