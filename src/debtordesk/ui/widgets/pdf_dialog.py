"""A window showing one PDF from bytes with a Print… button, as the customer's letters tab opens a
letter (:mod:`debtordesk.ui.widgets.customer_letters`); for kept e-mail attachments."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from debtordesk.ui.widgets.pdf_preview import PdfPreview, print_document
from debtordesk.ui.widgets.screen_size import initial_size


def show_pdf_dialog(parent: QWidget, title: str, pdf: bytes) -> QDialog:
    """Open a non-modal window with the PDF; deleted when closed (keep a reference until then)."""
    dialog = QDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(title)
    initial_size(dialog, 760, 900)
    preview = PdfPreview(dialog)
    preview.load_bytes(pdf)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    print_button = buttons.addButton(
        QCoreApplication.translate("PdfDialog", "Print…"), QDialogButtonBox.ButtonRole.ActionRole
    )
    print_button.clicked.connect(lambda: print_document(dialog, preview.document))
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(preview, 1)
    layout.addWidget(buttons)
    dialog.show()
    return dialog
