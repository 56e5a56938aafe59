"""Letter texts from Jinja2 templates: the environment, the filters, block rendering, customising.

The shipped templates live in ``resources/letters/templates/<language>/<tone>/<step>.txt``; an
organisation's own copies in an override folder (``<data folder>/letters/templates``) win, file by
file. A step without a template of its own uses ``reminder.txt`` of its language and tone.

Only the template's *blocks* are used, never its top-level output: the layout asks for ``subject``,
``intro``, ``label_total`` and so on and places each on the page (see the README beside the shipped
templates). Block text is reportlab paragraph mini-markup; values are escaped (``&``, ``<``, ``>``),
so a customer called "Jansen & Zn" prints as written while a template may use ``<b>`` and ``<br/>``.
"""

from __future__ import annotations

import shutil
import threading
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
    TemplateSyntaxError,
    meta,
    nodes,
)
from jinja2.runtime import Context

from debtordesk.domain.errors import EnvironmentProblem, UserError
from debtordesk.letters.legal_check import fourteen_day_problems, sample_fourteen_day_letter
from debtordesk.letters.model import LetterContent, QrKind
from debtordesk.letters.textflow import MarkupError, Paragraph, parse_block, plain_text
from debtordesk.templating import (
    OverrideLoader,
    date_filter,
    error_line,
    extends_name,
    file_of,
    format_iban,
    money_filter,
    shortdate_filter,
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
#: the 14-day letter's template: its check also asks for the legal wording (legal_check.py)
FOURTEEN_DAY_TEMPLATE = "fourteen_day_letter"
#: the template for any other step name (an organisation's own step)
GENERIC_TEMPLATE = "reminder"
SUFFIX = ".txt"

#: blocks filled in per letter (they may use the letter's values)
LETTER_BLOCKS = (
    "subject",
    "salutation",
    "intro",
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
    "pay_scan",
    "pay_online",
    "pay_transfer",
    "pay_by_value",
)
#: fixed words of the layout: rendered once per template (they see only ``language`` and ``tone``)
LABEL_BLOCKS = (
    "label_date",
    "label_customer_number",
    "label_reference_kenmerk",
    "label_reference_rf",
    "label_reference_invoice",
    "label_invoice",
    "label_invoice_date",
    "label_due_date",
    "label_open_amount",
    "label_subtotal",
    "label_costs",
    "label_interest",
    "label_fee",
    "label_total",
    "label_amount",
    "label_iban",
    "label_beneficiary",
    "label_pay_by",
    "label_link",
    "label_qr_link",
    "label_qr_epc",
    "label_pay_heading",
    "label_faq_heading",
    "label_page",
    "label_continued",
    "label_phone",
    "label_email",
    "label_website",
    "label_coc",
    "label_vat",
    "label_cover_title",
    "label_cover_batch",
    "label_cover_date",
    "label_cover_letters",
    "label_cover_pages",
    "label_cover_duplex",
    "label_term",
    "label_term_amount",
    "label_schedule_total",
)


def shipped_folder() -> Path:
    """The templates that come with DebtorDesk."""
    return Path(str(files("debtordesk.resources").joinpath("letters", "templates")))


# ---------------------------------------------------------------------------------------- filters


# ---------------------------------------------------------------------------------- environment


def _make_environment(override: Path | None) -> Environment:
    env = Environment(
        loader=OverrideLoader(shipped_folder(), override),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=True,
    )
    env.filters["money"] = money_filter
    env.filters["date"] = date_filter
    env.filters["shortdate"] = shortdate_filter
    env.filters["iban"] = format_iban
    return env


_environments: dict[Path | None, Environment] = {}
_environments_lock = threading.Lock()


def environment(override: Path | None = None) -> Environment:
    """The (cached) environment for an override folder; ``None`` = the shipped templates only."""
    key = override.resolve() if override is not None else None
    with _environments_lock:
        env = _environments.get(key)
        if env is None:
            env = _environments[key] = _make_environment(key)
        return env


# -------------------------------------------------------------------------------------- errors


def _syntax_error(error: TemplateSyntaxError, env: Environment) -> UserError:
    return UserError(
        "letters.template_syntax",
        file=error.filename or file_of(error.name, env),
        line=error.lineno,
        detail=_detail(error.message),
    )


def _detail(text: str | None) -> str:
    """Jinja's own words about an error, without the closing period the message adds itself."""
    return (text or "").strip().rstrip(".")


# ------------------------------------------------------------------------------ letter templates


@dataclass(frozen=True)
class LetterTemplate:
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
    """The names a letter looks for, in order: the step's own, then the generic reminder."""
    return step_template_names(template, language, tone, generic=GENERIC_TEMPLATE, suffix=SUFFIX)


def normalise(language: str, tone: str) -> tuple[str, str]:
    """An unknown language falls back to Dutch, an unknown tone to formal."""
    return (
        language if language in LANGUAGES else "nl",
        tone if tone in TONES else "formal",
    )


def load_template(
    template: str, language: str, tone: str, *, override: Path | None = None
) -> LetterTemplate:
    """Find and compile a step's template (raises a clear :class:`UserError` on a broken file)."""
    language, tone = normalise(language, tone)
    env = environment(override)
    try:
        found = env.select_template(template_names(template, language, tone))
        chain = _chain(found, env)
    except TemplateSyntaxError as error:
        raise _syntax_error(error, env) from error
    blocks: dict[str, list[Callable[[Context], Iterator[str]]]] = {}
    for member in chain:
        for name, function in member.blocks.items():
            blocks.setdefault(name, []).append(function)
    return LetterTemplate(
        name=found.name or "",
        filename=found.filename or found.name or "",
        language=language,
        tone=tone,
        blocks=blocks,
        template=found,
        env=env,
        filenames=frozenset(member.filename for member in chain if member.filename),
    )


def _chain(template: Template, env: Environment) -> list[Template]:
    """The template and the ones it extends, child first."""
    return template_chain(
        template, env, loop_code="letters.template_loop", missing_code="letters.template_missing"
    )


@dataclass(frozen=True)
class LetterTexts:
    """Everything a letter says, as parsed paragraphs (``blocks``) and one-line labels."""

    blocks: Mapping[str, list[Paragraph]]
    labels: Mapping[str, str]

    def text(self, name: str) -> list[Paragraph]:
        return self.blocks.get(name, [])

    def label(self, name: str) -> str:
        return self.labels.get(name, "")


def letter_context(letter: LetterContent, *, qr: bool = True) -> dict[str, Any]:
    """The values a template sees (see the README beside the shipped templates)."""
    payment = letter.payment
    has_link = bool(payment.link_url)
    return {
        "letter": letter,
        "language": normalise(letter.language, letter.tone)[0],
        "tone": normalise(letter.language, letter.tone)[1],
        "sender": letter.sender,
        "recipient": letter.recipient,
        "payment": payment,
        "invoices": letter.invoices,
        "many": len(letter.invoices) > 1,
        "customer_number": letter.customer_number,
        "consumer": letter.customer_type != "business",
        "business": letter.customer_type == "business",
        "name": letter.recipient.name,
        "salutation_name": letter.salutation_name or letter.recipient.name,
        "amount": payment.amount,
        "pay_by": payment.pay_by,
        "principal": letter.principal,
        "costs": letter.costs,
        "interest": letter.interest,
        "fee": letter.fee,
        "costs_announced": letter.costs_announced,
        "fourteen_day_letter": letter.fourteen_day_letter,
        "term_ends_on": letter.term_ends_on,
        "link": has_link,
        "qr": qr and payment.qr_kind is not QrKind.NONE and bool(payment.qr_payload),
        "qr_kind": str(payment.qr_kind),
        "step_name": letter.step_name,
        "letter_date": letter.letter_date,
        "extra": letter.extra,
        "schedule": letter.schedule,
        "schedule_total": letter.schedule_total,
        "reminded_before": letter.reminded_before,
    }


def _render_blocks(
    template: LetterTemplate, names: tuple[str, ...], values: dict[str, Any]
) -> dict[str, str]:
    context = template.template.new_context(values)
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


def _render_error(template: LetterTemplate, block: str, error: Exception) -> UserError:
    if isinstance(error, TemplateSyntaxError):
        return _syntax_error(error, template.env)
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
        "letters.template_error",
        file=template.filename,
        line=error_line(error, set(template.filenames)),
        block=block,
        detail=_detail(detail),
    )


