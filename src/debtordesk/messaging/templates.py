"""Message templates: the Jinja2 environments, the filters, finding a step's template, rendering blocks.

The shipped templates live in ``resources/messages/templates/<language>/<tone>/<step>.txt``; an
organisation's own copies in an override folder (``<data folder>/messages/templates``) win, file by file.
A step without a template of its own uses ``reminder.txt`` of its language and tone. The layouts around
an e-mail's texts are ``layout/email.html`` and ``layout/email.txt``.

Only a step template's *blocks* are used (``sms``, ``subject``, ``intro`` ... see the README beside the
shipped templates). Compiled templates are cached; a changed file is seen within two seconds, a file
added to the override folder after :func:`clear_caches` (every send batch starts with it).

There are two environments over the same files: the HTML one escapes every value (``&``, ``<``, ``>``),
so a customer called "Jansen & Zn" cannot break an e-mail while a template may use ``<b>`` and
``<br/>``; the text one escapes nothing and renders the SMS and the plain-text layout.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from jinja2 import (
    Environment,
    StrictUndefined,
    Template,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
)
from jinja2.runtime import Context

from debtordesk.domain.errors import EnvironmentProblem, UserError
from debtordesk.templating import (
    OverrideLoader,
    date_filter,
    error_line,
    file_of,
    format_iban,
    money_filter,
    step_template_names,
    template_chain,
)

LANGUAGES = ("nl", "en")
TONES = ("formal", "informal")
#: the step template names the shipped policies use (each has a file per language and tone)
STEP_TEMPLATES = (
    "pre_reminder",
    "storno",
    "reminder_1",
    "reminder_2",
    "fourteen_day_letter",
    "business_reminder",
    "business_formal_letter",
    "instalment_request",
    "instalment_reminder",
    "broken_promise",
    "arrangement_confirmation",
)
#: the template of the shipped consumer policy's 14-day step (the 14-day letter, or the 14-day
#: e-mail to a customer who agreed to legal notices by e-mail)
FOURTEEN_DAY_TEMPLATE = "fourteen_day_letter"
#: the template for any other step name (an organisation's own step)
GENERIC_TEMPLATE = "reminder"
SUFFIX = ".txt"
HTML_LAYOUT = "layout/email.html"
TEXT_LAYOUT = "layout/email.txt"

#: the e-mail's text blocks (paragraph mini-markup: a blank line between paragraphs, <b>, <br/>)
EMAIL_BLOCKS = (
    "subject",
    "salutation",
    "intro",
    "pay_online",
    "pay_transfer",
    "pay_by_value",
    "costs_note",
    "next_steps",
    "contact",
    "faq_paid_q",
    "faq_paid_a",
    "faq_instalments_q",
    "faq_instalments_a",
    "faq_disagree_q",
    "faq_disagree_a",
    "debt_help",
    "closing",
    "signature",
)
#: fixed words of the e-mail layout (plain text)
LABEL_BLOCKS = (
    "label_invoice",
    "label_due_date",
    "label_open_amount",
    "label_costs",
    "label_interest",
    "label_fee",
    "label_total",
    "label_iban",
    "label_beneficiary",
    "label_reference",
    "label_amount",
    "label_pay_by",
    "label_pay_button",
    "label_pay_heading",
    "label_customer_number",
    "label_faq_heading",
)
SMS_BLOCK = "sms"


def shipped_folder() -> Path:
    """The message templates that come with DebtorDesk."""
    return Path(str(files("debtordesk.resources").joinpath("messages", "templates")))


# ---------------------------------------------------------------------------------------- filters


# ---------------------------------------------------------------------------------- environment


def _make_environment(override: Path | None, html: bool) -> Environment:
    env = Environment(
        loader=OverrideLoader(shipped_folder(), override),
        # the text environment renders SMS texts and plain-text e-mails, never HTML
        autoescape=html,  # noqa: S701
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=True,
        keep_trailing_newline=False,
    )
    env.filters["money"] = money_filter
    env.filters["date"] = date_filter
    env.filters["iban"] = format_iban
    return env


_environments: dict[tuple[Path | None, bool], Environment] = {}
_environments_lock = threading.Lock()


def environment(override: Path | None = None, *, html: bool) -> Environment:
    """The (cached) environment for an override folder: HTML (values escaped) or text."""
    key = (override.resolve() if override is not None else None, html)
    with _environments_lock:
        env = _environments.get(key)
        if env is None:
            env = _environments[key] = _make_environment(key[0], html)
        return env


def clear_caches() -> None:
    """Forget compiled templates (an editor saved a file; tests rewriting an override folder)."""
    with _environments_lock:
        _environments.clear()
        _loaded.clear()
        _recent.clear()


# -------------------------------------------------------------------------------------- errors


def syntax_error(error: TemplateSyntaxError, env: Environment) -> UserError:
    return UserError(
        "messages.template_syntax",
        file=error.filename or file_of(error.name, env),
        line=error.lineno,
        detail=_detail(error.message),
    )


def _detail(text: str | None) -> str:
    """Jinja's own words about an error, without the closing period the message adds itself."""
    return (text or "").strip().rstrip(".")


