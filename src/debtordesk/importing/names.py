"""Names in their search form, fast: the domain's ``search_key`` with shortcuts for common names.

An import of 40,000 customers puts every name in search form (for the stored search column, and to
spot a legal form such as "B.V."). Plain ASCII names and Latin names with accents (Özer, Nguyễn) are
nearly all of them: decomposed and stripped of their accents they are ASCII, and for ASCII the domain
rule comes down to case-folding and single spaces. Anything else (Ł, ß, other scripts) takes the
rule itself, so the result is always exactly :func:`debtordesk.domain.text.search_key`.
"""

from __future__ import annotations

import re
import unicodedata

from debtordesk.domain.text import search_key

#: the accents of Latin letters: the combining marks of the block U+0300-U+036F
_ACCENTS = re.compile(
    "[" + "".join(chr(c) for c in range(0x300, 0x370) if unicodedata.combining(chr(c))) + "]"
)


def name_search_key(name: str) -> str:
    """``search_key(name)``, computed faster for ASCII names and accented Latin ones."""
    plain = name if name.isascii() else _ACCENTS.sub("", unicodedata.normalize("NFKD", name))
    return " ".join(plain.casefold().split()) if plain.isascii() else search_key(name)
