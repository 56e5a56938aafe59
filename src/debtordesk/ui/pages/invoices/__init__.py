"""The invoices page: the whole ledger, filtered by status and overdue, with the customer on demand."""

from debtordesk.ui.pages.invoices.page import InvoicesPage

__all__ = ["InvoicesPage"]
