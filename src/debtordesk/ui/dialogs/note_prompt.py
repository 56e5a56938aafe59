"""A short question for a note or a reason (declining a dispute, stopping an arrangement); a required
one cannot be confirmed empty. Pages take the asking function in their constructor, so tests answer
for the clerk."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

#: (parent, title, question, required) -> the text, or None when the clerk cancelled
AskNote = Callable[[QWidget, str, str, bool], str | None]


class NotePrompt(QDialog):
    def __init__(
        self, parent: QWidget | None, title: str, question: str, *, required: bool
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.required = required
        label = QLabel(question)
        label.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 4 + 12)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self._update()
        self.resize(440, self.sizeHint().height())

    def _update(self) -> None:
        self.ok_button.setEnabled(not self.required or bool(self.text.toPlainText().strip()))


def ask_note_dialog(parent: QWidget, title: str, question: str, required: bool) -> str | None:
    dialog = NotePrompt(parent, title, question, required=required)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text.toPlainText().strip()
    finally:
        dialog.deleteLater()
