"""Render any letter template for a chosen customer before a batch: nothing is stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debtordesk.domain.errors import UserError
from debtordesk.i18n.catalogue import render
from debtordesk.letters.templates import GENERIC_TEMPLATE, STEP_TEMPLATES
from debtordesk.services.handover_export import customer_ids_for_numbers
from debtordesk.services.letter_templates import (
    CustomisedTemplates,
    customise_templates,
    template_problems,
)
from debtordesk.services.letters import preview_letter
from debtordesk.ui.context import UiContext
from debtordesk.ui.errors import error_text
from debtordesk.ui.formatting import counted
from debtordesk.ui.i18n import QT_TRANSLATE_NOOP
from debtordesk.ui.widgets.pdf_preview import PdfPreview
from debtordesk.ui.widgets.screen_size import initial_size

TEMPLATE_LABELS = {
    "pre_reminder": QT_TRANSLATE_NOOP("TemplateNames", "Payment request before the due date"),
    "storno": QT_TRANSLATE_NOOP("TemplateNames", "After a failed direct debit"),
    "reminder_1": QT_TRANSLATE_NOOP("TemplateNames", "First reminder"),
    "reminder_2": QT_TRANSLATE_NOOP("TemplateNames", "Second reminder"),
    "fourteen_day_letter": QT_TRANSLATE_NOOP("TemplateNames", "14-day letter (consumers)"),
    "business_reminder": QT_TRANSLATE_NOOP("TemplateNames", "Reminder (business)"),
    "business_formal_letter": QT_TRANSLATE_NOOP("TemplateNames", "Formal letter with costs"),
    "instalment_request": QT_TRANSLATE_NOOP("TemplateNames", "Payment request for a term"),
    "instalment_reminder": QT_TRANSLATE_NOOP("TemplateNames", "Reminder: a term not paid"),
    "broken_promise": QT_TRANSLATE_NOOP("TemplateNames", "Promise not kept"),
    "arrangement_confirmation": QT_TRANSLATE_NOOP(
        "TemplateNames", "Confirmation of a payment arrangement"
    ),
    GENERIC_TEMPLATE: QT_TRANSLATE_NOOP("TemplateNames", "Reminder (any other step)"),
}


class TemplatePreviewDialog(QDialog):
    def __init__(
        self, ctx: UiContext, *, customer_number: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Letter template preview"))
        initial_size(self, 1000, 760)
        self.customer = QLineEdit(customer_number)
        self.customer.setPlaceholderText(self.tr("Customer number"))
        self.customer.returnPressed.connect(self.render_now)
        self.template = QComboBox()
        for name in (*STEP_TEMPLATES, GENERIC_TEMPLATE):
            label = QCoreApplication.translate("TemplateNames", TEMPLATE_LABELS[name])
            self.template.addItem(label, name)
        self.language = QComboBox()
        self.language.addItem(self.tr("Dutch"), "nl")
        self.language.addItem(self.tr("English"), "en")
        self.tone = QComboBox()
        self.tone.addItem(self.tr("Formal"), "formal")
        self.tone.addItem(self.tr("Informal"), "informal")
        self.link = QLineEdit()
        self.link.setPlaceholderText(self.tr("Optional: a payment link, to see the link's QR code"))
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.render_now)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.preview = PdfPreview()
        form = QFormLayout()
        form.addRow(self.tr("Customer:"), self.customer)
        form.addRow(self.tr("Template:"), self.template)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Tone:"), self.tone)
        form.addRow(self.tr("Payment link:"), self.link)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignRight)
        side.addWidget(self.status)
        side.addStretch(1)
        self.customise_button = QPushButton(self.tr("Customise templates…"))
        self.customise_button.setToolTip(
            self.tr(
                "Copy the letter templates into your data folder and open it: the letters use your "
                "edited copies from then on"
            )
        )
        self.customise_button.clicked.connect(self.customise)
        self.check_button = QPushButton(self.tr("Check templates"))
        self.check_button.clicked.connect(self.check)
        side.addWidget(self.customise_button)
        side.addWidget(self.check_button)
        body = QHBoxLayout()
        body.addLayout(side, 1)
        body.addWidget(self.preview, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.last_pdf: bytes | None = None
        for combo in (self.template, self.language, self.tone):
            combo.currentIndexChanged.connect(self._changed)

    def _changed(self) -> None:
        if self.last_pdf is not None:
            self.render_now()

    def render_now(self) -> None:
        administration_id = self.ctx.administration.id
        number = self.customer.text().strip()
        if administration_id is None or not number:
            self.status.setText(self.tr("Enter the number of a customer to show the letter for."))
            return
        db = self.ctx.db
        template = str(self.template.currentData())
        language = str(self.language.currentData())
        tone = str(self.tone.currentData())
        link = self.link.text().strip() or None
        self.show_button.setEnabled(False)
        self.status.setText(self.tr("Rendering…"))

        def work(_progress: object) -> bytes:
            (customer_id,) = customer_ids_for_numbers(db, administration_id, [number])
            return preview_letter(db, customer_id, template, language, tone, link_url=link)

        self.ctx.tasks.run(work, self._shown, self._failed)

    def _shown(self, pdf: bytes) -> None:
        self.show_button.setEnabled(True)
        self.last_pdf = pdf
        self.preview.load_bytes(pdf)
        self.status.setText(
            counted(
                self.preview.page_count(),
                self.tr("1 page. Nothing is stored or sent."),
                self.tr("{count} pages. Nothing is stored or sent."),
                self.ctx.language,
            )
        )

    def customise(self) -> None:
        def done(result: CustomisedTemplates) -> None:
            self.status.setText(
                counted(
                    len(result.written),
                    self.tr(
                        "1 file copied to {folder}. Edit it there; the letters use it from now on "
                        "(files already there were kept)."
                    ),
                    self.tr(
                        "{count} files copied to {folder}. Edit them there; the letters use them "
                        "from now on (files already there were kept)."
                    ),
                    self.ctx.language,
                    folder=result.folder,
                )
            )
            self.open_folder(result.folder)

        self.ctx.tasks.run(lambda _progress: customise_templates(), done, self._failed)

    def open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def check(self) -> None:
        def done(problems: list[UserError]) -> None:
            if problems:
                self.status.setText("\n".join(render(problem.message) for problem in problems))
            else:
                self.status.setText(self.tr("Every template is in order."))

        self.ctx.tasks.run(lambda _progress: template_problems(), done, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.show_button.setEnabled(True)
        self.status.setText(error_text(error))
