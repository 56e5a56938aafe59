"""Text normalisation for searching names: case-folded, accents stripped, on every database alike."""

from __future__ import annotations

import re
import unicodedata

# Letters that do not decompose into a base letter plus a combining mark.
_SPECIAL = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "þ": "th",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        "ĳ": "ij",
        "Ĳ": "ij",
    }
)
_SPACES = re.compile(r"\s+")


def search_key(text: str | None) -> str:
    """The normalised search form: 'Özer-Ünal  B.V.' -> 'ozer-unal b.v.'.

    Case-folded, accents stripped, special letters mapped to ASCII, runs of white space collapsed.
    Used for the search column that is stored beside names, and for the search text typed by the clerk.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold().translate(_SPECIAL)).strip()
