"""Settings > Administrations…: the legal entities in the database with how much is in each; Add… creates
one (a code and a name), Edit… opens the organisation settings of the chosen one."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from debtordesk.domain.errors import DebtorDeskError
from debtordesk.services.administration_checks import CODE_LIMIT
from debtordesk.services.administrations import (
    AdministrationDetails,
    AdministrationOverview,
    administration_overview,
    create_administration,
)
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.lifetime import while_alive
from debtordesk.ui.dialogs.organisation import OrganisationDialog
from debtordesk.ui.errors import error_text, show_error
from debtordesk.ui.formatting import count_text, money_text

_ERROR_STYLE = "color: #b41414;"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class NewAdministrationDialog(QDialog):
    """A code and a name; the rest is filled in afterwards in the organisation settings.
    ``created`` carries the new administration just before the dialog closes."""

    created = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New administration"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "An administration is a legal entity of your group with its own customers and "
                "invoices. Fill in its IBAN, address and KvK number afterwards with Edit…."
            )
        )
        intro.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(CODE_LIMIT)
        # typing is limited to what a code may hold; the service checks again
        self.code_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9_-]*"), self.code_edit)
        )
        self.code_edit.setPlaceholderText(self.tr("e.g. NOORD"))
        self.code_edit.setToolTip(
            self.tr(
                "Short and unique: letters, digits, - and _. It is used on the command line "
                "(--administration CODE) and in lists."
            )
        )
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("e.g. Kinderopvang Noord B.V."))
        form = QFormLayout()
        form.addRow(self.tr("Code:"), self.code_edit)
        form.addRow(self.tr("Name:"), self.name_edit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        db, code, name = self.ctx.db, self.code_edit.text(), self.name_edit.text()
        self.buttons.setEnabled(False)
        self.ctx.tasks.run(
            lambda _progress: create_administration(db, code=code, name=name),
            while_alive(self, self._created),
            while_alive(self, self._failed),
            write=True,
        )

    def _created(self, administration: AdministrationDetails) -> None:
        self.buttons.setEnabled(True)
        self.created.emit(administration)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(error, DebtorDeskError):
            show_error(self, error)
            return
        self.message.setText(error_text(error))
        self.message.show()
        self.adjustSize()  # room for the message's lines; the wrapped texts are not squeezed
        field = self.name_edit if error.code.startswith("administration.name") else self.code_edit
        field.setFocus(Qt.FocusReason.OtherFocusReason)


class AdministrationsDialog(QDialog):
    """``loaded`` fires when the list shows what is stored; ``changed`` after an administration was
    added or its details saved (the window then reloads its choice of administration)."""

    loaded = Signal()
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[AdministrationOverview] = []
        # the Add… or Edit… dialog while it is open
        self.child: QDialog | None = None
        self._select_id: int | None = None
        self.setWindowTitle(self.tr("Administrations"))
        self.setMinimumSize(720, 320)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("IBAN"),
                self.tr("Customers"),
                self.tr("Open invoices"),
                self.tr("Open"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self._update_buttons()
        self.load()

    # -- the list
    def load(self) -> None:
        db = self.ctx.db
        self.ctx.tasks.run(
            lambda _progress: administration_overview(db),
            while_alive(self, self._loaded),
            while_alive(self, lambda error: show_error(self, error)),
        )

    def _loaded(self, rows: list[AdministrationOverview]) -> None:
        language = self.ctx.language
        self.rows = rows
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            texts = (
                row.code,
                row.name,
                row.iban or "",
                count_text(row.customers, language),
                count_text(row.open_invoices, language),
                f"€ {money_text(row.open_total, language)}",
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column >= 3:
                    item.setTextAlignment(_RIGHT)
                self.table.setItem(number, column, item)
        wanted = self._select_id if self._select_id is not None else self.ctx.administration.id
        found = next((n for n, r in enumerate(rows) if r.id == wanted), 0 if rows else None)
        if found is not None:
            self.table.selectRow(found)
        self._update_buttons()
        self.loaded.emit()

    def selected(self) -> AdministrationOverview | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    @Slot()
    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    # -- adding and editing
    @Slot()
    def add(self) -> None:
        dialog = NewAdministrationDialog(self.ctx, self)
        dialog.created.connect(lambda created: self._changed(created.id))
        self._open(dialog)

    @Slot()
    def edit_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = OrganisationDialog(self.ctx, self, administration_id=chosen.id)
        dialog.saved.connect(lambda _saved: self._changed(chosen.id))
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        self.child = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.child is dialog:
            self.child = None
        dialog.deleteLater()

    def _changed(self, administration_id: int) -> None:
        self._select_id = administration_id
        self.changed.emit()
        self.load()
