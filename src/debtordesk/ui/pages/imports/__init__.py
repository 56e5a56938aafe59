"""The import history page: every batch with its counts and problems, and undo of the last one."""

from debtordesk.ui.pages.imports.page import ImportHistoryPage

__all__ = ["ImportHistoryPage"]
