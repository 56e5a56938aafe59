"""The customer's tags in its panel: one chip per tag (click to remove it) and a field to add one, with
completion from the tags the administration's customers already carry (so "debt help" is not typed
as "debthelp" on the next customer; segment rules choose policies by tag). Each change is saved off
the GUI thread through :mod:`debtordesk.services.customer_tags` (audited, on the timeline)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from debtordesk.domain.errors import DebtorDeskError
from debtordesk.services.customer_tags import TagChange, change_tags, known_tags
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.lifetime import while_alive
from debtordesk.ui.errors import error_text, show_error

_CHIP_STYLE = (
    "QToolButton { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px; }"
    "QToolButton:hover { border-color: #b41414; }"
)
_ERROR_STYLE = "color: #b41414;"


class TagEditor(QWidget):
    """``changed`` fires with the customer id after a tag was added or removed."""

    changed = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self.tags: tuple[str, ...] = ()
        self.chips: dict[str, QToolButton] = {}
        self._busy = False
        #: the administration whose tags the completion holds (read once, again after a change)
        self._known_for: int | None = None
        self._known_loaded = False
        self._chip_row = QHBoxLayout()
        self._chip_row.setContentsMargins(0, 0, 0, 0)
        self._chip_row.setSpacing(4)
        self.none_label = QLabel("—")
        self._chip_row.addWidget(self.none_label)
        self._chip_row.addStretch(1)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Add a tag (Enter)"))
        self.edit.setToolTip(
            self.tr("Tags put customers in segments (Settings > Dunning policies > segment rules).")
        )
        self.edit.setClearButtonEnabled(True)
        self.completions = QStringListModel(self)
        completer = QCompleter(self.completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edit.setCompleter(completer)
        self.edit.returnPressed.connect(self.add_typed)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(self._chip_row)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)

    # -- showing
    def show_tags(self, customer_id: int, tags: tuple[str, ...]) -> None:
        """The customer's tags as chips (the completion is read in the background when needed)."""
        self.customer_id = customer_id
        self.tags = tags
        for chip in self.chips.values():
            self._chip_row.removeWidget(chip)
            chip.deleteLater()
        self.chips = {}
        for position, tag in enumerate(tags):
            chip = QToolButton()
            chip.setText(f"{tag}  ✕")
            chip.setStyleSheet(_CHIP_STYLE)
            chip.setToolTip(self.tr("Remove the tag “{tag}”").format(tag=tag))
            chip.setAccessibleName(self.tr("Tag {tag}").format(tag=tag))
            chip.clicked.connect(lambda _checked=False, tag=tag: self.remove(tag))
            self._chip_row.insertWidget(position, chip)
            self.chips[tag] = chip
        self.none_label.setVisible(not tags)
        self.message.hide()
        if not self._known_loaded or self._known_for != self.ctx.administration.id:
            self._load_known()

    def _load_known(self) -> None:
        db, administration_id = self.ctx.db, self.ctx.administration.id
        self._known_for, self._known_loaded = administration_id, True
        self.ctx.tasks.run(
            lambda _progress: known_tags(db, administration_id),
            while_alive(self, self._known),
            while_alive(self, lambda _error: None),  # completion is a convenience
        )

    def _known(self, tags: tuple[str, ...]) -> None:
        self.completions.setStringList(list(tags))

    # -- changing
    def add_typed(self) -> None:
        text = self.edit.text().strip()
        if text:
            self._change(add=[text])

    def remove(self, tag: str) -> None:
        self._change(remove=[tag])

    def _change(self, *, add: list[str] | None = None, remove: list[str] | None = None) -> None:
        customer_id = self.customer_id
        if customer_id is None or self._busy:
            return
        db = self.ctx.db
        self._busy = True
        self.ctx.tasks.run(
            lambda _progress: change_tags(db, customer_id, add=add or (), remove=remove or ()),
            while_alive(self, self._changed),
            while_alive(self, self._failed),
            write=True,
        )

    def _changed(self, change: TagChange) -> None:
        self._busy = False
        self.edit.clear()
        if change.customer_id == self.customer_id:
            self.show_tags(change.customer_id, change.tags)
        if change.added:
            self._known_loaded = False  # a new tag for the completion
        if change.added or change.removed:
            self.changed.emit(change.customer_id)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        if not isinstance(error, DebtorDeskError):
            show_error(self, error)
            return
        self.message.setText(error_text(error))
        self.message.show()
