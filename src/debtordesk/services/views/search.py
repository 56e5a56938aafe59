"""The search box: typed words matched against numbers, names (accents and case ignored), postcodes and
e-mail addresses, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, func, or_, select, true

from debtordesk.db.models import Customer, Invoice
from debtordesk.domain.text import search_key
from debtordesk.services.views.planner import unindexed


def search_terms(text: str) -> list[str]:
    """The words of a search; each must match somewhere."""
    return [word for word in text.split() if word.strip()]


def _customer_term(word: str) -> ColumnElement[bool]:
    key = search_key(word)
    compact = "".join(word.split()).upper()
    conditions: list[ColumnElement[bool]] = [
        Customer.number.icontains(word, autoescape=True),
        func.replace(func.upper(Customer.postcode), " ", "").contains(compact, autoescape=True),
        Customer.email.icontains(word, autoescape=True),
    ]
    if key:
        conditions.append(Customer.name_search.contains(key, autoescape=True))
    return or_(*conditions)


def customer_search(text: str) -> ColumnElement[bool]:
    """Customers whose number, name, postcode or e-mail match every word of ``text``."""
    terms = search_terms(text)
    if not terms:
        return true()
    return and_(*(_customer_term(word) for word in terms))


def invoice_search(text: str) -> ColumnElement[bool]:
    """Invoices whose number, or whose customer, match every word of ``text``."""
    terms = search_terms(text)
    if not terms:
        return true()
    # the customers are matched once in a sub-query (40,000 rows), not once per invoice row; a broad
    # word matches most customers, so their invoices are not looked up one by one through the index
    return and_(
        *(
            or_(
                Invoice.number.icontains(word, autoescape=True),
                unindexed(Invoice.customer_id).in_(select(Customer.id).where(_customer_term(word))),
            )
            for word in terms
        )
    )
