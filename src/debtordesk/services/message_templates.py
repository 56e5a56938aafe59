"""The organisation's own SMS and e-mail templates, one step, language and tone at a time (Tools > Message
templates…, ``debtordesk messages templates``): read the template the messages use now, customise it (the
shipped file copied into ``<data folder>/messages/templates``, which the outbox uses first), check
unsaved text live, save it (only when it renders), and revert to the shipped template.

The live check renders the text the way the outbox would: the SMS with a typical customer, with and
without a payment link (characters, GSM-7 or UCS-2, parts; a warning for UCS-2 or more parts than the
organisation allows), and once more for a sample customer whose name has letters outside GSM-7, with
and without the transliteration of names, since one ł or ğ makes the whole SMS UCS-2 (70 characters a
part instead of 160). The e-mail shows its subject, plain text and HTML. A template error names file
and line; it is returned as a problem, never raised from the check.

The file mechanics (where the copies live, writing one whole or not at all, removing it) are shared
with the letter templates in :class:`debtordesk.services.letter_templates.TemplateFolder`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.domain.sms_text import SmsEncoding, SmsTextInfo
from debtordesk.messaging.model import MessageContent, MessageSender
from debtordesk.messaging.render import (
    DEFAULT_MAX_SEGMENTS,
    RenderedEmail,
    SmsCheck,
    TemplateCheck,
    render_email,
    render_sms,
    sample_content,
    template_check,
)
from debtordesk.messaging.templates import (
    FOURTEEN_DAY_TEMPLATE,
    GENERIC_TEMPLATE,
    LANGUAGES,
    STEP_TEMPLATES,
    TONES,
    check_templates,
    clear_caches,
    copy_templates,
    shipped_folder,
    template_names,
)
from debtordesk.services.database import Database
from debtordesk.services.letter_templates import CustomisedTemplates, TemplateFile, TemplateFolder
from debtordesk.services.outbox_content import sender_of
from debtordesk.services.outbox_legal import fourteen_day_email_problems
from debtordesk.services.outbox_settings import load_outbox_settings

#: the step templates the editor offers: the shipped policies' steps and the one for any other step
STEPS = (*STEP_TEMPLATES, GENERIC_TEMPLATE)


def check_message_templates(override: Path | None = None) -> list[UserError]:
    """Every problem of the message templates (``messages templates check``, the editor's check):
    each file compiled (:func:`~debtordesk.messaging.templates.check_templates`), then the e-mail of
    every step filled in for a sample customer in each language and tone, so a name the e-mail
    layout (``layout/email.html``, ``layout/email.txt``) or a step's e-mail text does not know is
    found too, naming the file and line. The e-mail text of the 14-day step
    (:data:`~debtordesk.messaging.templates.FOURTEEN_DAY_TEMPLATE`) must also state the term and
    the costs as the law requires, checked as the outbox checks it before sending
    (:func:`~debtordesk.services.outbox_legal.fourteen_day_email_problems`), as the whole notice:
    what it must say when no letter goes with it (the default; an organisation option attaches the
    letter as a PDF). Each problem once."""
    problems = check_templates(override)

    def add(problem: UserError) -> None:
        if all(known.message != problem.message for known in problems):
            problems.append(problem)

    for language in LANGUAGES:
        for tone in TONES:
            for step in STEPS:
                try:
                    render_email(sample_content(step, language, tone), override=override)
                except UserError as problem:
                    add(problem)
            fourteen_day = replace(
                sample_content(FOURTEEN_DAY_TEMPLATE, language, tone), fourteen_day_letter=True
            )
            try:
                found = fourteen_day_email_problems(fourteen_day, override, whole=True)
            except UserError as problem:  # a template error, found above already
                found = [problem]
            for legal in found:
                add(legal)
    return problems


#: the message templates
MESSAGES = TemplateFolder(
    ("messages", "templates"), shipped_folder, copy_templates, check_message_templates, clear_caches
)
#: the sample customer of the per-message check: a long name with letters outside GSM-7
SAMPLE_NAME = "Małgorzata Doğan-Wiśniewska van den Heuvel"

__all__ = [
    "MESSAGES",
    "SAMPLE_NAME",
    "STEPS",
    "CustomerSms",
    "CustomisedTemplates",
    "EditorDefaults",
    "Sample",
    "TemplateFile",
    "TemplatePreview",
    "check_message_templates",
    "customise_template",
    "customise_templates",
    "editor_defaults",
    "file_name",
    "preview_template",
    "read_template",
    "revert_template",
    "save_template",
    "template_problems",
]


@dataclass(frozen=True)
class Sample:
    """Who the preview writes to, and the organisation's SMS rules."""

    name: str = SAMPLE_NAME
    business: bool = False
    sender: MessageSender | None = None
    transliterate_names: bool = True
    max_segments: int = DEFAULT_MAX_SEGMENTS


@dataclass(frozen=True)
class EditorDefaults:
    """What the editor starts with: the administration as sender, and its outbox's SMS rules."""

    sender: MessageSender
    transliterate_names: bool
    max_segments: int


@dataclass(frozen=True)
class CustomerSms:
    """The sample customer's SMS as the outbox would send it."""

    check: SmsCheck
    #: the name was written with GSM-7 letters (ł -> l)
    transliterated: bool
    #: the same SMS with the name as it is (None when that is the same text)
    as_written: SmsCheck | None
    #: UCS-2 or too many parts, for this customer
    warnings: tuple[Message, ...]


@dataclass(frozen=True)
class TemplatePreview:
    """A template's text rendered as SMS and e-mail; a part that cannot be rendered is None and its
    problem (file and line) is in ``problems``."""

    sms: TemplateCheck | None
    customer_sms: CustomerSms | None
    email: RenderedEmail | None
    problems: tuple[Message, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def file_name(step: str, language: str, tone: str) -> str:
    """The step's template file below the templates folder, e.g. "nl/formal/reminder_1.txt"."""
    if step not in STEPS or language not in LANGUAGES or tone not in TONES:
        raise UserError(
            "messages.template_unknown",
            step=step,
            language=language,
            tone=tone,
            known=", ".join(STEPS),
        )
    return template_names(step, language, tone)[0]


def read_template(step: str, language: str, tone: str) -> TemplateFile:
    """The step's template as the messages use it now (the organisation's copy, else shipped)."""
    return MESSAGES.read(file_name(step, language, tone))


def customise_template(step: str, language: str, tone: str) -> TemplateFile:
    """The organisation's copy of the step's template, copied from the shipped one if there is none."""
    return MESSAGES.customise(file_name(step, language, tone))


def save_template(
    step: str, language: str, tone: str, text: str, *, sample: Sample | None = None
) -> TemplateFile:
    """Save the organisation's copy, after checking that it renders (else the first problem is raised
    as a :class:`UserError` naming file and line, and nothing is written)."""
    name = file_name(step, language, tone)
    preview = preview_template(step, language, tone, text, sample=sample)
    if preview.problems:
        raise UserError(preview.problems[0].code, **dict(preview.problems[0].params))
    return MESSAGES.write(name, text)


def revert_template(step: str, language: str, tone: str) -> TemplateFile:
    """Remove the organisation's copy: the shipped template is used again."""
    return MESSAGES.revert(file_name(step, language, tone))


def customise_templates(*, overwrite: bool = False) -> CustomisedTemplates:
    """Copy every shipped message template into the organisation's folder."""
    return MESSAGES.customise_all(overwrite=overwrite)


def template_problems() -> list[UserError]:
    """Every problem in the message templates the outbox would use now."""
    return MESSAGES.problems()


def editor_defaults(db: Database, administration_id: int | None) -> EditorDefaults:
    """The administration as the sample's sender and its outbox's rules for SMS."""
    if administration_id is None:
        sample = Sample()
        return EditorDefaults(
            sample_content("reminder", "nl", "formal").sender,
            sample.transliterate_names,
            sample.max_segments,
        )
    with db.read() as session:
        sender = sender_of(session, administration_id)
        settings = load_outbox_settings(session, administration_id)
    return EditorDefaults(sender, settings.transliterate_names, settings.max_sms_segments)


def preview_template(
    step: str, language: str, tone: str, text: str, *, sample: Sample | None = None
) -> TemplatePreview:
    """``text`` (the editor's, saved or not) rendered as the step's SMS and e-mail."""
    file_name(step, language, tone)
    sample = sample or Sample()
    override = MESSAGES.override()
    problems: list[Message] = []
    typical = sample_content(step, language, tone, sender=sample.sender, business=sample.business)
    sms: TemplateCheck | None = None
    customer: CustomerSms | None = None
    email: RenderedEmail | None = None
    try:
        sms = template_check(
            step,
            language,
            tone,
            source=text,
            override=override,
            sample=typical,
            max_segments=sample.max_segments,
            transliterate_names=sample.transliterate_names,
        )
        customer = _customer_sms(replace(typical, name=sample.name), text, sample, override)
    except UserError as problem:
        problems.append(problem.message)
    try:
        email = render_email(replace(typical, name=sample.name), override=override, source=text)
    except UserError as problem:
        if problem.message not in problems:
            problems.append(problem.message)
    return TemplatePreview(sms, customer, email, tuple(problems))


def _customer_sms(
    content: MessageContent, text: str, sample: Sample, override: Path | None
) -> CustomerSms:
    sent = render_sms(
        content, transliterate_names=sample.transliterate_names, override=override, source=text
    )
    check = _sms_check(sent.text, sent.info)
    as_written = None
    if sent.transliterated:
        plain = render_sms(content, transliterate_names=False, override=override, source=text)
        as_written = _sms_check(plain.text, plain.info)
    warnings: list[Message] = []
    if check.encoding is SmsEncoding.UCS2:
        warnings.append(
            Message(
                "messages.check_ucs2.customer",
                {"characters": " ".join(check.non_gsm), "segments": check.segments},
            )
        )
    if check.segments > sample.max_segments:
        warnings.append(
            Message(
                "messages.check_segments.customer",
                {"segments": check.segments, "limit": sample.max_segments},
            )
        )
    return CustomerSms(check, sent.transliterated, as_written, tuple(warnings))


def _sms_check(text: str, info: SmsTextInfo) -> SmsCheck:
    return SmsCheck(text, info.characters, info.segments, info.encoding, info.non_gsm)
