"""Organisation-wide options, declared once with type, default and title; stored in the database.

Every workstation of the team sees the same values. Services receive a plain :class:`OrgSettings`
object (never a global), so tests construct one directly.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from debtordesk.domain.enums import CustomerType
from debtordesk.domain.legal import (
    DEFAULT_POSTAL_RULES,
    SMALL_RECURRING_CAP,
    SMALL_RECURRING_PERIOD_MONTHS,
    SMALL_RECURRING_THRESHOLD,
    AllocationOrder,
    PostalRule,
)

#: the shipped postal rule whose day counts are the defaults of the postal options
_POSTAL_DEFAULT = DEFAULT_POSTAL_RULES[-1]


@dataclass(frozen=True)
class OrgSettings:
    #: days from invoice date to due date when a file has no due date
    payment_term_days: int = 14
    #: type of a customer when neither a column nor the name rule says (the stricter consumer regime)
    unknown_customer_type: str = CustomerType.CONSUMER.value
    #: recognise businesses by a legal form in the name (B.V., N.V., V.O.F., Stichting, GmbH…)
    detect_business_from_name: bool = True
    #: language of customers whose file does not say
    default_language: str = "nl"
    #: currency of amounts when a file has no currency column
    default_currency: str = "EUR"
    #: default country for phone numbers without a country code
    default_phone_region: str = "NL"
    #: a full snapshot that would close more than this share of the open invoices needs confirmation
    snapshot_close_confirm_ratio: float = 0.5
    #: attach the step's letter as a PDF to every e-mail payment request and reminder
    attach_letter_pdf: bool = False
    # -- legal options (Settings > Legal and interest…; see LEGAL_OPTIONS)
    #: the organisation cannot deduct VAT, so collection costs are increased by VAT
    costs_vat_uplift: bool = False
    #: the VAT percentage of that uplift, as exact decimal text ("21")
    costs_vat_rate: str = "21"
    #: how payments are divided: "legal" (art. 6:44 BW: costs, interest, principal) or "principal_first"
    payment_allocation: str = AllocationOrder.LEGAL.value
    #: waive the open collection costs once the principal is paid (a social-collection choice)
    waive_costs_when_principal_paid: bool = False
    #: delivery days a posted letter takes (Tuesday to Saturday, no holidays) ...
    postal_transit_days: int = _POSTAL_DEFAULT.transit_days
    #: ... plus this many delivery days of margin before receipt is assumed
    postal_margin_days: int = _POSTAL_DEFAULT.margin_days
    #: the cap for small recurring claims (Wet kwaliteit incassodienstverlening, 1 Oct 2024): a
    #: monthly claim below this amount (exact decimal text) ...
    recurring_cap_threshold: str = str(SMALL_RECURRING_THRESHOLD)
    #: ... is charged at most this much collection costs ...
    recurring_cap_amount: str = str(SMALL_RECURRING_CAP)
    #: ... in any period of this many months
    recurring_cap_months: int = SMALL_RECURRING_PERIOD_MONTHS
    # -- follow-up options (Settings > Follow-up…; see FOLLOWUP_OPTIONS), stored per administration
    #: a promise is judged only from a snapshot exported this many days after its date
    promise_grace_days: int = 5
    #: a term still unpaid this many days after its due date is missed (the arrangement breaks)
    term_grace_days: int = 7
    #: the smallest amount per term of a payment arrangement, as exact decimal text ("10.00")
    arrangement_min_term_amount: str = "10.00"
    #: the most terms a payment arrangement may have
    arrangement_max_terms: int = 24
    #: customers without mobile and e-mail are called again after this many days
    call_recall_days: int = 30


#: the options the legal settings dialog edits (the organisation dialog shows the others)
LEGAL_OPTIONS: tuple[str, ...] = (
    "costs_vat_uplift",
    "costs_vat_rate",
    "payment_allocation",
    "waive_costs_when_principal_paid",
    "postal_transit_days",
    "postal_margin_days",
    "recurring_cap_threshold",
    "recurring_cap_amount",
    "recurring_cap_months",
)


@dataclass(frozen=True)
class OptionInfo:
    key: str
    type: type[Any]
    default: Any
    #: message code of the option's title in the catalogue
    title: str


#: the options the follow-up settings dialog edits, per administration
FOLLOWUP_OPTIONS: tuple[str, ...] = (
    "promise_grace_days",
    "term_grace_days",
    "arrangement_min_term_amount",
    "arrangement_max_terms",
    "call_recall_days",
)

_GROUPS: dict[str, tuple[str, ...]] = {"legal": LEGAL_OPTIONS, "followup": FOLLOWUP_OPTIONS}


def _in_group(name: str, group: str | None) -> bool:
    if group is None:
        return True
    if group in _GROUPS:
        return name in _GROUPS[group]
    return not any(name in names for names in _GROUPS.values())


def declared_options(group: str | None = None) -> list[OptionInfo]:
    """Every option; with ``group`` "legal" only :data:`LEGAL_OPTIONS`, "followup" only
    :data:`FOLLOWUP_OPTIONS`, with "general" the others."""
    defaults = OrgSettings()
    return [
        OptionInfo(
            f.name, type(getattr(defaults, f.name)), getattr(defaults, f.name), f"org.{f.name}"
        )
        for f in fields(OrgSettings)
        if _in_group(f.name, group)
    ]


def settings_from_values(values: dict[str, Any]) -> OrgSettings:
    """Build settings from stored values, ignoring unknown keys and values of the wrong type."""
    known = {option.key: option for option in declared_options()}
    accepted: dict[str, Any] = {}
    for key, value in values.items():
        option = known.get(key)
        if option is None:
            continue
        if option.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if isinstance(value, option.type) and not (option.type is int and isinstance(value, bool)):
            accepted[key] = value
    return replace(OrgSettings(), **accepted)


# -- the legal options as the rules use them --------------------------------------------------------


def vat_percent(settings: OrgSettings) -> Decimal | None:
    """The VAT percentage added to collection costs (e.g. Decimal("21")), or None without the uplift.

    A stored rate that is not a number from 0 to 100 counts as the default 21 (the settings dialog
    refuses such values; this only guards against a hand-edited database)."""
    if not settings.costs_vat_uplift:
        return None
    try:
        percent = Decimal(settings.costs_vat_rate.strip().replace(",", "."))
    except InvalidOperation:
        percent = Decimal(OrgSettings.costs_vat_rate)
    if not percent.is_finite() or not Decimal(0) <= percent <= Decimal(100):
        percent = Decimal(OrgSettings.costs_vat_rate)
    return percent


def costs_vat_fraction(settings: OrgSettings) -> Decimal | None:
    """The VAT uplift as the fraction the cost rules take (Decimal("0.21")), or None."""
    percent = vat_percent(settings)
    return None if percent is None else percent / 100


def allocation_order(settings: OrgSettings) -> AllocationOrder:
    """How payments are divided; an unknown stored value counts as the legal order."""
    try:
        return AllocationOrder(settings.payment_allocation)
    except ValueError:
        return AllocationOrder.LEGAL


def postal_rules(settings: OrgSettings) -> tuple[PostalRule, ...]:
    """The postal delivery table from the options: the shipped rule with the organisation's day
    counts (never below zero)."""
    return (
        replace(
            _POSTAL_DEFAULT,
            transit_days=max(settings.postal_transit_days, 0),
            margin_days=max(settings.postal_margin_days, 0),
            note="organisation setting",
        ),
    )


@dataclass(frozen=True)
class RecurringCap:
    """The small-recurring-claim cap as the organisation set it: a monthly claim below ``threshold``
    is charged at most ``amount`` collection costs in any ``months`` months."""

    threshold: Decimal
    amount: Decimal
    months: int


def recurring_cap(settings: OrgSettings) -> RecurringCap:
    """The cap from the options; a stored value that is not a positive amount (or 1 to 24 months)
    counts as the law's figure (the settings dialog refuses such values; this only guards against a
    hand-edited database)."""

    def amount(text: str, default: Decimal) -> Decimal:
        try:
            value = Decimal(text.strip().replace(",", "."))
        except InvalidOperation:
            return default
        return value if value.is_finite() and value > 0 else default

    months = settings.recurring_cap_months
    return RecurringCap(
        threshold=amount(settings.recurring_cap_threshold, SMALL_RECURRING_THRESHOLD),
        amount=amount(settings.recurring_cap_amount, SMALL_RECURRING_CAP),
        months=months if 1 <= months <= 24 else SMALL_RECURRING_PERIOD_MONTHS,
    )
