"""A PDF preview (QtPdf's QPdfView) with page navigation and zoom, and printing one document through
Qt's print dialog (for a single letter; a whole batch goes to the spooler as a PDF)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class PdfPreview(QWidget):
    """Shows one PDF: from a file (a batch in the archive) or from bytes (one letter, a template
    preview). ``show_page`` jumps to a page counted from 1, as the letters list gives it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.page_box = QSpinBox()
        self.page_box.setMinimum(1)
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.valueChanged.connect(lambda page: self.show_page(page, sync=False))
        self.count_label = QLabel()
        self.fit_width = QToolButton()
        self.fit_width.setText(self.tr("Fit width"))
        self.fit_width.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page = QToolButton()
        self.fit_page.setText(self.tr("Whole page"))
        self.fit_page.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.empty = QLabel(self.tr("Nothing to show yet."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Page")))
        bar.addWidget(self.page_box)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.fit_width)
        bar.addWidget(self.fit_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.clear()

    # -- loading
    def load_file(self, path: Path) -> bool:
        self._release_buffer()
        error = self.document.load(str(path))
        return self._loaded(error)

    def load_bytes(self, data: bytes) -> bool:
        self._release_buffer()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer  # the document reads from it as long as it shows the pages
        self.document.load(buffer)
        return self._loaded(self.document.error())

    def clear(self) -> None:
        self.document.close()
        self._release_buffer()
        self._loaded(None)

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """The page shown, counted from 1."""
        return self.view.pageNavigator().currentPage() + 1

    def show_page(self, page: int, *, sync: bool = True) -> None:
        """Jump to ``page`` (from 1)."""
        count = self.document.pageCount()
        if count <= 0:
            return
        page = max(1, min(page, count))
        self.view.pageNavigator().jump(page - 1, QPointF(), self.view.pageNavigator().currentZoom())
        if sync:
            self.page_box.blockSignals(True)
            self.page_box.setValue(page)
            self.page_box.blockSignals(False)

    # -- printing one document
    def print_with_dialog(self) -> bool:
        """Qt's print dialog for the document shown (meant for one letter); True when printed."""
        return print_document(self, self.document)

    # -- internals
    def _loaded(self, error: QPdfDocument.Error | None) -> bool:
        count = self.document.pageCount() if error == QPdfDocument.Error.None_ else 0
        has_pages = count > 0
        self.view.setVisible(has_pages)
        self.empty.setVisible(not has_pages)
        self.page_box.setEnabled(has_pages)
        self.page_box.setMaximum(max(1, count))
        self.count_label.setText(self.tr("of {count}").format(count=count) if has_pages else "")
        if has_pages:
            self.show_page(1)
        elif error is not None and error != QPdfDocument.Error.None_:
            self.empty.setText(self.tr("This PDF cannot be shown (it may be damaged)."))
        else:
            self.empty.setText(self.tr("Nothing to show yet."))
        return has_pages

    def _page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)

    def _release_buffer(self) -> None:
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None


def print_document(parent: QWidget, document: QPdfDocument) -> bool:
    """Print ``document`` through Qt's print dialog, page by page at the printer's resolution."""
    count = document.pageCount()
    if count <= 0:
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFromTo(1, count)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PdfPreview", "Print letter"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    first, last = printer.fromPage() or 1, printer.toPage() or count
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for index in range(first - 1, min(last, count)):
            if index > first - 1:
                printer.newPage()
            target = painter.viewport()
            size = document.pagePointSize(index)
            scale = min(target.width() / size.width(), target.height() / size.height())
            pixels = QSize(int(size.width() * scale), int(size.height() * scale))
            image = document.render(index, pixels)
            painter.drawImage(QRect(target.topLeft(), pixels), image)
    finally:
        painter.end()
    return True