def render_labels(template: LetterTemplate) -> dict[str, str]:
    """The fixed words of the layout for this template (plain text, no markup)."""
    raw = _render_blocks(
        template, LABEL_BLOCKS, {"language": template.language, "tone": template.tone}
    )
    try:
        return {name: plain_text(text) for name, text in raw.items()}
    except MarkupError as error:
        raise _markup_error(template, error) from error


def render_texts(
    template: LetterTemplate,
    letter: LetterContent,
    *,
    qr: bool = True,
    labels: Mapping[str, str] | None = None,
) -> LetterTexts:
    """Fill in a letter's blocks; ``labels`` from :func:`render_labels` (computed when omitted)."""
    raw = _render_blocks(template, LETTER_BLOCKS, letter_context(letter, qr=qr))
    try:
        blocks = {name: parse_block(text) for name, text in raw.items()}
    except MarkupError as error:
        raise _markup_error(template, error) from error
    return LetterTexts(
        blocks=blocks, labels=labels if labels is not None else render_labels(template)
    )


def _markup_error(template: LetterTemplate, error: MarkupError) -> UserError:
    return UserError("letters.template_markup", file=template.filename, tag=error.tag)


# ---------------------------------------------------------------------------------- customising


def copy_templates(destination: Path, *, overwrite: bool = False) -> list[Path]:
    """Copy the shipped templates into ``destination`` (the "customise templates" action).

    Existing files are kept unless ``overwrite``: an organisation's edits are never lost by a second
    click. Returns the files written.
    """
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
            "letters.template_copy_failed",
            folder=str(destination),
            detail=error.strerror or str(error),
        ) from error
    return written


