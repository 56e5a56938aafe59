"""Asking the posting date of a letter batch (the 14-day letter's evidence) and returned-mail notes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DispatchDialog(QDialog):
    """The day the batch went into the post (never later than today) and optional evidence."""

    def __init__(
        self,
        *,
        batch_number: int,
        letters: int,
        fourteen_day_letters: int,
        today: date,
        earliest: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark batch {number} as posted").format(number=batch_number))
        intro = QLabel(
            self.tr(
                "{letters} letters went into the post. The posting date is the evidence for the "
                "14-day letters in this batch ({fourteen}): the term and the collection costs are "
                "counted from it."
            ).format(letters=letters, fourteen=fourteen_day_letters)
        )
        intro.setWordWrap(True)
        self.day = QDateEdit(_qdate(today))
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(_qdate(today))
        self.day.setMinimumDate(_qdate(earliest))
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.evidence = QLineEdit()
        self.evidence.setPlaceholderText(
            self.tr("Optional: a registered-mail number, the post office receipt…")
        )
        form = QFormLayout()
        form.addRow(self.tr("Posted on:"), self.day)
        form.addRow(self.tr("Evidence:"), self.evidence)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark as posted"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def posted_on(self) -> date:
        value = self.day.date()
        return date(value.year(), value.month(), value.day())

    def evidence_text(self) -> str:
        return self.evidence.text().strip()


class ReturnedMailDialog(QDialog):
    """A posted letter came back: a short note (e.g. "addressee unknown")."""

    def __init__(self, *, customer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Returned mail"))
        intro = QLabel(
            self.tr(
                "The letter to {customer} came back. A returned 14-day letter is no evidence: no "
                "collection costs can be charged on it. Check the address, then send it again."
            ).format(customer=customer)
        )
        intro.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("For example: addressee unknown, moved"))
        form = QFormLayout()
        form.addRow(self.tr("Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record returned mail"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def note_text(self) -> str:
        return self.note.text().strip()
