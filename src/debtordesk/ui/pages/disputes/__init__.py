"""The disputes page: disputed invoices by status, with accept, decline and resolve."""

from debtordesk.ui.pages.disputes.page import DisputesPage

__all__ = ["DisputesPage"]
