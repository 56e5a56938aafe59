"""The status bar's view of the database: where it is, and how much is in it (counted in the background)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar

from debtordesk.services.views import DatabaseCounts, database_counts
from debtordesk.ui.context import UiContext
from debtordesk.ui.formatting import count_text, money_text


class DatabaseStatus:
    """Two labels in a status bar: the database location (left) and the counts (right)."""

    def __init__(self, ctx: UiContext, bar: QStatusBar) -> None:
        self.ctx = ctx
        self.location_label = QLabel()
        self.counts_label = QLabel()
        bar.addWidget(self.location_label, 1)
        bar.addPermanentWidget(self.counts_label)

    def refresh(self) -> None:
        db, today, administration_id = self.ctx.db, self.ctx.today(), self.ctx.administration.id
        self.location_label.setText(
            QCoreApplication.translate("DatabaseStatus", "Database: {location}").format(
                location=db.describe()
            )
        )
        self.ctx.tasks.run(
            lambda _progress: database_counts(db, today=today, administration_id=administration_id),
            self._show,
            lambda _error: self.counts_label.setText(""),
        )

    def _show(self, counts: DatabaseCounts) -> None:
        language = self.ctx.language
        self.counts_label.setText(
            QCoreApplication.translate(
                "DatabaseStatus",
                "Customers: {customers} · open invoices: {invoices} · open € {open} · "
                "overdue € {overdue}",
            ).format(
                customers=count_text(counts.customers, language),
                invoices=count_text(counts.open_invoices, language),
                open=money_text(counts.open_total, language),
                overdue=money_text(counts.overdue_total, language),
            )
        )