# ------------------------------------------------------------------------------ step templates


@dataclass(frozen=True)
class MessageTemplate:
    """One step's template with its inheritance chain resolved, ready to render blocks quickly."""

    name: str
    filename: str
    language: str
    tone: str
    blocks: Mapping[str, list[Callable[[Context], Iterator[str]]]]
    template: Template
    env: Environment
    filenames: frozenset[str]


def template_names(template: str, language: str, tone: str) -> list[str]:
    """The names a message looks for, in order: the step's own, then the generic reminder."""
    return step_template_names(template, language, tone, generic=GENERIC_TEMPLATE, suffix=SUFFIX)


def normalise(language: str, tone: str) -> tuple[str, str]:
    """An unknown language falls back to Dutch, an unknown tone to formal."""
    return (
        language if language in LANGUAGES else "nl",
        tone if tone in TONES else "formal",
    )


def load_template(
    template: str,
    language: str,
    tone: str,
    *,
    html: bool,
    override: Path | None = None,
    source: str | None = None,
) -> MessageTemplate:
    """Find and compile a step's template (a clear :class:`UserError` for a broken file). ``source``:
    the text of the step's file as an editor holds it (not saved yet), compiled in its place."""
    language, tone = normalise(language, tone)
    key = (template, language, tone, html, override)
    if source is None:
        with _environments_lock:
            recent = _recent.get(key)
        if recent is not None and time.monotonic() - recent[0] < RECHECK_SECONDS:
            return recent[1]
    env = environment(override, html=html)
    try:
        if source is not None:
            name = template_names(template, language, tone)[0]
            # compiled under the file it will be saved as, so an error names that file and line
            filename = str(override / name) if override is not None else name
            code = env.compile(source, name, filename)
            found = env.template_class.from_code(env, code, env.make_globals(None))
            chain = _chain(found, env, source)
        else:
            found = env.select_template(template_names(template, language, tone))
            with _environments_lock:
                cached = _loaded.get(found)
            if cached is not None and all(
                env.get_template(member.name or "") is member for member in cached.chain[1:]
            ):
                with _environments_lock:
                    _recent[key] = (time.monotonic(), cached.template)
                return cached.template
            chain = _chain(found, env)
    except TemplateSyntaxError as error:
        raise syntax_error(error, env) from error
    blocks: dict[str, list[Callable[[Context], Iterator[str]]]] = {}
    for member in chain:
        for block_name, function in member.blocks.items():
            blocks.setdefault(block_name, []).append(function)
    loaded = MessageTemplate(
        name=found.name or "",
        filename=found.filename or found.name or "",
        language=language,
        tone=tone,
        blocks=blocks,
        template=found,
        env=env,
        filenames=frozenset(member.filename for member in chain if member.filename),
    )
    if source is None:
        with _environments_lock:
            _loaded[found] = _Loaded(loaded, tuple(chain))
            _recent[key] = (time.monotonic(), loaded)
    return loaded


@dataclass(frozen=True)
class _Loaded:
    template: MessageTemplate
    chain: tuple[Template, ...]


#: a compiled step template's resolved chain, by Jinja's template object (a changed file is a new
#: object: Jinja reloads it, so the entry no longer matches)
_loaded: dict[Template, _Loaded] = {}
#: the template last found for (step, language, tone, html, override folder) and when: files are
#: checked for changes at most every RECHECK_SECONDS (a batch renders thousands of messages)
_recent: dict[tuple[str, str, str, bool, Path | None], tuple[float, MessageTemplate]] = {}
RECHECK_SECONDS = 2.0