def check_templates(override: Path | None = None) -> list[UserError]:
    """Compile every template the letters can use (override first); the problems found, if any.
    The 14-day letter must also state the term from the day after receipt and the exact costs
    (:func:`debtordesk.letters.legal_check.fourteen_day_problems`)."""
    env = environment(override)
    problems: list[UserError] = []
    for language in LANGUAGES:
        for tone in TONES:
            for step in (*STEP_TEMPLATES, GENERIC_TEMPLATE):
                try:
                    template = load_template(step, language, tone, override=override)
                    render_labels(template)
                    for problem in unknown_names(template):
                        _add_problem(problems, problem)
                    if step == FOURTEEN_DAY_TEMPLATE:
                        for problem in fourteen_day_template_problems(template):
                            _add_problem(problems, problem)
                except UserError as problem:
                    _add_problem(problems, problem)
    if override is not None:
        for path in sorted(override.rglob(f"*{SUFFIX}")):
            name = path.relative_to(override).as_posix()
            try:
                env.get_template(name)
            except TemplateSyntaxError as error:
                _add_problem(problems, _syntax_error(error, env))
    return problems


#: names a block may use without a letter value: Jinja's own (super() in a block, loop in a for)
_JINJA_NAMES = frozenset({"super", "self", "loop", "caller", "varargs", "kwargs"})


def unknown_names(template: LetterTemplate) -> list[UserError]:
    """Every name a block of ``template`` or of the templates it extends uses that the letters do
    not give it (a typo such as ``{{ onbekend }}``): label blocks see only ``language`` and
    ``tone``, the other blocks the values of :func:`letter_context`. Read from the files, so a
    name in a branch the sample would not take (an ``{% if %}``) is found too."""
    env = template.env
    loader = env.loader
    assert loader is not None
    sample = sample_fourteen_day_letter(template.language, template.tone)
    known_text = frozenset(letter_context(sample)) | _JINJA_NAMES | frozenset(env.globals)
    known_label = frozenset({"language", "tone"}) | _JINJA_NAMES | frozenset(env.globals)
    problems: list[UserError] = []
    name: str | None = template.name
    seen: set[str] = set()
    while name is not None and name not in seen:
        seen.add(name)
        source, filename, _uptodate = loader.get_source(env, name)
        try:
            tree = env.parse(source, name, filename)
        except TemplateSyntaxError as error:
            raise _syntax_error(error, env) from error
        for block in tree.find_all(nodes.Block):
            body = nodes.Template(block.body, lineno=block.lineno)
            body.set_environment(env)
            known = known_label if block.name in LABEL_BLOCKS else known_text
            for unknown in sorted(meta.find_undeclared_variables(body) - known):
                line = next(
                    (n.lineno for n in block.find_all(nodes.Name) if n.name == unknown),
                    block.lineno,
                )
                problems.append(
                    UserError(
                        "letters.template_unknown_name",
                        file=filename or name,
                        block=block.name,
                        name=unknown,
                        line=line,
                    )
                )
        name = extends_name(tree)
    return problems


def fourteen_day_template_problems(template: LetterTemplate) -> list[UserError]:
    """The legal essentials a 14-day letter printed from ``template`` leaves out (see
    :mod:`debtordesk.letters.legal_check`), read from what it prints for a sample customer. Any
    template a 14-day step uses is checked this way, whatever its name."""
    sample = sample_fourteen_day_letter(template.language, template.tone)
    blocks = _render_blocks(template, LETTER_BLOCKS, letter_context(sample))
    return fourteen_day_problems(template.filename, template.language, template.tone, blocks)


def _add_problem(problems: list[UserError], problem: UserError) -> None:
    if all(known.message != problem.message for known in problems):
        problems.append(problem)


def _clear_caches() -> None:
    """Forget compiled templates (tests that rewrite an override folder in place)."""
    with _environments_lock:
        _environments.clear()
