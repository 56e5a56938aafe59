"""Read-only queries behind the lists and the detail panel; everything comes back as frozen dataclasses."""

from debtordesk.services.views.customers import count_customers, list_customers
from debtordesk.services.views.detail import customer_detail
from debtordesk.services.views.invoices import count_invoices, list_invoices
from debtordesk.services.views.model import (
    DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
    ContactProblem,
    CustomerDetail,
    CustomerQuery,
    CustomerRow,
    CustomerSort,
    DatabaseCounts,
    InvoiceQuery,
    InvoiceRow,
    InvoiceSort,
    Page,
    StatusFilter,
    TimelineEntry,
)
from debtordesk.services.views.summary import database_counts

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "MAX_PAGE_SIZE",
    "ContactProblem",
    "CustomerDetail",
    "CustomerQuery",
    "CustomerRow",
    "CustomerSort",
    "DatabaseCounts",
    "InvoiceQuery",
    "InvoiceRow",
    "InvoiceSort",
    "Page",
    "StatusFilter",
    "TimelineEntry",
    "count_customers",
    "count_invoices",
    "customer_detail",
    "database_counts",
    "list_customers",
    "list_invoices",
]
