"""The collection-cost and interest calculator shared by ``debtordesk calc`` and the calculator dialog:
reading what a clerk typed, and the results with what to warn about.

Interest rates are the organisation's stored table when a database exists
(:func:`calculator_rates`, which only reads: it never creates or upgrades a database), else the shipped
table (:data:`debtordesk.domain.legal.DEFAULT_INTEREST_RATES`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from debtordesk.domain.errors import DebtorDeskError, UserError
from debtordesk.domain.legal import (
    BIK_MAXIMUM,
    BIK_MINIMUM,
    DEFAULT_INTEREST_RATES,
    CollectionCosts,
    InterestRate,
    InterestResult,
    collection_costs_breakdown,
    interest_table_warning,
    statutory_interest,
)
from debtordesk.domain.legal_costs import ScalePart, scale_parts
from debtordesk.domain.messages import Message
from debtordesk.domain.money import quantize
from debtordesk.i18n.catalogue import render
from debtordesk.importing.amounts import parse_amount
from debtordesk.importing.dates import parse_date

#: The Dutch standard VAT rate, used for the uplift unless another is given.
DEFAULT_VAT_PERCENT = Decimal("21")
#: A ceiling well above any claim, so a typing slip (an IBAN in the amount field) is caught.
MAX_AMOUNT = Decimal("1000000000")


def parse_amount_input(text: str) -> Decimal:
    """An amount a clerk typed: 1000, 1000.00, 1.000,00, € 1.000,00; whole cents, zero or more.

    A lone "1.234" reads as 1234 (the Dutch thousands point), as in the import.
    """
    try:
        amount = parse_amount(text.strip())
    except (ValueError, ArithmeticError):
        raise UserError("calc.bad_amount", value=text) from None
    if amount < 0:
        raise UserError("calc.negative_amount", value=text)
    if amount != quantize(amount):
        raise UserError("calc.amount_fraction", value=text)
    if amount > MAX_AMOUNT:
        raise UserError("calc.amount_too_large", value=text, maximum=MAX_AMOUNT)
    return quantize(amount)


def parse_percent_input(text: str, option: str) -> Decimal:
    """A percentage: 21, 8.5, 8,5, 8,5 % (from 0 to 100)."""
    try:
        value = parse_amount(text.strip().rstrip("%").strip())
    except (ValueError, ArithmeticError):
        raise UserError("calc.bad_percent", value=text, option=option) from None
    if not Decimal(0) <= value <= Decimal(100):
        raise UserError("calc.bad_percent", value=text, option=option)
    return value


def parse_date_input(text: str, option: str) -> date:
    """A date: 2025-12-31 or 31-12-2025."""
    try:
        return parse_date(text.strip(), "dmy")
    except (ValueError, OverflowError):
        raise UserError("calc.bad_date", value=text, option=option) from None


@dataclass(frozen=True)
class CostsCalculation:
    """The costs with the scale bands that make them, and ``limit`` "minimum" or "maximum" when one of
    them decided the amount (None otherwise)."""

    costs: CollectionCosts
    parts: tuple[ScalePart, ...]
    limit: str | None
    vat_percent: Decimal | None


def calculate_costs(principal: Decimal, vat_percent: Decimal | None = None) -> CostsCalculation:
    """Collection costs for ``principal``; ``vat_percent`` (e.g. 21) adds the VAT uplift."""
    vat_rate = None if vat_percent is None else vat_percent / 100
    costs = collection_costs_breakdown(principal, vat_rate=vat_rate)
    parts = scale_parts(principal)
    scale_amount = quantize(sum((part.amount for part in parts), Decimal(0)))
    limit = None
    if costs.principal > 0 and scale_amount < BIK_MINIMUM:
        limit = "minimum"
    elif scale_amount > BIK_MAXIMUM:
        limit = "maximum"
    return CostsCalculation(costs, parts, limit, vat_percent)


@dataclass(frozen=True)
class InterestCalculation:
    result: InterestResult
    warnings: tuple[Message, ...]


def calculate_interest(
    principal: Decimal,
    due: date,
    end: date,
    *,
    commercial: bool,
    today: date,
    contract_percent: Decimal | None = None,
    compound: bool = True,
    rates: tuple[InterestRate, ...] = DEFAULT_INTEREST_RATES,
) -> InterestCalculation:
    """Interest from the day after ``due`` through ``end``, with the warnings the clerk must see: a rate
    table older than six months (on ``today``), an unconfirmed rate in the calculation."""
    if not compound and contract_percent is None:
        raise UserError("calc.simple_without_contract")
    result = statutory_interest(
        principal,
        due,
        end,
        rates,
        commercial=commercial,
        contractual_rate=contract_percent,
        compound=compound,
    )
    warnings: list[Message] = []
    if contract_percent is None:
        stale = interest_table_warning(rates, today)
        # the calculation marks the periods at an unconfirmed rate itself (below), more precisely
        if stale is not None and stale.code != "interest.rate_unconfirmed":
            warnings.append(stale)
        if result.uses_unconfirmed_rates:
            warnings.append(Message("calc.interest.unconfirmed"))
    return InterestCalculation(result, tuple(warnings))


# -- which rate table -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CalculatorRates:
    """The interest table to calculate with; ``source`` describes the database it was read from
    (None: the shipped table); ``warnings`` say why the shipped table was used after all."""

    rates: tuple[InterestRate, ...]
    source: str | None = None
    warnings: tuple[Message, ...] = ()


def calculator_rates(location: str | None) -> CalculatorRates:
    """The stored table of the database at ``location`` (``--db``; None: the usual place), when that
    database exists; the shipped table otherwise.

    Nothing is created, upgraded or seeded: a SQLite file that does not exist means the shipped table
    (refused only when ``location`` names it explicitly); a database that cannot be read gives the
    shipped table with a warning, so the calculator keeps working on the phone."""
    from debtordesk.db.engine import Database, resolve_url
    from debtordesk.services.database import database_location
    from debtordesk.services.interest_rates import current_interest_rates

    url = resolve_url(database_location(location))
    if url.get_backend_name() == "sqlite":
        path = Path(url.database or "")
        if not path.is_file():
            if location:
                raise UserError("calc.no_database", location=str(path))
            return CalculatorRates(DEFAULT_INTEREST_RATES)
    try:
        db = Database.open(url)
    except DebtorDeskError as error:
        return _unavailable(render(error.message))
    try:
        return CalculatorRates(current_interest_rates(db), db.describe())
    except (DebtorDeskError, SQLAlchemyError) as error:
        detail = render(error.message) if isinstance(error, DebtorDeskError) else str(error)
        return _unavailable(detail.splitlines()[0] if detail else type(error).__name__)
    finally:
        db.dispose()


def _unavailable(detail: str) -> CalculatorRates:
    return CalculatorRates(
        DEFAULT_INTEREST_RATES, None, (Message("calc.rates_unavailable", {"detail": detail}),)
    )
