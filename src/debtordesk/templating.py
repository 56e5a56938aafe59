"""The Jinja2 plumbing that letter and message templates share: the loader that looks in the
organisation's own folder before the shipped templates, the money and date filters in the reader's
language, following a template's ``{% extends %}`` chain, and finding the file and line of an error.

Pure text work (no database, no Qt); :mod:`debtordesk.letters.templates` and
:mod:`debtordesk.messaging.templates` build their environments from it.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency
from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    Template,
    TemplateNotFound,
    nodes,
    pass_context,
)
from jinja2.runtime import Context

from debtordesk.domain.errors import UserError

_LOCALES = {"nl": Locale.parse("nl_NL"), "en": Locale.parse("en_GB")}
_SAFE_NAME = re.compile(r"^[a-z0-9_]+$")


# ------------------------------------------------------------------------------------ formatting


_CENT = Decimal("0.01")


@lru_cache(maxsize=8192)
def format_money(amount: Decimal, language: str) -> str:
    """Euros the way the reader's language writes them: "€ 1.234,56" (nl), "€1,234.56" (en).

    The result is Babel's for nl_NL and en_GB (a test holds the two together), except that an amount
    that rounds to zero never gets a minus sign; written out here
    because a batch formats an amount for every message and Babel's pattern machinery took a tenth
    of the outbox's time per message. Anything but a finite number goes to Babel."""
    if not amount.is_finite():
        return format_currency(amount, "EUR", locale=_LOCALES.get(language, _LOCALES["nl"]))
    rounded = amount.quantize(_CENT, rounding=ROUND_HALF_EVEN)
    sign = "-" if rounded < 0 else ""  # never "€ -0,00" (Babel writes it for -0.001)
    digits = f"{abs(rounded):,.2f}"
    if language == "en":
        return f"{sign}€{digits}"
    return f"€\xa0{sign}" + digits.replace(",", " ").replace(".", ",").replace(" ", ".")


@lru_cache(maxsize=1024)
def format_long_date(day: date, language: str) -> str:
    """A date in words: "22 november 2026" (nl), "22 November 2026" (en)."""
    return format_date(day, "d MMMM y", locale=_LOCALES.get(language, _LOCALES["nl"]))


@lru_cache(maxsize=4096)
def format_short_date(day: date, language: str) -> str:
    """A date for a table column: "22-11-2026" (nl), "22 Nov 2026" (en)."""
    if language == "en":
        return format_date(day, "d MMM y", locale=_LOCALES["en"])
    return day.strftime("%d-%m-%Y")


def format_iban(iban: str) -> str:
    """An IBAN in groups of four, as banks print it."""
    compact = iban.replace(" ", "").upper()
    return " ".join(compact[index : index + 4] for index in range(0, len(compact), 4))


# --------------------------------------------------------------------------------------- filters


def context_language(context: Context) -> str:
    language = context.get("language", "nl")
    return language if isinstance(language, str) else "nl"


@pass_context
def money_filter(context: Context, value: Decimal | int | str) -> str:
    return format_money(Decimal(value), context_language(context))


def _day(value: date | str | None) -> date | None:
    """A date, or an ISO date as text (the ``extra`` values are text); None or "" for none."""
    if value is None or value == "":
        return None
    return date.fromisoformat(value) if isinstance(value, str) else value


@pass_context
def date_filter(context: Context, value: date | str | None) -> str:
    day = _day(value)
    return "" if day is None else format_long_date(day, context_language(context))


@pass_context
def shortdate_filter(context: Context, value: date | str | None) -> str:
    day = _day(value)
    return "" if day is None else format_short_date(day, context_language(context))


# ---------------------------------------------------------------------------------------- loading


class OverrideLoader(ChoiceLoader):
    """The override folder first, then the shipped templates (the first that has a name wins)."""

    def __init__(self, shipped: Path, override: Path | None) -> None:
        loaders: list[BaseLoader] = []
        if override is not None:
            loaders.append(FileSystemLoader(str(override), encoding="utf-8"))
        loaders.append(FileSystemLoader(str(shipped), encoding="utf-8"))
        super().__init__(loaders)


def step_template_names(
    template: str, language: str, tone: str, *, generic: str, suffix: str
) -> list[str]:
    """The names a step looks for, in order: its own template, then the generic one."""
    step = template if _SAFE_NAME.match(template or "") else generic
    names = [f"{language}/{tone}/{step}{suffix}"]
    if step != generic:
        names.append(f"{language}/{tone}/{generic}{suffix}")
    return names


def extends_name(tree: nodes.Template) -> str | None:
    """The template a parsed template extends (a constant name), None when it extends none."""
    for node in tree.find_all(nodes.Extends):
        if isinstance(node.template, nodes.Const) and isinstance(node.template.value, str):
            return node.template.value
        return None
    return None


def template_chain(
    template: Template,
    env: Environment,
    *,
    loop_code: str,
    missing_code: str,
    source: str | None = None,
) -> list[Template]:
    """The template and the ones it extends, child first; a loop or a missing parent is a UserError
    with the caller's message code (file and name as values)."""
    chain = [template]
    seen = {template.name}
    current = template
    loader = env.loader
    assert loader is not None
    text = source
    while True:
        if text is None:
            text, _filename, _uptodate = loader.get_source(env, current.name or "")
        parent_name = extends_name(env.parse(text, current.name, current.filename))
        text = None
        if parent_name is None:
            return chain
        if parent_name in seen:
            raise UserError(
                loop_code, file=current.filename or current.name or "?", name=parent_name
            )
        try:
            current = env.get_template(parent_name)
        except TemplateNotFound as error:
            raise UserError(
                missing_code, file=current.filename or current.name or "?", name=parent_name
            ) from error
        seen.add(parent_name)
        chain.append(current)


# ----------------------------------------------------------------------------------------- errors


def file_of(template_name: str | None, env: Environment) -> str:
    """The file a template name comes from (the override copy when there is one)."""
    if not template_name:
        return "?"
    loader = env.loader
    assert loader is not None
    try:
        _source, filename, _uptodate = loader.get_source(env, template_name)
    except TemplateNotFound:
        return template_name
    return filename or template_name


def error_line(error: BaseException, filenames: set[str]) -> int:
    """The template line the error happened on (from Jinja's rewritten traceback), 0 if unknown."""
    line = 0
    trace = error.__traceback__
    while trace is not None:
        if trace.tb_frame.f_code.co_filename in filenames:
            line = trace.tb_lineno
        trace = trace.tb_next
    return line
