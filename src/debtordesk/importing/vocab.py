"""The small vocabularies of a customer file: type, language, payment method, yes/no, country, postcode.

Each reader takes the cell's text and returns the value, or None when the text is not one it knows (the
caller warns and leaves the field out).
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale

from debtordesk.domain.enums import Channel, ClaimType, CustomerType, PaymentMethod
from debtordesk.domain.text import search_key
from debtordesk.importing.names import name_search_key

_PUNCTUATION = re.compile(r"[^0-9a-z]+")


def _key(text: str) -> str:
    return _PUNCTUATION.sub(" ", search_key(text)).strip()


def _table(pairs: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Word (in its compared form) -> value; a word listed under two values is a mistake."""
    table: dict[str, str] = {}
    for value, words in pairs.items():
        for word in words:
            if table.setdefault(_key(word), value) != value:
                raise ValueError(f"{word!r} is listed under two values")
    return table


# fmt: off
_CUSTOMER_TYPES = _table(
    {
        CustomerType.CONSUMER: (
            "particulier", "consument", "prive", "privé", "p", "c", "consumer", "private", "b2c",
            "natuurlijk persoon", "persoon", "individual", "person", "particuliere klant",
        ),
        CustomerType.BUSINESS: (
            "zakelijk", "bedrijf", "b", "z", "business", "company", "organisatie", "organization",
            "organisation", "b2b", "rechtspersoon", "onderneming", "zakelijke klant", "corporate",
            "zzp", "zzp er", "instelling",
        ),
    }
)

_LANGUAGES = _table(
    {
        "nl": ("nl", "nld", "dut", "ned", "nederlands", "dutch", "n", "nl nl", "nl be", "vlaams"),
        "en": ("en", "eng", "engels", "english", "e", "en gb", "en us", "uk", "gb", "englisch"),
    }
)

_PAYMENT_METHODS = _table(
    {
        PaymentMethod.DIRECT_DEBIT: (
            "incasso", "automatische incasso", "automatische afschrijving", "doorlopende incasso",
            "sepa incasso", "incasso sepa", "sepa", "sepa dd", "sepa direct debit", "machtiging",
            "doorlopende machtiging", "eenmalige machtiging", "eenmalige incasso",
            "incassomachtiging", "direct debit", "dd", "auto debit", "autodebit", "ai", "aut inc",
            "auto incasso", "automatisch", "ja", "j", "yes", "y", "1", "x", "true",
        ),
        PaymentMethod.MANUAL: (
            "overboeking", "overmaking", "overmaken", "bankoverschrijving", "bank overschrijving",
            "overschrijving", "acceptgiro", "factuur", "op factuur", "op rekening", "handmatig",
            "zelf betalen", "betaallink", "betaalverzoek", "ideal", "wero", "contant", "pin",
            "pinbetaling", "bank", "transfer", "bank transfer", "manual", "invoice", "nee", "n",
            "no", "0", "false",
        ),
    }
)

_YES_NO = _table(
    {
        "yes": ("ja", "j", "yes", "y", "1", "x", "true", "waar", "wel", "akkoord", "opt out"),
        "no": ("nee", "n", "no", "0", "false", "onwaar", "niet", "geen"),
    }
)

_CHANNELS = _table(
    {
        Channel.SMS: ("sms", "tekstbericht", "text", "text message", "whatsapp"),
        Channel.EMAIL: ("email", "e mail", "mail", "e mailadres"),
        Channel.LETTER: ("brief", "post", "letter", "papier", "paper", "mail post"),
        Channel.CALL: ("bellen", "telefoon", "call", "phone", "telefonisch"),
    }
)

_CLAIM_TYPES = _table(
    {
        ClaimType.CONSUMER_SALE: (
            "consumentenkoop", "koop", "levering", "consumer sale", "sale", "2", "2 jaar",
            "2 years", "energie", "energy",
        ),
        ClaimType.OTHER: (
            "overig", "overige", "diensten", "dienst", "other", "5", "5 jaar", "5 years",
        ),
    }
)

#: legal forms that mark a business in a name: anywhere as a word ...
_LEGAL_WORDS = frozenset(
    [
        "stichting",
        "vereniging",
        "cooperatie",
        "holding",
        "maatschap",
        "gmbh",
        "ltd",
        "llc",
        "inc",
        "limited",
        "bvba",
        "vzw",
        "sarl",
        "vve",
        "incorporated",
        "corporation",
        "corp",
        "plc",
        "gemeente",
        "kerkgenootschap",
    ]
)
#: ... or, for short forms that are also names or words ("Ab", "As"), only at the end of the name or
#: written with dots
_LEGAL_SHORT = frozenset(
    [
        "bv",
        "nv",
        "vof",
        "cv",
        "sa",
        "ag",
        "kg",
        "ug",
        "srl",
        "spa",
        "ab",
        "oy",
        "as",
        "aps",
        "ua",
        "wa",
        "cvba",
        "se",
    ]
)
# fmt: on
_NAME_TOKENS = re.compile(r"[a-z0-9.]+")


