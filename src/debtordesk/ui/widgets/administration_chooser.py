"""The toolbar's choice of the current administration: a label and a combo box, for groups with several."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from debtordesk.ui.context import CurrentAdministration


class AdministrationChooser(QWidget):
    """Follows ``current`` both ways: the clerk's pick makes an administration current, and a change
    elsewhere (another database, a renamed administration) shows here."""

    def __init__(self, current: CurrentAdministration, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = current
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setToolTip(
            self.tr("The administration whose customers, invoices and imports you see")
        )
        label = QLabel(self.tr("Administration:"), self)
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 0, 6, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.combo.activated.connect(self._picked)
        current.available_changed.connect(self._fill)
        current.changed.connect(self._show_current)
        self._fill()

    @Slot()
    def _fill(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for administration in self.current.available:
            self.combo.addItem(f"{administration.name} ({administration.code})", administration.id)
        self.combo.blockSignals(False)
        self._show_current()

    @Slot()
    def _show_current(self) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self.combo.findData(self.current.id))
        self.combo.blockSignals(False)

    @Slot(int)
    def _picked(self, index: int) -> None:
        administration_id = self.combo.itemData(index)
        if administration_id is not None:
            self.current.choose(int(administration_id))
