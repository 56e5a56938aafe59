"""The counts of an import, what it would change or what it changed, in one small grid."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from debtordesk.domain.enums import ImportKind
from debtordesk.i18n.catalogue import current_language, format_value
from debtordesk.services.imports import ImportCounts


class CountsView(QWidget):
    """Labelled numbers: invoices on the left, customers and rejected rows on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        self._names: dict[str, QLabel] = {}
        titles = {
            "new": self.tr("New invoices"),
            "updated": self.tr("Updated invoices"),
            "unchanged": self.tr("Unchanged invoices"),
            "closed": self.tr("Closed (paid outside DebtorDesk)"),
            "reopened": self.tr("Reopened invoices"),
            "customers_new": self.tr("New customers"),
            "customers_updated": self.tr("Updated customers"),
            "rejected": self.tr("Rows in error, not imported"),
        }
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(12)
        for position, (key, title) in enumerate(titles.items()):
            row, block = (position, 0) if position < 5 else (position - 5, 2)
            name = QLabel(title, self)
            value = QLabel(self)
            value.setObjectName(key)
            value.setMinimumWidth(60)
            layout.addWidget(name, row, block)
            layout.addWidget(value, row, block + 1)
            self.values[key] = value
            self._names[key] = name
        layout.setColumnStretch(1, 1)
        layout.setColumnStretch(3, 1)

    def clear(self) -> None:
        self.hide()

    def show_counts(self, counts: ImportCounts, kind: ImportKind) -> None:
        language = current_language()
        invoices = kind is not ImportKind.CUSTOMERS
        for key, label in self.values.items():
            number: int = getattr(counts, key)
            visible = invoices or key.startswith("customers") or key == "rejected"
            if key in ("closed", "reopened") and kind is not ImportKind.OPEN_ITEMS:
                visible = False
            label.setText(f"<b>{format_value(number, language)}</b>")
            label.setVisible(visible)
            self._names[key].setVisible(visible)
        rejected = self.values["rejected"]
        rejected.setStyleSheet("color: #b02a37;" if counts.rejected else "")
        self.show()
