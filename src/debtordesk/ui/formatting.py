"""Numbers, money and dates as the clerk reads them in the chosen language (nl: 1.234,56 and 31-12-2026)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import phonenumbers

from debtordesk.i18n.catalogue import format_value


def money_text(amount: Decimal | None, language: str) -> str:
    """1.234,56 in Dutch, 1,234.56 in English; always two decimals, minus sign for credit."""
    if amount is None:
        return ""
    return format_value(amount, language)


def count_text(value: int, language: str) -> str:
    return format_value(value, language)


def counted(count: int, one: str, many: str, language: str, **values: object) -> str:
    """``one`` (the translated text for exactly one) or ``many`` (with ``{count}``), as the count
    asks, the count written for the language: "1 letter", "1.234 letters", never "letter(s)".
    Both texts go through tr() at the caller (Qt's %n plurals would show the English source's
    "(s)": there is no English .ts file); ``values`` fill their other placeholders."""
    if count == 1:
        return one.format(count="1", **values)
    return many.format(count=count_text(count, language), **values)


def date_text(day: date | None, language: str) -> str:
    """31-12-2026 in Dutch; ISO (2026-12-31) in English."""
    if day is None:
        return ""
    return format_value(day, language)


def datetime_text(moment: datetime | None, language: str) -> str:
    """A stored (UTC) moment in this computer's time zone, to the minute."""
    if moment is None:
        return ""
    local = moment.astimezone()
    return f"{date_text(local.date(), language)} {local:%H:%M}"


def phone_text(e164: str | None) -> str:
    """A stored +31612345678 as a Dutch clerk dials it (06 12345678); foreign numbers in full."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 31
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return str(phonenumbers.format_number(number, style))
