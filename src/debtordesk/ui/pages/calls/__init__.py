"""The call list page: today's customers to call, logging calls, payment arrangements."""

from debtordesk.ui.pages.calls.page import CallsPage

__all__ = ["CallsPage"]
