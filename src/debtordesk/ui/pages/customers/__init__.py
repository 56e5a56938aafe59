"""The customers page: every customer with open and overdue totals, and the detail of the selected one."""

from debtordesk.ui.pages.customers.page import CustomersPage

__all__ = ["CustomersPage"]
