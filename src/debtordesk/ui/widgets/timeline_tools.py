"""The timeline tab of the customer panel: the timeline filtered by kind of event, and exported for the
customer's file as CSV or PDF (the whole timeline of the kind chosen, not only the newest entries
the panel holds; :mod:`debtordesk.services.timeline_export`). An e-mail that carried the letter as a
PDF opens that kept copy (double-click, or Open letter PDF), checked as the letters tab checks its
letters (:mod:`debtordesk.services.email_archive`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debtordesk.services.email_archive import email_attachment_pdf
from debtordesk.services.timeline_export import TimelineExport, TimelineLabels, export_timeline
from debtordesk.services.views import TimelineEntry
from debtordesk.ui.context import UiContext
from debtordesk.ui.errors import show_error
from debtordesk.ui.followup_labels import KINDS, kind_text
from debtordesk.ui.formatting import count_text, datetime_text
from debtordesk.ui.import_wizard.style import SUCCESS_STYLE
from debtordesk.ui.models.timeline import TimelineModel
from debtordesk.ui.widgets.data_table import DataTable
from debtordesk.ui.widgets.pdf_dialog import show_pdf_dialog

#: (parent, suggested file name, "csv" or "pdf") -> the file chosen, or None; tests pass their own
ChooseFile = Callable[[QWidget, str, str], Path | None]


def choose_file_dialog(parent: QWidget, suggested: str, fmt: str) -> Path | None:
    filters = {
        "csv": QCoreApplication.translate("TimelineTools", "CSV file (*.csv)"),
        "pdf": QCoreApplication.translate("TimelineTools", "PDF document (*.pdf)"),
    }
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("TimelineTools", "Export the timeline"),
        suggested,
        filters[fmt],
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == f".{fmt}" else path.with_name(f"{path.name}.{fmt}")


class TimelineTools(QWidget):
    """Wraps the panel's timeline table with a kind filter and the export buttons."""

    #: a file was written
    exported = Signal(object)

    def __init__(
        self,
        ctx: UiContext,
        table: DataTable,
        model: TimelineModel,
        parent: QWidget | None = None,
        *,
        choose_file: ChooseFile = choose_file_dialog,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = table
        self.model = model
        self.choose_file = choose_file
        self.customer_id: int | None = None
        self.customer_number = ""
        self.entries: tuple[TimelineEntry, ...] = ()
        self.kind = QComboBox()
        self.kind.setToolTip(self.tr("Show one kind of event"))
        self.kind.addItem(self.tr("All events"), "")
        self.kind.currentIndexChanged.connect(lambda _index: self._apply())
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.setToolTip(
            self.tr("The whole timeline (of the kind shown) as a spreadsheet file")
        )
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.setToolTip(self.tr("The whole timeline (of the kind shown) as a PDF"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.open_pdf_button = QPushButton(self.tr("Open letter PDF"))
        self.open_pdf_button.setToolTip(
            self.tr("The letter the chosen e-mail carried, exactly as it was sent")
        )
        self.open_pdf_button.setEnabled(False)
        self.open_pdf_button.clicked.connect(self.open_pdf)
        self.dialogs: list[QDialog] = []
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(SUCCESS_STYLE)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        # the filter above the table, the exports below it: in one row the four made the customer
        # panel 550 pixels wide at least, which left the list beside it half a 1366-pixel screen
        bar = QHBoxLayout()
        bar.addWidget(self.kind, 1)
        bar.addWidget(self.open_pdf_button)
        exports = QHBoxLayout()
        exports.addStretch(1)
        exports.addWidget(self.csv_button)
        exports.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(table, 1)
        layout.addLayout(exports)
        table.doubleClicked.connect(lambda _index: self.open_pdf())
        table.selectionModel().currentRowChanged.connect(lambda *_args: self._can_open())
        model.modelReset.connect(self._can_open)

    def set_entries(
        self, customer_id: int, entries: Sequence[TimelineEntry], number: str = ""
    ) -> None:
        """A (new) customer's timeline; the kind chosen stays when this customer has it."""
        if customer_id != self.customer_id:
            self.message.hide()
        self.customer_id = customer_id
        self.customer_number = number
        self.entries = tuple(entries)
        current = str(self.kind.currentData() or "")
        present = {entry.kind for entry in self.entries}
        ordered = [kind for kind in KINDS if kind in present]
        ordered += sorted(present - set(KINDS))
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("All events"), "")
        for kind in ordered:
            self.kind.addItem(kind_text(kind), kind)
        position = self.kind.findData(current) if current else 0
        self.kind.setCurrentIndex(max(position, 0))
        self.kind.blockSignals(False)
        self._apply()

    def chosen_kind(self) -> str | None:
        return str(self.kind.currentData() or "") or None

    def _apply(self) -> None:
        kind = self.chosen_kind()
        shown = [e for e in self.entries if kind is None or e.kind == kind]
        self.model.set_rows(shown)
        self.table.resizeColumnsToContents()

    def chosen_entry(self) -> TimelineEntry | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _can_open(self) -> None:
        entry = self.chosen_entry()
        self.open_pdf_button.setEnabled(entry is not None and entry.email_attachment_id is not None)

    def open_pdf(self) -> None:
        """Open the kept letter PDF of the chosen e-mail entry (read and checked in the background)."""
        entry = self.chosen_entry()
        if entry is None or entry.email_attachment_id is None:
            return
        db, attachment_id = self.ctx.db, entry.email_attachment_id
        self.ctx.tasks.run(
            lambda _progress: email_attachment_pdf(db, attachment_id),
            lambda pdf: self._show_pdf(entry, pdf),
            lambda error: show_error(self, error),
        )

    def _show_pdf(self, entry: TimelineEntry, pdf: bytes) -> None:
        title = self.tr("Letter PDF of the e-mail of {moment} to customer {number}").format(
            moment=datetime_text(entry.at, self.ctx.language),
            number=self.customer_number or self.customer_id,
        )
        dialog = show_pdf_dialog(self, title, pdf)
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget(d))
        self.dialogs.append(dialog)

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)

    def labels(self) -> TimelineLabels:
        return TimelineLabels(
            title=self.tr("Timeline of customer {number} {name}"),
            subtitle=self.tr("Exported on {moment}: {count} entries, oldest first."),
            kinds_line=self.tr("Only: {kinds}"),
            when=self.tr("When"),
            kind=self.tr("Kind"),
            what=self.tr("What happened"),
            invoice=self.tr("Invoice"),
            by=self.tr("By"),
            page=self.tr("page {page}"),
            kind_names={kind: kind_text(kind) for kind in KINDS},
        )

    def export(self, fmt: str) -> None:
        """Ask where, then write the timeline (of the kind shown) in the background."""
        customer_id = self.customer_id
        if customer_id is None:
            return
        kind = self.chosen_kind()
        suggested = self.tr("timeline-{number}.{suffix}").format(
            number=self.customer_number or customer_id, suffix=fmt
        )
        target = self.choose_file(self, suggested, fmt)
        if target is None:
            return
        db, labels, language = self.ctx.db, self.labels(), self.ctx.language
        kinds = [kind] if kind is not None else None
        self.csv_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        self.ctx.tasks.run(
            lambda _progress: export_timeline(
                db, customer_id, target, labels, kinds=kinds, language=language, fmt=fmt
            ),
            self._exported,
            self._failed,
        )

    def _exported(self, result: TimelineExport) -> None:
        self.csv_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        self.message.setText(
            self.tr("Entries written: {count}, to {path}").format(
                count=count_text(result.rows, self.ctx.language), path=str(result.path)
            )
        )
        self.message.show()
        self.exported.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.csv_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        show_error(self, error)
