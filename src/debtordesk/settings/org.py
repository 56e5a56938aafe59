"""Organisation-wide options, declared once with type, default and title; stored in the database.

Every workstation of the team sees the same values. Services receive a plain :class:`OrgSettings`
object (never a global), so tests construct one directly.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from debtordesk.domain.enums import CustomerType


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


@dataclass(frozen=True)
class OptionInfo:
    key: str
    type: type[Any]
    default: Any
    #: message code of the option's title in the catalogue
    title: str


def declared_options() -> list[OptionInfo]:
    defaults = OrgSettings()
    return [
        OptionInfo(
            f.name, type(getattr(defaults, f.name)), getattr(defaults, f.name), f"org.{f.name}"
        )
        for f in fields(OrgSettings)
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
