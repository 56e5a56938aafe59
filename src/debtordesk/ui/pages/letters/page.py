"""The letters page: make a batch of the letters the run prepared, preview it, print it, mark it as
posted, record returned mail, reprint; every batch stays in the archive.

The work itself is in :mod:`debtordesk.services.letters`; batches are made off the GUI thread with
progress and cancel, the preview shows the archived PDF (QtPdf), and a batch goes to the print spooler
as a PDF.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from debtordesk.domain.errors import Cancelled
from debtordesk.domain.letter_batches import LetterBatchStatus
from debtordesk.services.letters import (
    BatchInfo,
    LetterInfo,
    cancel_batch,
    dispatch_batch,
    export_batch_pdf,
    generate_batch,
    letter_pdf,
    list_batches,
    list_letters,
    mark_printed,
    open_batch_pdf,
    record_returned,
    reprint,
)
from debtordesk.services.letters_pending import PendingLetters, pending_letters
from debtordesk.services.printing import SpoolResult, spool_pdf
from debtordesk.ui.context import UiContext
from debtordesk.ui.errors import show_error
from debtordesk.ui.formatting import counted, date_text
from debtordesk.ui.pages.letters.model import BatchModel, LetterModel, status_text
from debtordesk.ui.tasks import TaskProgress
from debtordesk.ui.widgets.data_table import DataTable
from debtordesk.ui.widgets.job_progress import JobProgress
from debtordesk.ui.widgets.menu_button import MenuButton
from debtordesk.ui.widgets.pdf_preview import PdfPreview, print_document


class LettersPage(QWidget):
    #: a batch was made, posted or changed: the queue and the timelines may show something new
    letters_changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._shown_batch: int | None = None
        self._pdf_file: Path | None = None
        self._tmp = tempfile.TemporaryDirectory(prefix="debtordesk-letters-")

        # -- the banner: what is waiting, and making a batch
        self.pending_label = QLabel()
        self.pending_label.setWordWrap(True)
        self.duplex = QCheckBox(self.tr("Duplex (each letter on its own sheets)"))
        self.duplex.setChecked(bool(ctx.prefs.value("letters/duplex", False, type=bool)))
        self.duplex.toggled.connect(lambda on: ctx.prefs.setValue("letters/duplex", on))
        self.make_button = QPushButton(self.tr("Make batch"))
        self.make_button.setToolTip(
            self.tr("Put every prepared letter in one PDF, sorted by postcode (Ctrl+B)")
        )
        self.make_button.setShortcut("Ctrl+B")
        self.make_button.clicked.connect(self.make_batch)
        self.template_button = QPushButton(self.tr("Template preview…"))
        self.template_button.clicked.connect(self.open_template_preview)
        self.job = JobProgress(self.tr("Cancel"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.qr_warning = QLabel()
        self.qr_warning.setWordWrap(True)
        self.qr_warning.setStyleSheet("color: #8a5a00;")
        self.qr_warning.hide()
        banner = QHBoxLayout()
        banner.addWidget(self.pending_label, 1)
        banner.addWidget(self.duplex)
        banner.addWidget(self.make_button)
        banner.addWidget(self.template_button)
        banner.addWidget(self.job)

        # -- batches
        language = ctx.language
        self.batch_model = BatchModel(language)
        self.batches = DataTable()
        self.batches.setModel(self.batch_model)
        self.batches.setSortingEnabled(True)
        self.batches.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the newest batch first
        self.batches.set_empty_text(
            self.tr("No batches yet. Run the queue, then make a batch of the prepared letters.")
        )
        self.batches.selectionModel().currentRowChanged.connect(self._batch_chosen)
        self.print_button = QPushButton(self.tr("Print batch"))
        self.print_button.setToolTip(self.tr("Send the whole batch to the printer as one PDF"))
        self.print_button.clicked.connect(self.print_batch)
        self.posted_button = QPushButton(self.tr("Mark as posted…"))
        self.posted_button.setToolTip(
            self.tr("Record the posting date: the evidence for the 14-day letters")
        )
        self.posted_button.clicked.connect(self.mark_posted)
        self.batch_more = MenuButton(self.tr("More"))
        self.printed_action = self.batch_more.addAction(self.tr("Mark as printed"))
        self.printed_action.triggered.connect(self.mark_batch_printed)
        self.save_action = self.batch_more.addAction(self.tr("Save PDF as…"))
        self.save_action.triggered.connect(self.save_batch)
        self.reprint_batch_action = self.batch_more.addAction(self.tr("Reprint batch"))
        self.reprint_batch_action.triggered.connect(self.reprint_batch)
        self.cancel_batch_action = self.batch_more.addAction(self.tr("Cancel batch…"))
        self.cancel_batch_action.triggered.connect(self.cancel_chosen_batch)
        batch_buttons = QHBoxLayout()
        batch_buttons.addWidget(QLabel(self.tr("<b>Batches</b>")))
        batch_buttons.addStretch(1)
        batch_buttons.addWidget(self.print_button)
        batch_buttons.addWidget(self.posted_button)
        batch_buttons.addWidget(self.batch_more)

        # -- letters of the batch
        self.letter_model = LetterModel(language)
        self.letters = DataTable()
        self.letters.setModel(self.letter_model)
        self.letters.setSortingEnabled(True)
        self.letters.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the print order
        self.letters.set_empty_text(self.tr("Choose a batch to see its letters."))
        self.letters.selectionModel().currentRowChanged.connect(self._letter_chosen)
        self.letters.doubleClicked.connect(lambda _index: self.show_letter())
        self.print_letter_button = QPushButton(self.tr("Print letter…"))
        self.print_letter_button.clicked.connect(self.print_letter)
        self.letter_more = MenuButton(self.tr("More"))
        self.returned_action = self.letter_more.addAction(self.tr("Record returned mail…"))
        self.returned_action.triggered.connect(self.record_returned_mail)
        self.reprint_letter_action = self.letter_more.addAction(self.tr("Reprint letter"))
        self.reprint_letter_action.triggered.connect(self.reprint_letter)
        letter_buttons = QHBoxLayout()
        letter_buttons.addWidget(QLabel(self.tr("<b>Letters in the batch</b>")))
        letter_buttons.addStretch(1)
        letter_buttons.addWidget(self.print_letter_button)
        letter_buttons.addWidget(self.letter_more)

        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        lists_layout.addLayout(batch_buttons)
        lists_layout.addWidget(self.batches, 2)
        lists_layout.addLayout(letter_buttons)
        lists_layout.addWidget(self.letters, 3)
        self.preview = PdfPreview()
        splitter = QSplitter()
        splitter.addWidget(lists)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(banner)
        layout.addWidget(self.message)
        layout.addWidget(self.qr_warning)
        layout.addWidget(splitter, 1)
        ctx.administration.changed.connect(self.refresh)
        #: the tables whose columns are already laid out (a saved layout, or sized to first rows)
        self._laid_out = {
            "batches": self._restore_header(self.batches, "letters/batches"),
            "letters": self._restore_header(self.letters, "letters/letters"),
        }
        self._update_actions()
        if ctx.administration.id is not None:
            self.refresh()

    # ------------------------------------------------------------------ reading
    def refresh(self) -> None:
        administration_id = self.ctx.administration.id
        if administration_id is None:
            return
        db, today = self.ctx.db, self.ctx.today()

        def work(_progress: TaskProgress) -> tuple[PendingLetters, list[BatchInfo]]:
            return pending_letters(db, administration_id, today), list_batches(
                db, administration_id
            )

        self.ctx.tasks.run(work, self._listed, lambda error: show_error(self, error))

    def _listed(self, answer: tuple[PendingLetters, list[BatchInfo]]) -> None:
        pending, batches = answer
        language = self.ctx.language
        if pending.ready:
            text = counted(
                pending.ready,
                self.tr("1 letter ready to go in a batch."),
                self.tr("{count} letters ready to go in a batch."),
                language,
            )
        else:
            text = self.tr("No letters waiting. The queue's run prepares them.")
        if pending.waiting:
            text += " " + counted(
                pending.waiting,
                self.tr("1 more may go out from {day}."),
                self.tr("{count} more may go out from {day}."),
                language,
                day=date_text(pending.next_day, language),
            )
        self.pending_label.setText(text)
        self.make_button.setEnabled(pending.ready > 0 and not self.job.running)
        chosen = self.current_batch()
        self.batch_model.set_rows(batches)
        self._size_columns_once("batches", self.batches)
        self._reselect(self.batches, self.batch_model, chosen.id if chosen else None)
        self._update_actions()

    def _reselect(
        self, table: DataTable, model: BatchModel | LetterModel, row_id: int | None
    ) -> None:
        if row_id is None:
            return
        row = model.row_of_id(row_id)
        if row is not None:
            table.selectionModel().setCurrentIndex(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def current_batch(self) -> BatchInfo | None:
        index = self.batches.currentIndex()
        return self.batch_model.row_at(index.row()) if index.isValid() else None

    def current_letter(self) -> LetterInfo | None:
        index = self.letters.currentIndex()
        return self.letter_model.row_at(index.row()) if index.isValid() else None

    def _batch_chosen(self) -> None:
        batch = self.current_batch()
        self._update_actions()
        if batch is None:
            self.letter_model.set_rows([])
            self.preview.clear()
            self._shown_batch = None
            return
        if batch.id == self._shown_batch:
            return
        db = self.ctx.db

        def work(_progress: TaskProgress) -> tuple[int, list[LetterInfo], bytes]:
            return batch.id, list_letters(db, batch.id), open_batch_pdf(db, batch.id)

        self.ctx.tasks.run(work, self._batch_opened, self._batch_failed)

    def _batch_opened(self, answer: tuple[int, list[LetterInfo], bytes]) -> None:
        batch_id, letters, pdf = answer
        current = self.current_batch()
        if current is None or current.id != batch_id:
            return  # the clerk chose another batch meanwhile
        self.letter_model.set_rows(letters)
        self._size_columns_once("letters", self.letters)
        self.qr_warning.setText(self._qr_warning(letters))
        self.qr_warning.setVisible(bool(self.qr_warning.text()))
        path = Path(self._tmp.name) / f"batch-{batch_id}.pdf"
        path.write_bytes(pdf)
        self._pdf_file = path
        self._shown_batch = batch_id
        self.preview.load_file(path)
        self._update_actions()

    def _qr_warning(self, letters: list[LetterInfo]) -> str:
        """What the letters without a payment QR code lack: without an IBAN (and no link) they give
        no way to pay at all; with one they still say how to pay by transfer."""
        without = [letter for letter in letters if letter.qr_kind == "none"]
        unpayable = sum(1 for letter in without if not letter.has_iban)
        if unpayable:
            return counted(
                unpayable,
                self.tr(
                    "1 letter in this batch gives no way to pay: the administration has no IBAN, "
                    "so the letter has no account number, no payment link and no QR code; it asks "
                    "the customer to contact you. Fill in the IBAN of the administration under "
                    "Settings > Organisation… before posting it."
                ),
                self.tr(
                    "{count} letters in this batch give no way to pay: the administration has no "
                    "IBAN, so the letters have no account number, no payment link and no QR code; "
                    "they ask the customer to contact you. Fill in the IBAN of the administration "
                    "under Settings > Organisation… before posting them."
                ),
                self.ctx.language,
            )
        if not without:
            return ""
        return counted(
            len(without),
            self.tr(
                "1 letter in this batch has no payment QR code: there was no payment link "
                "and no EPC code could be made (check the IBAN and the account holder under "
                "Settings > Organisation). It still states how to pay by transfer."
            ),
            self.tr(
                "{count} letters in this batch have no payment QR code: there was no payment "
                "link and no EPC code could be made (check the IBAN and the account holder "
                "under Settings > Organisation). They still state how to pay by transfer."
            ),
            self.ctx.language,
        )

    def _batch_failed(self, error: BaseException) -> None:
        self.letter_model.set_rows([])
        self.preview.clear()
        self._shown_batch = None
        show_error(self, error)

    def _letter_chosen(self) -> None:
        self._update_actions()
        self.show_letter()

    def show_letter(self) -> None:
        letter = self.current_letter()
        if letter is not None and self._shown_batch == letter.batch_id:
            self.preview.show_page(letter.first_page)

    def _update_actions(self) -> None:
        batch = self.current_batch()
        letter = self.current_letter()
        busy = self.job.running
        open_batch = batch is not None and batch.status in (
            LetterBatchStatus.GENERATED,
            LetterBatchStatus.PRINTED,
        )
        self.print_button.setEnabled(batch is not None and not busy and self._pdf_file is not None)
        self.posted_button.setEnabled(open_batch and not busy)
        self.printed_action.setEnabled(
            batch is not None and batch.status is LetterBatchStatus.GENERATED and not busy
        )
        self.save_action.setEnabled(batch is not None)
        self.reprint_batch_action.setEnabled(batch is not None and not busy)
        self.cancel_batch_action.setEnabled(open_batch and not busy)
        self.print_letter_button.setEnabled(letter is not None)
        self.returned_action.setEnabled(
            letter is not None and letter.dispatched_on is not None and letter.returned_at is None
        )
        self.reprint_letter_action.setEnabled(letter is not None and not busy)

    # ------------------------------------------------------------------ making batches
    def make_batch(self) -> None:
        administration_id = self.ctx.administration.id
        if administration_id is None or self.job.running:
            return
        db, duplex, today = self.ctx.db, self.duplex.isChecked(), self.ctx.today()

        def work(progress: TaskProgress) -> BatchInfo:
            return generate_batch(
                db,
                administration_id,
                pending=True,
                duplex=duplex,
                letter_date=today,
                progress=progress.set_progress,
                cancelled=progress.cancel_requested,
            )

        self._start(work, self._batch_made, self.tr("Making the batch…"))

    def _start(
        self,
        work: Callable[[TaskProgress], Any],
        done: Callable[[Any], None],
        text: str,
    ) -> None:
        self.message.hide()
        self.make_button.setEnabled(False)
        self.job.start(self.ctx.tasks, work, done, self._task_failed, text=text, write=True)
        self._update_actions()

    def cancel_task(self) -> None:
        self.job.cancel()

    def _batch_made(self, batch: BatchInfo) -> None:
        self._update_actions()
        language = self.ctx.language
        text = self.tr("Batch {number}: {letters} on {pages}.").format(
            number=batch.number,
            letters=counted(
                batch.letter_count, self.tr("1 letter"), self.tr("{count} letters"), language
            ),
            pages=counted(batch.pages, self.tr("1 page"), self.tr("{count} pages"), language),
        )
        if batch.skipped:
            text += " " + counted(
                len(batch.skipped),
                self.tr(
                    "1 letter was left out and cancelled: the facts changed since the run (see "
                    "the customer's timeline)."
                ),
                self.tr(
                    "{count} letters were left out and cancelled: the facts changed since the run "
                    "(see the customers' timelines)."
                ),
                language,
            )
        self._say(text)
        self._select_after_refresh(batch.id)
        self.letters_changed.emit()

    def _select_after_refresh(self, batch_id: int) -> None:
        administration_id = self.ctx.administration.id
        if administration_id is None:
            return
        db, today = self.ctx.db, self.ctx.today()

        def work(_progress: TaskProgress) -> tuple[PendingLetters, list[BatchInfo]]:
            return pending_letters(db, administration_id, today), list_batches(
                db, administration_id
            )

        def listed(answer: tuple[PendingLetters, list[BatchInfo]]) -> None:
            self._listed(answer)
            self._shown_batch = None if self._shown_batch == batch_id else self._shown_batch
            self._reselect(self.batches, self.batch_model, batch_id)
            self._batch_chosen()

        self.ctx.tasks.run(work, listed, lambda error: show_error(self, error))

    def _task_failed(self, error: BaseException) -> None:
        self._update_actions()
        self.refresh()
        if isinstance(error, Cancelled):
            self._say(self.tr("Cancelled: nothing was stored, the letters are still waiting."))
            return
        show_error(self, error)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # ------------------------------------------------------------------ printing and posting
    def print_batch(self) -> None:
        batch = self.current_batch()
        if batch is None or self._pdf_file is None or self._shown_batch != batch.id:
            return
        path = self._pdf_file
        title = self.tr("DebtorDesk batch {number}").format(number=batch.number)

        def work(_progress: TaskProgress) -> SpoolResult:
            return spool_pdf(path, title=title)

        def spooled(result: SpoolResult) -> None:
            self._say(
                self.tr(
                    "Batch {number} went to the printer. {answer} When the letters are in the "
                    "post, mark the batch as posted."
                ).format(number=batch.number, answer=result.answer)
            )
            if batch.status is LetterBatchStatus.GENERATED:
                self._write(lambda: mark_printed(self.ctx.db, batch.id), batch.id)

        self.ctx.tasks.run(work, spooled, lambda error: show_error(self, error))

    def mark_batch_printed(self) -> None:
        batch = self.current_batch()
        if batch is not None:
            self._write(lambda: mark_printed(self.ctx.db, batch.id), batch.id)

    def mark_posted(self) -> None:
        batch = self.current_batch()
        if batch is None:
            return
        from debtordesk.ui.dialogs.dispatch import DispatchDialog

        fourteen = sum(1 for letter in self.letter_model_rows() if letter.fourteen_day_letter)
        dialog = DispatchDialog(
            batch_number=batch.number,
            letters=batch.letter_count,
            fourteen_day_letters=fourteen,
            today=self.ctx.today(),
            earliest=batch.letter_date,
            parent=self,
        )
        try:
            if dialog.exec() != DispatchDialog.DialogCode.Accepted:
                return
            day, evidence = dialog.posted_on(), dialog.evidence_text()
        finally:
            dialog.deleteLater()
        self.dispatch(batch.id, day, evidence)

    def dispatch(self, batch_id: int, day: date, evidence: str = "") -> None:
        """Record the posting date of a batch (the dialog's answer; tests call it directly)."""
        db = self.ctx.db

        def done(_answer: object) -> None:
            self._say(
                self.tr("Posted on {day}: the 14-day terms count from this date.").format(
                    day=date_text(day, self.ctx.language)
                )
            )

        self._write(
            lambda: dispatch_batch(db, batch_id, dispatched_on=day, evidence=evidence),
            batch_id,
            done,
        )

    def letter_model_rows(self) -> list[LetterInfo]:
        return [self.letter_model.row_at(row) for row in range(self.letter_model.rowCount())]

    def save_batch(self) -> None:
        batch = self.current_batch()
        if batch is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save batch PDF"),
            str(Path.home() / f"batch-{batch.number}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if not name:
            return
        db = self.ctx.db
        self.ctx.tasks.run(
            lambda _progress: export_batch_pdf(db, batch.id, Path(name)),
            lambda path: self._say(self.tr("Saved as {path}.").format(path=path)),
            lambda error: show_error(self, error),
        )

    def cancel_chosen_batch(self) -> None:
        batch = self.current_batch()
        if batch is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cancel batch"),
            self.tr(
                "Cancel batch {number}? Its letters were not posted; they go back to waiting and "
                "can go in a new batch."
            ).format(number=batch.number),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda: cancel_batch(self.ctx.db, batch.id), batch.id)

    def reprint_batch(self) -> None:
        batch = self.current_batch()
        if batch is None:
            return
        db, duplex = self.ctx.db, self.duplex.isChecked()
        self._start(
            lambda progress: reprint(
                db,
                batch_id=batch.id,
                duplex=duplex,
                progress=progress.set_progress,
                cancelled=progress.cancel_requested,
            ),
            self._batch_made,
            self.tr("Reprinting…"),
        )

    # ------------------------------------------------------------------ one letter
    def print_letter(self) -> None:
        letter = self.current_letter()
        if letter is None:
            return
        db = self.ctx.db

        def opened(pdf: bytes) -> None:
            single = PdfPreview(self)
            single.hide()
            single.load_bytes(pdf)
            try:
                print_document(self, single.document)
            finally:
                single.deleteLater()

        self.ctx.tasks.run(
            lambda _progress: letter_pdf(db, letter.id),
            opened,
            lambda error: show_error(self, error),
        )

    def record_returned_mail(self) -> None:
        letter = self.current_letter()
        if letter is None:
            return
        from debtordesk.ui.dialogs.dispatch import ReturnedMailDialog

        dialog = ReturnedMailDialog(
            customer=f"{letter.customer_number} {letter.customer_name}", parent=self
        )
        try:
            if dialog.exec() != ReturnedMailDialog.DialogCode.Accepted:
                return
            note = dialog.note_text()
        finally:
            dialog.deleteLater()
        db = self.ctx.db
        self._write(lambda: record_returned(db, letter.id, note=note), letter.batch_id)

    def reprint_letter(self) -> None:
        letter = self.current_letter()
        if letter is None:
            return
        db, duplex = self.ctx.db, self.duplex.isChecked()
        self._start(
            lambda progress: reprint(
                db,
                letter_ids=[letter.id],
                duplex=duplex,
                progress=progress.set_progress,
                cancelled=progress.cancel_requested,
            ),
            self._batch_made,
            self.tr("Reprinting…"),
        )

    # ------------------------------------------------------------------ shared
    def _write(
        self,
        action: Callable[[], Any],
        batch_id: int,
        done: Callable[[Any], None] | None = None,
    ) -> None:
        def finished(answer: object) -> None:
            if done is not None:
                done(answer)
            self._shown_batch = None
            self._select_after_refresh(batch_id)
            self.letters_changed.emit()

        self.ctx.tasks.run(
            lambda _progress: action(),
            finished,
            lambda error: show_error(self, error),
            write=True,
        )

    def open_template_preview(self) -> None:
        from debtordesk.ui.dialogs.template_preview import TemplatePreviewDialog

        dialog = TemplatePreviewDialog(self.ctx, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def batch_status_text(self, batch: BatchInfo) -> str:
        return status_text(batch.status)

    def save_state(self) -> None:
        self.ctx.prefs.setValue("letters/batches", self.batches.horizontalHeader().saveState())
        self.ctx.prefs.setValue("letters/letters", self.letters.horizontalHeader().saveState())

    def _restore_header(self, table: DataTable, key: str) -> bool:
        """The column widths, order and sorting the clerk left (save_state), as the other pages."""
        state = self.ctx.prefs.value(key)
        return bool(state) and table.horizontalHeader().restoreState(state)

    def _size_columns_once(self, name: str, table: DataTable) -> None:
        """Fit the columns to the first rows shown, once: never over a restored layout or over
        widths the clerk changed since."""
        if not self._laid_out[name] and table.model().rowCount():
            self._laid_out[name] = True
            table.resizeColumnsToContents()