def _chain(template: Template, env: Environment, source: str | None = None) -> list[Template]:
    """The template and the ones it extends, child first."""
    return template_chain(
        template,
        env,
        loop_code="messages.template_loop",
        missing_code="messages.template_missing",
        source=source,
    )


def render_blocks(
    template: MessageTemplate, names: tuple[str, ...], values: Mapping[str, Any]
) -> dict[str, str]:
    """The named blocks filled in with ``values`` ("" for a block the template does not have)."""
    context = template.template.new_context(dict(values))
    context.blocks = {name: list(functions) for name, functions in template.blocks.items()}
    rendered: dict[str, str] = {}
    for name in names:
        functions = template.blocks.get(name)
        if not functions:
            rendered[name] = ""
            continue
        try:
            rendered[name] = "".join(functions[0](context))
        except Exception as error:
            raise _render_error(template, name, error) from error
    return rendered


def _render_error(template: MessageTemplate, block: str, error: Exception) -> UserError:
    if isinstance(error, TemplateSyntaxError):
        return syntax_error(error, template.env)
    if isinstance(error, UserError):
        return error
    try:
        template.env.handle_exception()
    except Exception as rewritten:  # Jinja re-raises with the template's own line numbers
        error = rewritten if isinstance(rewritten, Exception) else error
    detail = (
        error.message if isinstance(error, TemplateError) else f"{type(error).__name__}: {error}"
    )
    return UserError(
        "messages.template_error",
        file=template.filename,
        line=error_line(error, set(template.filenames)),
        block=block,
        detail=_detail(detail),
    )


def render_layout(name: str, values: Mapping[str, Any], *, override: Path | None = None) -> str:
    """An e-mail layout (:data:`HTML_LAYOUT` or :data:`TEXT_LAYOUT`) filled in."""
    env = environment(override, html=name.endswith(".html"))
    try:
        layout = env.get_template(name)
    except TemplateSyntaxError as error:
        raise syntax_error(error, env) from error
    except TemplateNotFound as error:
        raise UserError("messages.template_missing", file=name, name=name) from error
    try:
        return layout.render(dict(values))
    except TemplateError as error:
        # a layout has no step blocks: the error names the layout file (layout/email.html, the
        # organisation's copy when there is one) and its line
        raise UserError(
            "messages.layout_error",
            file=layout.filename or name,
            line=error_line(error, {layout.filename or name}),
            detail=_detail(error.message),
        ) from error


def check_templates(override: Path | None = None) -> list[UserError]:
    """Compile every template the messages can use (override first); the problems found, if any."""
    problems: list[UserError] = []
    for language in LANGUAGES:
        for tone in TONES:
            for step in (*STEP_TEMPLATES, GENERIC_TEMPLATE):
                for html in (True, False):
                    try:
                        load_template(step, language, tone, html=html, override=override)
                    except UserError as problem:
                        if all(known.message != problem.message for known in problems):
                            problems.append(problem)
    for layout in (HTML_LAYOUT, TEXT_LAYOUT):
        env = environment(override, html=layout.endswith(".html"))
        try:
            env.get_template(layout)
        except TemplateSyntaxError as error:
            problems.append(syntax_error(error, env))
        except TemplateNotFound:
            problems.append(UserError("messages.template_missing", file=layout, name=layout))
    return problems


def override_folder(data_folder: Path) -> Path:
    """Where an organisation's own message templates live: ``<data folder>/messages/templates``."""
    return data_folder / "messages" / "templates"


def copy_templates(destination: Path, *, overwrite: bool = False) -> list[Path]:
    """Copy the shipped templates (and the README) into ``destination`` for an organisation to edit.
    Existing files are kept unless ``overwrite``. Returns the files written."""
    source = shipped_folder()
    written: list[Path] = []
    try:
        for path in sorted(source.rglob("*")):
            if not path.is_file() or path.name.startswith(".") or "__pycache__" in path.parts:
                continue
            target = destination / path.relative_to(source)
            if target.exists() and not overwrite:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
            written.append(target)
    except OSError as error:
        raise EnvironmentProblem(
            "messages.template_copy_failed",
            folder=str(destination),
            detail=error.strerror or str(error),
        ) from error
    clear_caches()
    return written
