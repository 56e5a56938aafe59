"""The ``calc`` command: the collection-cost and interest calculator; it needs no database.

``debtordesk calc costs AMOUNT [--business] [--vat-uplift [--vat-rate PCT]] [--json]``
    Collection costs by the scale (Staatsblad 2012, 141) for a principal, with the VAT uplift when the
    organisation cannot deduct VAT.

``debtordesk calc interest AMOUNT --from DUE_DATE [--to DATE] [--business] [--contract-rate PCT]
[--simple] [--json]``
    Statutory interest from the day after the due date up to and including ``--to`` (default today), per
    period across rate changes, compounded yearly. The rates are the stored table of the database
    (``--db``, or the usual database when it exists; read only, never created or upgraded), else the
    shipped table (:data:`debtordesk.domain.legal.DEFAULT_INTEREST_RATES`).

Amounts may be written 1000, 1000.00 or 1.000,00; dates 2025-12-31 or 31-12-2025. JSON amounts are
decimal strings, dates ISO, rates percentages with two decimals ("6.00"). Bad input: a message saying what
to write instead, exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from debtordesk.cli.common import EXIT_OK, print_json
from debtordesk.domain.errors import UserError
from debtordesk.domain.legal import DEFAULT_INTEREST_RATES, InterestResult
from debtordesk.domain.messages import Message
from debtordesk.domain.money import money_str, quantize
from debtordesk.i18n.catalogue import cli_help as _h
from debtordesk.i18n.catalogue import current_language, format_value, render
from debtordesk.services.calculator import (
    DEFAULT_VAT_PERCENT,
    CalculatorRates,
    calculate_costs,
    calculate_interest,
    calculator_rates,
    parse_amount_input,
    parse_date_input,
    parse_percent_input,
)

_PERCENT = Decimal("0.01")


def today() -> date:
    """The real date (one place, so tests can fix it)."""
    return date.today()  # noqa: DTZ011 - the clerk's local calendar day


def register(subparsers: Any) -> None:
    calc = subparsers.add_parser(
        "calc",
        help=_h("collection-cost and interest calculator (no database needed)"),
        description=_h(
            "Calculate collection costs by the Dutch scale, or statutory interest over a "
            "period. Amounts: 1000, 1000.00 or 1.000,00. Dates: 2025-12-31 or 31-12-2025."
        ),
    )
    actions = calc.add_subparsers(dest="calc_action", metavar="WHAT", required=True)

    costs = actions.add_parser(
        "costs",
        help=_h("collection costs for a principal"),
        description=_h(
            "Collection costs by the scale of the Besluit vergoeding voor buitengerechtelijke "
            "incassokosten: 15/10/5/1/0.5 %, at least 40.00 and at most 6,775.00 before VAT."
        ),
    )
    costs.add_argument(
        "amount", metavar="AMOUNT", help=_h("the principal (open amount of the claim)")
    )
    costs.add_argument("--business", action="store_true", help=_h("the customer is a business"))
    costs.add_argument(
        "--vat-uplift",
        action="store_true",
        help=_h("add VAT to the costs (only when your organisation cannot deduct VAT)"),
    )
    costs.add_argument(
        "--vat-rate",
        metavar="PCT",
        default=None,
        help=_h("the VAT percentage for --vat-uplift (default {rate})", rate=DEFAULT_VAT_PERCENT),
    )
    costs.add_argument("--json", action="store_true", help=_h("print a machine-readable result"))
    costs.set_defaults(handler=run_costs)

    interest = actions.add_parser(
        "interest",
        help=_h("statutory interest over a period"),
        description=_h(
            "Statutory interest (art. 6:119 BW for consumers, art. 6:119a BW with --business) "
            "from the day after the due date up to and including --to, split at every rate change and "
            "compounded yearly, from the rate table in the database (--db or the usual one) when it "
            "exists, else from the table shipped with DebtorDesk."
        ),
    )
    interest.add_argument("amount", metavar="AMOUNT", help=_h("the principal"))
    interest.add_argument(
        "--from",
        dest="start",
        metavar="DUE_DATE",
        required=True,
        help=_h("the due date: interest runs from the next day"),
    )
    interest.add_argument(
        "--to",
        dest="end",
        metavar="DATE",
        default=None,
        help=_h("the last day counted (default today)"),
    )
    interest.add_argument(
        "--business", action="store_true", help=_h("commercial interest (business to business)")
    )
    interest.add_argument(
        "--contract-rate",
        metavar="PCT",
        default=None,
        help=_h("a rate per year agreed in the contract, instead of the statutory rate"),
    )
    interest.add_argument(
        "--simple", action="store_true", help=_h("do not compound (only for a contractual rate)")
    )
    interest.add_argument("--json", action="store_true", help=_h("print a machine-readable result"))
    interest.set_defaults(handler=run_interest)


# -- costs ----------------------------------------------------------------------------------------


def run_costs(args: argparse.Namespace) -> int:
    principal = parse_amount_input(args.amount)
    vat_percent: Decimal | None = None
    if args.vat_rate is not None and not args.vat_uplift:
        raise UserError("calc.vat_rate_without_uplift")
    if args.vat_uplift:
        vat_percent = (
            DEFAULT_VAT_PERCENT
            if args.vat_rate is None
            else parse_percent_input(args.vat_rate, "--vat-rate")
        )
    calculation = calculate_costs(principal, vat_percent)
    result, parts, limit = calculation.costs, calculation.parts, calculation.limit
    if args.json:
        print_json(
            {
                "principal": money_str(principal),
                "costs": money_str(result.costs),
                "vat": money_str(result.vat),
                "vat_rate": None if vat_percent is None else str(vat_percent.quantize(_PERCENT)),
                "total": money_str(result.total),
                "business": bool(args.business),
                "limit": limit,
                "scale": [
                    {
                        "from": money_str(part.lower),
                        "to": None if part.upper is None else money_str(part.upper),
                        "rate": str((part.rate * 100).quantize(_PERCENT)),
                        "base": money_str(part.base),
                        "amount": money_str(part.amount),
                    }
                    for part in parts
                ],
            }
        )
        return EXIT_OK
    lang = current_language()
    heading = "calc.costs.heading_business" if args.business else "calc.costs.heading_consumer"
    rows: list[list[str]] = [[_t("calc.label.principal"), _money(principal, lang)]]
    for part in parts:
        rows.append(
            [
                "  "
                + _t(
                    "calc.label.band",
                    rate=_percent(part.rate * 100, lang),
                    base=format_value(part.base, lang),
                ),
                _money(part.amount, lang),
            ]
        )
    if limit is not None:
        rows.append(["  " + _t(f"calc.label.{limit}"), _money(result.costs, lang)])
    rows.append([_t("calc.label.costs"), _money(result.costs, lang)])
    if vat_percent is not None:
        rows.append(
            [_t("calc.label.vat", rate=_percent(vat_percent, lang)), _money(result.vat, lang)]
        )
        rows.append([_t("calc.label.total"), _money(result.total, lang)])
    lines = [_t(heading), "", *_table(rows, right=(1,))]
    lines += ["", _t("calc.costs.note_business" if args.business else "calc.costs.note_consumer")]
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


# -- interest -------------------------------------------------------------------------------------


def run_interest(args: argparse.Namespace) -> int:
    principal = parse_amount_input(args.amount)
    start = parse_date_input(args.start, "--from")
    now = today()
    end = now if args.end is None else parse_date_input(args.end, "--to")
    contract = (
        None
        if args.contract_rate is None
        else parse_percent_input(args.contract_rate, "--contract-rate")
    )
    table = (
        calculator_rates(args.db) if contract is None else CalculatorRates(DEFAULT_INTEREST_RATES)
    )
    calculation = calculate_interest(
        principal,
        start,
        end,
        commercial=bool(args.business),
        today=now,
        contract_percent=contract,
        compound=not args.simple,
        rates=table.rates,
    )
    warnings = (*table.warnings, *calculation.warnings)
    if args.json:
        payload = interest_payload(calculation.result, warnings)
        if contract is None:
            payload["rate_table"] = "shipped" if table.source is None else "database"
        print_json(payload)
        return EXIT_OK
    lines = interest_text(calculation.result, warnings, current_language())
    if contract is None:
        lines.insert(
            2,
            _t("calc.interest.table_shipped")
            if table.source is None
            else _t("calc.interest.table_database", source=table.source),
        )
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


def interest_payload(result: InterestResult, warnings: Sequence[Message]) -> dict[str, Any]:
    return {
        "principal": money_str(result.principal),
        "from": result.start.isoformat(),
        "to": result.end.isoformat(),
        "business": result.commercial,
        "contract_rate": None
        if result.contractual_rate is None
        else str(result.contractual_rate.quantize(_PERCENT)),
        "interest": money_str(result.interest),
        "total": money_str(result.principal + result.interest),
        "periods": [
            {
                "from": period.start.isoformat(),
                "to": period.end.isoformat(),
                "rate": str(period.rate.quantize(_PERCENT)),
                "days": period.days,
                "principal": money_str(period.principal),
                "interest": money_str(period.interest_rounded),
                "confirmed": period.confirmed,
            }
            for period in result.periods
        ],
        "warnings": [{"code": w.code, "message": render(w)} for w in warnings],
    }


def interest_text(result: InterestResult, warnings: Sequence[Message], lang: str) -> list[str]:
    if result.contractual_rate is not None:
        heading = _t("calc.interest.heading_contract", rate=_percent(result.contractual_rate, lang))
    elif result.commercial:
        heading = _t("calc.interest.heading_business")
    else:
        heading = _t("calc.interest.heading_consumer")
    lines = [
        heading,
        _t(
            "calc.interest.subject",
            principal=result.principal,
            start=result.start,
            end=result.end,
        ),
        "",
    ]
    if not result.periods:
        lines.append(_t("calc.interest.none"))
    else:
        header = [
            _t("calc.label.from"),
            _t("calc.label.to"),
            _t("calc.label.days"),
            _t("calc.label.rate"),
            _t("calc.label.principal"),
            _t("calc.label.interest"),
        ]
        rows = [header]
        for period in result.periods:
            mark = "" if period.confirmed else " *"
            rows.append(
                [
                    format_value(period.start, lang),
                    format_value(period.end, lang),
                    format_value(period.days, lang),
                    _percent(period.rate, lang) + mark,
                    _money(period.principal, lang),
                    _money(period.interest_rounded, lang),
                ]
            )
        rows.append(
            [_t("calc.label.total_interest"), "", "", "", "", _money(result.interest, lang)]
        )
        lines += _table(rows, right=(2, 3, 4, 5))
    if warnings:
        lines.append("")
        lines += [render(w, lang) for w in warnings]
    return lines


# -- formatting -----------------------------------------------------------------------------------


def _t(code: str, **params: Any) -> str:
    return render(Message(code, params))


def _money(amount: Decimal, lang: str) -> str:
    return format_value(quantize(amount), lang)


def _percent(rate: Decimal, lang: str) -> str:
    return format_value(rate.quantize(_PERCENT), lang) + " %"


def _table(rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> list[str]:
    """Rows as aligned columns: numbers (the ``right`` columns) flush right."""
    widths = [max(len(row[i]) for row in rows if i < len(row)) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
    return lines
