"""Tools > Message templates…: the organisation's SMS and e-mail texts per step, language and tone, edited
as plain text with a live check under the editor (characters, GSM-7 or UCS-2, SMS parts, warnings) and a
preview for a sample customer; Customise, Save and Revert to shipped. The work is in
:mod:`debtordesk.services.message_templates`; this dialog only shows it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render
from debtordesk.messaging.render import SmsCheck
from debtordesk.services.message_templates import (
    SAMPLE_NAME,
    STEPS,
    EditorDefaults,
    Sample,
    TemplateFile,
    TemplatePreview,
    customise_template,
    editor_defaults,
    preview_template,
    read_template,
    revert_template,
    save_template,
    template_problems,
)
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.lifetime import while_alive
from debtordesk.ui.dialogs.template_preview import TEMPLATE_LABELS
from debtordesk.ui.errors import error_text
from debtordesk.ui.formatting import counted
from debtordesk.ui.i18n import QT_TRANSLATE_NOOP
from debtordesk.ui.widgets.screen_size import initial_size

_ERROR_STYLE = "color: #b41414;"
_WARNING_STYLE = "color: #8a5a00;"
#: milliseconds of quiet typing before the text is checked again
CHECK_DELAY_MS = 250

CHANNELS = (
    ("sms", QT_TRANSLATE_NOOP("MessageTemplatesDialog", "SMS")),
    ("subject", QT_TRANSLATE_NOOP("MessageTemplatesDialog", "E-mail subject")),
    ("text", QT_TRANSLATE_NOOP("MessageTemplatesDialog", "E-mail text")),
    ("html", QT_TRANSLATE_NOOP("MessageTemplatesDialog", "E-mail HTML")),
)

Confirm = Callable[[QWidget, str], bool]


def ask(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, parent.windowTitle(), question)
    return answer == QMessageBox.StandardButton.Yes


class MessageTemplatesDialog(QDialog):
    """``preview_shown`` is emitted after every check of the editor's text (for tests and a status
    bar); ``saved`` after a save or revert with the file as it is now."""

    preview_shown = Signal(object)
    saved = Signal(object)

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        step: str | None = None,
        confirm: Confirm = ask,
    ) -> None:
        """``step``: the step template shown first; ``confirm``: asks the clerk a yes/no question."""
        super().__init__(parent)
        self.ctx = ctx
        self.confirm = confirm
        self.setWindowTitle(self.tr("Message templates"))
        initial_size(self, 1100, 780)
        self.current: TemplateFile | None = None
        self.preview: TemplatePreview | None = None
        self.defaults: EditorDefaults | None = None
        self._generation = 0
        self._loading = False
        self._choice: tuple[str, str, str] | None = None

        self.step = QComboBox()
        for name in STEPS:
            label = TEMPLATE_LABELS.get(name)  # a step added later without a label: its name
            shown = QCoreApplication.translate("TemplateNames", label) if label else name
            self.step.addItem(shown, name)
        if step is not None and self.step.findData(step) >= 0:
            self.step.setCurrentIndex(self.step.findData(step))
        self.channel = QComboBox()
        for key, title in CHANNELS:
            self.channel.addItem(self.tr(title), key)
        self.language = QComboBox()
        self.language.addItem(self.tr("Dutch"), "nl")
        self.language.addItem(self.tr("English"), "en")
        self.tone = QComboBox()
        self.tone.addItem(self.tr("Formal"), "formal")
        self.tone.addItem(self.tr("Informal"), "informal")
        self.sample_name = QLineEdit(SAMPLE_NAME)
        self.sample_name.setToolTip(
            self.tr("The customer the preview writes to: try a name with ł or ğ")
        )
        self.transliterate = QCheckBox(self.tr("Write names in GSM-7 letters (ł → l, ğ → g)"))
        self.transliterate.setChecked(True)
        self.transliterate.setToolTip(
            self.tr(
                "As the outbox does when this setting is on: one letter outside GSM-7 makes the "
                "whole SMS UCS-2, 70 characters a part instead of 160"
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Step:"), self.step)
        form.addRow(self.tr("Channel:"), self.channel)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Tone:"), self.tone)
        form.addRow(self.tr("Sample customer:"), self.sample_name)
        form.addRow("", self.transliterate)

        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setTabChangesFocus(True)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.customer_counts = QLabel()
        self.customer_counts.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(_WARNING_STYLE)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(_ERROR_STYLE)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.shown = QTextBrowser()
        self.shown.setOpenLinks(False)

        self.customise_button = QPushButton(self.tr("&Customise"))
        self.customise_button.setToolTip(
            self.tr("Copy the shipped template into your data folder to edit it")
        )
        self.save_button = QPushButton(self.tr("&Save"))
        self.revert_button = QPushButton(self.tr("&Revert to shipped"))
        self.revert_button.setToolTip(
            self.tr("Remove your copy: the messages use the shipped template again")
        )
        self.check_button = QPushButton(self.tr("Check &all templates"))
        self.customise_button.clicked.connect(self.customise)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.check_button.clicked.connect(self.check_all)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.file_label)
        left_layout.addWidget(self.editor, 1)
        left_layout.addWidget(self.counts)
        left_layout.addWidget(self.customer_counts)
        left_layout.addWidget(self.warnings)
        left_layout.addWidget(self.problems)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form)
        right_layout.addWidget(QLabel(self.tr("Preview:")))
        right_layout.addWidget(self.shown, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        actions = QHBoxLayout()
        for button in (
            self.customise_button,
            self.save_button,
            self.revert_button,
            self.check_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        actions.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(actions)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self.editor.textChanged.connect(self._edited)
        self.sample_name.textChanged.connect(self._timer.start)
        self.transliterate.toggled.connect(self.check_now)
        self.channel.currentIndexChanged.connect(self._show_channel)
        for combo in (self.step, self.language, self.tone):
            combo.currentIndexChanged.connect(self._choose)
        self.warnings.hide()
        self.problems.hide()
        self._set_editable(False)
        self._load_defaults()
        self.load()

    # ------------------------------------------------------------------ what is chosen

    def chosen(self) -> tuple[str, str, str]:
        return (
            str(self.step.currentData()),
            str(self.language.currentData()),
            str(self.tone.currentData()),
        )

    def sample(self) -> Sample:
        defaults = self.defaults
        return Sample(
            name=self.sample_name.text().strip() or SAMPLE_NAME,
            sender=defaults.sender if defaults is not None else None,
            transliterate_names=self.transliterate.isChecked(),
            max_segments=defaults.max_segments if defaults is not None else Sample.max_segments,
        )

    def unsaved(self) -> bool:
        return (
            self.current is not None
            and self.current.customised
            and self.editor.toPlainText() != self.current.text
        )

    def _choose(self) -> None:
        if self._loading:
            return
        if self.unsaved() and not self.confirm(
            self, self.tr("Your changes to this template are not saved. Discard them?")
        ):
            self._restore_choice()
            return
        self.load()

    def _restore_choice(self) -> None:
        if self._choice is None:
            return
        step, language, tone = self._choice
        for combo, value in ((self.step, step), (self.language, language), (self.tone, tone)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)

    # ------------------------------------------------------------------ loading

    def _load_defaults(self) -> None:
        db, administration_id = self.ctx.db, self.ctx.administration.id

        def done(defaults: EditorDefaults) -> None:
            self.defaults = defaults
            self.transliterate.blockSignals(True)
            self.transliterate.setChecked(defaults.transliterate_names)
            self.transliterate.blockSignals(False)
            self.check_now()

        self.ctx.tasks.run(
            lambda _progress: editor_defaults(db, administration_id),
            while_alive(self, done),
            while_alive(self, self._failed),
        )

    def load(self) -> None:
        """Read the chosen template (the organisation's copy, else the shipped one)."""
        step, language, tone = self.chosen()
        self._busy(True)
        self.ctx.tasks.run(
            lambda _progress: read_template(step, language, tone),
            while_alive(self, self._loaded),
            while_alive(self, self._failed),
        )

    def _loaded(self, template: TemplateFile) -> None:
        self._busy(False)
        self.current = template
        self._choice = self.chosen()
        self._loading = True
        try:
            self.editor.setPlainText(template.text)
        finally:
            self._loading = False
        self._set_editable(template.customised)
        self.problems.clear()  # they were of the text shown before; this one is checked next
        self.problems.hide()
        if template.customised:
            self.file_label.setText(self.tr("Your copy: {file}").format(file=template.path))
        else:
            self.file_label.setText(
                self.tr(
                    "The shipped template {name}. Click Customise to edit your own copy; the "
                    "messages use it from then on."
                ).format(name=template.name)
            )
        self.check_now()

    def _set_editable(self, editable: bool) -> None:
        self.editor.setReadOnly(not editable)
        self.customise_button.setEnabled(not editable)
        self.save_button.setEnabled(editable)
        self.revert_button.setEnabled(editable)

    def _busy(self, busy: bool) -> None:
        """While a file is read or written, none of its actions can start again."""
        if busy:
            for button in (self.customise_button, self.save_button, self.revert_button):
                button.setEnabled(False)
        elif self.current is not None:
            self._set_editable(self.current.customised)

    # ------------------------------------------------------------------ the live check

    def _edited(self) -> None:
        if not self._loading:
            self._generation += 1  # a check of the text before this change is no longer shown
            self._timer.start()

    def check_now(self) -> None:
        """Check the editor's text now (the timer does it after typing)."""
        self._timer.stop()
        if self.current is None:
            return
        self._generation += 1
        generation = self._generation
        step, language, tone = self.chosen()
        text = self.editor.toPlainText()
        sample = self.sample()

        def done(preview: TemplatePreview) -> None:
            if generation == self._generation:  # an older answer than the text shown: dropped
                self._show_preview(preview)

        self.ctx.tasks.run(
            lambda _progress: preview_template(step, language, tone, text, sample=sample),
            while_alive(self, done),
            while_alive(self, self._failed),
        )

    def _show_preview(self, preview: TemplatePreview) -> None:
        self.preview = preview
        self.problems.setText("\n".join(render(problem) for problem in preview.problems))
        self.problems.setVisible(bool(preview.problems))
        self._show_channel()
        self.preview_shown.emit(preview)

    def _show_channel(self) -> None:
        preview = self.preview
        if preview is None:
            return
        channel = str(self.channel.currentData())
        warnings: list[Message] = []
        if channel == "sms":
            self._show_sms(preview, warnings)
        else:
            self.customer_counts.clear()
            email = preview.email
            if email is None:
                self.counts.clear()
                self.shown.clear()
            else:
                self.counts.setText(
                    self.tr("Subject: {characters} characters").format(
                        characters=len(email.subject)
                    )
                )
                if channel == "subject":
                    self.shown.setPlainText(email.subject)
                elif channel == "text":
                    self.shown.setPlainText(email.text)
                else:
                    self.shown.setHtml(email.html)
        self.warnings.setText("\n".join(render(warning) for warning in warnings))
        self.warnings.setVisible(bool(warnings))

    def _show_sms(self, preview: TemplatePreview, warnings: list[Message]) -> None:
        sms, customer = preview.sms, preview.customer_sms
        if sms is None or customer is None:
            self.counts.clear()
            self.customer_counts.clear()
            self.shown.clear()
            return
        self.counts.setText(
            self.tr("With a payment link: {with_link}. Without: {without_link}.").format(
                with_link=self._describe(sms.with_link),
                without_link=self._describe(sms.without_link),
            )
        )
        name = self.sample_name.text().strip() or SAMPLE_NAME
        line = self.tr("For {name}: {check}.").format(
            name=name, check=self._describe(customer.check)
        )
        if customer.as_written is not None:
            line += " " + self.tr("Without writing the name in GSM-7 letters: {check}.").format(
                check=self._describe(customer.as_written)
            )
        self.customer_counts.setText(line)
        warnings.extend(sms.warnings)
        warnings.extend(customer.warnings)
        self.shown.setPlainText(customer.check.text)

    def _describe(self, check: SmsCheck) -> str:
        language = self.ctx.language
        text = self.tr("{characters}, {encoding}, {parts}").format(
            characters=counted(
                check.characters, self.tr("1 character"), self.tr("{count} characters"), language
            ),
            encoding=check.encoding.value,
            parts=counted(check.segments, self.tr("1 part"), self.tr("{count} parts"), language),
        )
        if check.non_gsm:
            text += " " + self.tr("(because of {characters})").format(
                characters=" ".join(check.non_gsm)
            )
        return text

    # ------------------------------------------------------------------ the actions

    def customise(self) -> None:
        step, language, tone = self.chosen()
        self._busy(True)
        self.ctx.tasks.run(
            lambda _progress: customise_template(step, language, tone),
            while_alive(self, self._customised),
            while_alive(self, self._failed),
        )

    def _customised(self, template: TemplateFile) -> None:
        self._loaded(template)
        self.status.setText(
            self.tr("Copied to {file}. Edit it here and save.").format(file=template.path)
        )
        self.editor.setFocus()

    def save(self) -> None:
        step, language, tone = self.chosen()
        text = self.editor.toPlainText()
        sample = self.sample()
        self._busy(True)
        self.ctx.tasks.run(
            lambda _progress: save_template(step, language, tone, text, sample=sample),
            while_alive(self, self._saved),
            while_alive(self, self._failed),
        )

    def _saved(self, template: TemplateFile) -> None:
        self._busy(False)
        self.current = template
        self.status.setText(
            self.tr("Saved as {file}. The outbox uses it from the next send.").format(
                file=template.path
            )
        )
        self.saved.emit(template)

    def revert(self) -> None:
        if not self.confirm(
            self,
            self.tr(
                "Remove your copy of this template? The messages use the shipped template again."
            ),
        ):
            return
        step, language, tone = self.chosen()
        self._busy(True)
        self.ctx.tasks.run(
            lambda _progress: revert_template(step, language, tone),
            while_alive(self, self._reverted),
            while_alive(self, self._failed),
        )

    def _reverted(self, template: TemplateFile) -> None:
        self._loaded(template)
        self.status.setText(self.tr("Your copy was removed: the shipped template is used again."))
        self.saved.emit(template)

    def check_all(self) -> None:
        def done(problems: list[UserError]) -> None:
            if problems:
                self.status.setText("\n".join(render(problem.message) for problem in problems))
            else:
                self.status.setText(render(Message("messages.templates_ok")))

        self.ctx.tasks.run(
            lambda _progress: template_problems(),
            while_alive(self, done),
            while_alive(self, self._failed),
        )

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.status.setText(error_text(error))
        self.problems.setText(error_text(error))
        self.problems.setVisible(True)

    # ------------------------------------------------------------------ closing

    def reject(self) -> None:
        if self.unsaved() and not self.confirm(
            self, self.tr("Your changes to this template are not saved. Close anyway?")
        ):
            return
        super().reject()