@lru_cache(maxsize=4096)
def customer_type(text: str) -> CustomerType | None:
    value = _CUSTOMER_TYPES.get(_key(text))
    return CustomerType(value) if value else None


@lru_cache(maxsize=65536)
def looks_like_business(name: str) -> bool:
    """True when the name carries a legal form: 'Bakkerij Jansen B.V.', 'Stichting De Boog'."""
    tokens = _NAME_TOKENS.findall(name_search_key(name))
    for position, token in enumerate(tokens):
        bare = token.replace(".", "")
        if bare in _LEGAL_WORDS:
            return True
        dotted = "." in token.strip(".") or token.endswith(".")
        if bare in _LEGAL_SHORT and (position == len(tokens) - 1 or (dotted and len(bare) > 1)):
            return True
    return False


@lru_cache(maxsize=1024)
def language(text: str) -> str | None:
    return _LANGUAGES.get(_key(text))


@lru_cache(maxsize=1024)
def payment_method(text: str) -> PaymentMethod | None:
    value = _PAYMENT_METHODS.get(_key(text))
    return PaymentMethod(value) if value else None


@lru_cache(maxsize=1024)
def yes_no(text: str) -> bool | None:
    value = _YES_NO.get(_key(text))
    return None if value is None else value == "yes"


@lru_cache(maxsize=1024)
def channel(text: str) -> Channel | None:
    value = _CHANNELS.get(_key(text))
    return Channel(value) if value else None


@lru_cache(maxsize=1024)
def claim_type(text: str) -> ClaimType | None:
    value = _CLAIM_TYPES.get(_key(text))
    return ClaimType(value) if value else None


_PAYMENT_DAY = re.compile(r"(\d{1,2})\s*(?:e|ste|de|st|nd|rd|th)?\.?", re.ASCII)


def payment_day(text: str) -> int | None:
    """'25', '25e', '1st' -> the day of the month 1-31."""
    match = _PAYMENT_DAY.fullmatch(text.strip().lower())
    if match is None:
        return None
    day = int(match.group(1))
    return day if 1 <= day <= 31 else None


_NL_POSTCODE = re.compile(r"([1-9]\d{3})\s*([a-zA-Z]{2})", re.ASCII)


def postcode(text: str, country: str | None) -> str:
    """Dutch postcodes in their written form, '1234ab' -> '1234 AB'; others as given."""
    if country in (None, "NL"):
        match = _NL_POSTCODE.fullmatch(text.strip())
        if match:
            return f"{match.group(1)} {match.group(2).upper()}"
    return " ".join(text.split())


def _countries() -> dict[str, str]:
    names: dict[str, str] = {}
    for locale in ("en", "nl", "de", "fr"):
        for code, name in Locale.parse(locale).territories.items():
            if len(code) == 2 and code.isalpha():
                names[_key(name)] = code
                names[code.lower()] = code
    names.update(
        {
            "holland": "NL",
            "the netherlands": "NL",
            "nld": "NL",
            "bel": "BE",
            "deu": "DE",
            "ger": "DE",
            "fra": "FR",
            "gbr": "GB",
            "uk": "GB",
            "usa": "US",
            "lux": "LU",
            "esp": "ES",
            "ita": "IT",
            "che": "CH",
            "aut": "AT",
            "pol": "PL",
            "tur": "TR",
            "mar": "MA",
            "sur": "SR",
            "irl": "IE",
            "prt": "PT",
            "dnk": "DK",
            "swe": "SE",
            "nor": "NO",
        }
    )
    return names


_COUNTRIES = _countries()


@lru_cache(maxsize=1024)
def country(text: str) -> str | None:
    """'NL', 'Nederland', 'Netherlands', 'Holland', 'NLD' -> 'NL'."""
    return _COUNTRIES.get(_key(text))


_TAG_SPLIT = re.compile(r"[,;|]")


def tags(text: str) -> tuple[str, ...]:
    """'vip; kinderopvang | Noord' -> ('vip', 'kinderopvang', 'Noord'), each once."""
    seen: dict[str, str] = {}
    for part in _TAG_SPLIT.split(text):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(seen.values())
