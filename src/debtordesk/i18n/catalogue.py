"""One Qt-free catalogue that puts message codes into Dutch or English words, for the GUI and the CLI.

Every package that speaks to the user has its own table module (``messages_<area>.py``) mapping a code to
its English and Dutch text with ``{name}`` placeholders. Values are formatted for the language: money and
numbers with Babel, dates as the Dutch clerk writes them (31-12-2026) or ISO in English, a moment
(a datetime, in the local time it carries) with the time to the minute (31-12-2026 09:00). A placeholder
``{channel:@outbox.messages}`` shows the word for the value (the text of ``outbox.messages.sms``), so a
message keeps its ids and still reads in the clerk's language. A count says one or many with
``{count:|# letter was|# letters were}``: the text before the second ``|`` when the count is 1, the
one after it otherwise, ``#`` standing for the count as written in the language (never "letter(s)").
``{window:window}`` shows an outbox sending window as stored ("mon-sat 09:00-20:00") with the day
names of the language ("ma-za 09:00-20:00").
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from string import Formatter

from babel.numbers import format_decimal

from debtordesk.domain.errors import DebtorDeskError
from debtordesk.domain.messages import Message, MessageParam
from debtordesk.domain.outbox import window_text
from debtordesk.i18n import (
    messages_arrangement_steps,
    messages_assignments,
    messages_cli,
    messages_commit,
    messages_core,
    messages_db,
    messages_delivery,
    messages_dunning,
    messages_followup,
    messages_followup2,
    messages_followup_settings,
    messages_import,
    messages_import_named,
    messages_legal,
    messages_letters,
    messages_maintenance,
    messages_message_templates,
    messages_messaging,
    messages_outbox,
    messages_payments,
    messages_policies,
    messages_printing,
    messages_queue,
    messages_rates,
    messages_views,
)

LANGUAGES = ("nl", "en")
_TABLES: tuple[Mapping[str, tuple[str, str]], ...] = (
    messages_core.MESSAGES,
    messages_db.MESSAGES,
    messages_import.MESSAGES,
    messages_import_named.MESSAGES,
    messages_commit.MESSAGES,
    messages_views.MESSAGES,
    messages_maintenance.MESSAGES,
    messages_dunning.MESSAGES,
    messages_legal.MESSAGES,
    messages_queue.MESSAGES,
    messages_policies.MESSAGES,
    messages_arrangement_steps.MESSAGES,
    messages_rates.MESSAGES,
    messages_followup.MESSAGES,
    messages_followup2.MESSAGES,
    messages_followup_settings.MESSAGES,
    messages_assignments.MESSAGES,
    messages_letters.MESSAGES,
    messages_messaging.MESSAGES,
    messages_message_templates.MESSAGES,
    messages_outbox.MESSAGES,
    messages_delivery.MESSAGES,
    messages_printing.MESSAGES,
    messages_payments.MESSAGES,
)


def _merge() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for table in _TABLES:
        for code, texts in table.items():
            if code in merged:
                raise RuntimeError(f"message code defined twice: {code}")
            merged[code] = texts
    return merged


CATALOGUE: dict[str, tuple[str, str]] = _merge()

_current_language = "en"


def default_language() -> str:
    """The language from DEBTORDESK_LANG, else the system locale (Dutch for nl_*), else English."""
    env = os.environ.get("DEBTORDESK_LANG", "").strip().lower()
    if env[:2] in LANGUAGES:
        return env[:2]
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    system = locale.getlocale()[0] or ""
    return "nl" if system.lower().startswith("nl") else "en"


def set_language(language: str) -> None:
    """Choose the language used by :func:`render` when none is given."""
    global _current_language  # noqa: PLW0603 - one process-wide UI language, set once at start-up
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; choose one of {LANGUAGES}")
    _current_language = language


def current_language() -> str:
    return _current_language


def cli_help(text: str, **params: object) -> str:
    """A help text of the command line (an argparse help, description or word) in the current language.

    ``text`` is the English, as written in the code; in Dutch it is looked up in
    :data:`messages_cli.HELP` (a text missing there stays English; a test walks the parser so none
    is). ``params`` fill ``{name}`` placeholders known only at run time, e.g. a folder. Call it while
    the parser is built, after :func:`set_language`: ``help=cli_help("print a JSON summary")``.
    """
    translated = messages_cli.HELP.get(text, text) if _current_language == "nl" else text
    return translated.format(**params) if params else translated


def format_value(value: MessageParam, language: str) -> str:
    """A value as the clerk reads it in that language."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Decimal):
        return format_decimal(
            value, format="#,##0.00", locale="nl_NL" if language == "nl" else "en_GB"
        )
    if isinstance(value, int):
        return format_decimal(value, locale="nl_NL" if language == "nl" else "en_GB")
    if isinstance(value, datetime):  # the wall-clock time it carries: the caller's local time
        return f"{format_value(value.date(), language)} {value:%H:%M}"
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y") if language == "nl" else value.isoformat()
    return str(value)


class _Words(Formatter):
    """Fills a template; ``{name:@prefix}`` puts the value (an id such as ``sms``) into words: the
    catalogue's text for ``prefix.value`` in the language, or the value itself when there is none.
    A list of ids as stored ("sms, email") becomes the list of their words ("sms, e-mail"); an
    item without a word stays as written ("1 - 1000000, none": "1 - 1000000, geen").
    The message keeps the id (--json shows it), the clerk reads the word."""

    def __init__(self, language: str) -> None:
        self.language = language

    def format_field(self, value: object, format_spec: str) -> str:
        if format_spec.startswith("|"):  # {count:|# letter|# letters}
            one, _bar, many = format_spec[1:].partition("|")
            return (one if str(value) == "1" else many).replace("#", str(value))
        if format_spec == "window":  # {window:window}: a sending window as stored, in the language
            return window_text(str(value), self.language)
        if format_spec.startswith("@"):
            prefix = format_spec[1:]
            word = self._word(prefix, str(value))
            if word is not None:
                return word
            parts = str(value).split(", ")
            words = [self._word(prefix, part) for part in parts]
            if len(parts) > 1 and any(found is not None for found in words):
                return ", ".join(
                    part if found is None else found
                    for part, found in zip(parts, words, strict=True)
                )
            return str(value)
        return str(super().format_field(value, format_spec))

    def _word(self, prefix: str, value: str) -> str | None:
        texts = CATALOGUE.get(f"{prefix}.{value}")
        if texts is None:
            return None
        return texts[1] if self.language == "nl" else texts[0]


_FORMATTERS = {language: _Words(language) for language in LANGUAGES}


def render(message: Message, language: str | None = None) -> str:
    """The message in words; an unknown code is shown with its values rather than hidden."""
    lang = language or _current_language
    texts = CATALOGUE.get(message.code)
    values = {key: format_value(value, lang) for key, value in message.params.items()}
    if texts is None:
        details = ", ".join(f"{k}={v}" for k, v in values.items())
        return f"{message.code} ({details})" if details else message.code
    template = texts[1] if lang == "nl" else texts[0]
    try:
        formatter = _FORMATTERS["nl" if lang == "nl" else "en"]
        return formatter.vformat(template, (), _DefaultDict(values))
    except (IndexError, ValueError):
        return template


def render_error(error: DebtorDeskError, language: str | None = None) -> str:
    return render(error.message, language)


def tr(code: str, language: str | None = None, **params: MessageParam) -> str:
    """Shorthand: render a code with values."""
    return render(Message(code, params), language)


class _DefaultDict(dict[str, str]):
    """Placeholders without a value render as empty rather than raising."""

    def __missing__(self, key: str) -> str:
        return ""
