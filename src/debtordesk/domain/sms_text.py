"""SMS text arithmetic: GSM-7 or UCS-2, characters and segments, and optional transliteration to GSM-7.

An SMS travels in GSM-7 (160 septets, 153 per part once concatenated) when every character is in the GSM 03.38
basic table or its extension table (an extension character costs two septets: the escape and the character);
any other character switches the whole message to UCS-2 (70 UTF-16 units, 67 per part). One name with an ł or
ğ in a reminder therefore halves the room; :func:`transliterate_to_gsm` maps such letters to their GSM-7
neighbours (ł->l, ğ->g, ő->o) and keeps what GSM-7 has (Ä, Ö, Ñ, Ü, é, ø, ß...).

Parts are counted as a sending gateway packs them: an escape pair is never split over two parts, nor a UTF-16
surrogate pair.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

#: The GSM 03.38 basic character set (the escape 0x1B excluded).
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
#: The GSM 03.38 extension table: each costs two septets (escape + character).
GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")

GSM7_SINGLE = 160
GSM7_PART = 153
UCS2_SINGLE = 70
UCS2_PART = 67


class SmsEncoding(StrEnum):
    GSM7 = "GSM-7"
    UCS2 = "UCS-2"


@dataclass(frozen=True)
class SmsTextInfo:
    """What a text costs as an SMS."""

    encoding: SmsEncoding
    #: characters as the reader counts them (code points)
    characters: int
    #: septets (GSM-7, extension characters count 2) or UTF-16 code units (UCS-2)
    units: int
    segments: int
    #: units still free in the last segment before another one is needed
    remaining: int
    #: the characters that force UCS-2, in order of first appearance (empty for GSM-7)
    non_gsm: tuple[str, ...]


def is_gsm7_char(ch: str) -> bool:
    return ch in GSM7_BASIC or ch in GSM7_EXTENSION


def non_gsm_characters(text: str) -> tuple[str, ...]:
    """The distinct characters of ``text`` that GSM-7 cannot carry, in order of first appearance."""
    seen: dict[str, None] = {}
    for ch in text:
        if ch not in GSM7_BASIC and ch not in GSM7_EXTENSION:
            seen.setdefault(ch, None)
    return tuple(seen)


def detect_encoding(text: str) -> SmsEncoding:
    """GSM-7 when every character is in the basic or extension table, else UCS-2."""
    return SmsEncoding.UCS2 if non_gsm_characters(text) else SmsEncoding.GSM7


def _unit_sizes(text: str, encoding: SmsEncoding) -> list[int]:
    """The cost of each character in units; a character is never split over two parts."""
    if encoding is SmsEncoding.GSM7:
        return [2 if ch in GSM7_EXTENSION else 1 for ch in text]
    return [2 if ord(ch) > 0xFFFF else 1 for ch in text]


def _pack(sizes: list[int], part: int) -> tuple[int, int]:
    """(parts, units used in the last part) when ``sizes`` are packed into parts of ``part`` units."""
    parts = 1
    used = 0
    for size in sizes:
        if used + size > part:
            parts += 1
            used = 0
        used += size
    return parts, used


def analyse(text: str, *, ucs2_part: int = UCS2_PART) -> SmsTextInfo:
    """Encoding, length and segments of ``text``.

    ``ucs2_part`` is the room per concatenated UCS-2 part; CM.com documents 66 instead of the usual 67,
    so a caller that wants to count conservatively for CM passes 66.
    """
    non_gsm = non_gsm_characters(text)
    encoding = SmsEncoding.UCS2 if non_gsm else SmsEncoding.GSM7
    single, part = (
        (GSM7_SINGLE, GSM7_PART) if encoding is SmsEncoding.GSM7 else (UCS2_SINGLE, ucs2_part)
    )
    sizes = _unit_sizes(text, encoding)
    units = sum(sizes)
    if units <= single:
        segments, remaining = 1, single - units
    else:
        segments, used = _pack(sizes, part)
        remaining = part - used
    return SmsTextInfo(
        encoding=encoding,
        characters=len(text),
        units=units,
        segments=segments,
        remaining=remaining,
        non_gsm=non_gsm,
    )


def segment_count(text: str, *, ucs2_part: int = UCS2_PART) -> int:
    return analyse(text, ucs2_part=ucs2_part).segments


# Letters and signs outside GSM-7 whose GSM-7 stand-in is not what stripping the accents gives.
_SPECIAL: dict[str, str] = {
    "ł": "l",
    "Ł": "L",
    "đ": "d",
    "Đ": "D",
    "ð": "d",
    "Ð": "D",
    "þ": "th",
    "Þ": "Th",
    "œ": "oe",
    "Œ": "OE",
    "ı": "i",
    "ĳ": "ij",
    "Ĳ": "IJ",
    "ŀ": "l",
    "Ŀ": "L",
    "ħ": "h",
    "Ħ": "H",
    "ŧ": "t",
    "Ŧ": "T",
    "ŋ": "n",
    "Ŋ": "N",
    "ſ": "s",
    # typography that word processors and spreadsheets put into names and templates
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "`": "'",
    "´": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2033": '"',
    "«": '"',
    "»": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u2026": "...",
    "\u00a0": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u200b": "",
    "\u00ad": "",
    "\t": " ",
}


def _transliterate_char(ch: str) -> str:
    if ch in GSM7_BASIC or ch in GSM7_EXTENSION:
        return ch
    special = _SPECIAL.get(ch)
    if special is not None:
        return special
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    if base and all(c in GSM7_BASIC or c in GSM7_EXTENSION for c in base):
        return base
    # e.g. "ç": GSM-7 has only the capital; NFKD gives "c", handled above. Anything without a GSM-7
    # neighbour (Cyrillic, CJK, emoji) stays as it is: the text then remains UCS-2, honestly.
    return ch


def transliterate_to_gsm(text: str) -> str:
    """``text`` with letters outside GSM-7 replaced by their nearest GSM-7 form where one exists.

    "Łukasz Doğan-Kőrösi" -> "Lukasz Dogan-Korosi"; "Özgür Núñez" -> "Özgür Nuñez" (GSM-7 has Ö, ü, ñ).
    Characters without a GSM-7 neighbour are kept, so the result may still need UCS-2.
    """
    return "".join(_transliterate_char(ch) for ch in text)
