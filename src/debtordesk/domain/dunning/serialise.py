"""Policies to and from JSON-safe dicts (for the database's JSON column and exports).

The dict holds everything but the id: amounts as decimal strings ("5.00"), enums as their values, channel
fallbacks as lists. Reading is tolerant of missing optional keys (they take the model's defaults, so a
policy stored before a field existed still loads) and strict about wrong values: a
:class:`~debtordesk.domain.errors.UserError` ``dunning.policy.unreadable`` names the policy, the field and
the value.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from debtordesk.domain.dunning.model import (
    ActionChannel,
    ChannelChoice,
    OffsetBase,
    Policy,
    Step,
    StepCondition,
    Tone,
    Trigger,
)
from debtordesk.domain.enums import CustomerType, PaymentMethod
from debtordesk.domain.errors import UserError

FORMAT_VERSION = 1

_E = TypeVar("_E", bound=StrEnum)


def _enum(value: StrEnum | None) -> str | None:
    return None if value is None else value.value


def _money(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def step_to_dict(step: Step) -> dict[str, Any]:
    condition = step.condition
    return {
        "key": step.key,
        "name": step.name,
        "offset_days": step.offset_days,
        "offset_from": step.offset_from.value,
        "trigger": _enum(step.trigger),
        "condition": {
            "payment_method": _enum(condition.payment_method),
            "customer_type": _enum(condition.customer_type),
            "min_overdue": _money(condition.min_overdue),
        },
        "channels": [
            {"channel": choice.channel.value, "fallback": [c.value for c in choice.fallback]}
            for choice in step.channels
        ],
        "template": step.template,
        "tone": step.tone.value,
        "fee": str(step.fee),
        "fourteen_day_letter": step.fourteen_day_letter,
        "charges_costs": step.charges_costs,
    }


def policy_to_dict(policy: Policy) -> dict[str, Any]:
    """The policy without its id, JSON-safe (``json.dumps`` takes it as it is)."""
    return {
        "format": FORMAT_VERSION,
        "name": policy.name,
        "min_amount": str(policy.min_amount),
        "tolerance": str(policy.tolerance),
        "requires_fourteen_day_letter": policy.requires_fourteen_day_letter,
        "customer_type": _enum(policy.customer_type),
        "statutory_interest": policy.statutory_interest,
        "steps": [step_to_dict(step) for step in policy.steps],
    }


class _Reader:
    """Reads one policy dict, naming the field in its error."""

    def __init__(self, policy_name: str) -> None:
        self.policy_name = policy_name

    def fail(self, field: str, value: object) -> UserError:
        return UserError(
            "dunning.policy.unreadable", policy=self.policy_name, field=field, value=repr(value)
        )

    def enum(self, kind: type[_E], value: object, field: str) -> _E:
        if not isinstance(value, str):
            raise self.fail(field, value)
        try:
            return kind(value)
        except ValueError:
            raise self.fail(field, value) from None

    def optional_enum(self, kind: type[_E], value: object, field: str) -> _E | None:
        return None if value is None else self.enum(kind, value, field)

    def money(self, value: object, field: str) -> Decimal:
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise self.fail(field, value)
        try:
            amount = Decimal(value)
        except InvalidOperation:
            raise self.fail(field, value) from None
        if not amount.is_finite():
            raise self.fail(field, value)
        return amount

    def optional_money(self, value: object, field: str) -> Decimal | None:
        return None if value is None else self.money(value, field)

    def text(self, value: object, field: str) -> str:
        if not isinstance(value, str):
            raise self.fail(field, value)
        return value

    def integer(self, value: object, field: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(field, value)
        return value

    def flag(self, value: object, field: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(field, value)
        return value

    def mapping(self, value: object, field: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(field, value)
        return value

    def sequence(self, value: object, field: str) -> list[Any]:
        if not isinstance(value, list | tuple):
            raise self.fail(field, value)
        return list(value)

    def step(self, data: object, index: int) -> Step:
        where = f"steps[{index}]"
        raw = self.mapping(data, where)
        condition = self.mapping(raw.get("condition") or {}, f"{where}.condition")
        channels: list[ChannelChoice] = []
        for number, item in enumerate(self.sequence(raw.get("channels", []), f"{where}.channels")):
            place = f"{where}.channels[{number}]"
            choice = self.mapping(item, place)
            channels.append(
                ChannelChoice(
                    self.enum(ActionChannel, choice.get("channel"), f"{place}.channel"),
                    tuple(
                        self.enum(ActionChannel, value, f"{place}.fallback")
                        for value in self.sequence(choice.get("fallback", []), f"{place}.fallback")
                    ),
                )
            )
        return Step(
            key=self.text(raw.get("key"), f"{where}.key"),
            name=self.text(raw.get("name"), f"{where}.name"),
            offset_days=self.integer(raw.get("offset_days"), f"{where}.offset_days"),
            offset_from=self.enum(
                OffsetBase,
                raw.get("offset_from", OffsetBase.DUE_DATE.value),
                f"{where}.offset_from",
            ),
            trigger=self.optional_enum(Trigger, raw.get("trigger"), f"{where}.trigger"),
            condition=StepCondition(
                payment_method=self.optional_enum(
                    PaymentMethod,
                    condition.get("payment_method"),
                    f"{where}.condition.payment_method",
                ),
                customer_type=self.optional_enum(
                    CustomerType, condition.get("customer_type"), f"{where}.condition.customer_type"
                ),
                min_overdue=self.optional_money(
                    condition.get("min_overdue"), f"{where}.condition.min_overdue"
                ),
            ),
            channels=tuple(channels),
            template=self.text(raw.get("template", ""), f"{where}.template"),
            tone=self.enum(Tone, raw.get("tone", Tone.FORMAL.value), f"{where}.tone"),
            fee=self.money(raw.get("fee", "0.00"), f"{where}.fee"),
            fourteen_day_letter=self.flag(
                raw.get("fourteen_day_letter", False), f"{where}.fourteen_day_letter"
            ),
            charges_costs=self.flag(raw.get("charges_costs", False), f"{where}.charges_costs"),
        )


def policy_from_dict(data: Mapping[str, Any], policy_id: int) -> Policy:
    """The policy a :func:`policy_to_dict` dict describes, under the given id.

    Raises :class:`UserError` ``dunning.policy.unreadable`` for a value of the wrong kind.
    """
    name = data.get("name")
    reader = _Reader(name if isinstance(name, str) else f"#{policy_id}")
    defaults = Policy(id=policy_id, name="", steps=())
    return Policy(
        id=policy_id,
        name=reader.text(name, "name"),
        steps=tuple(
            reader.step(item, index)
            for index, item in enumerate(reader.sequence(data.get("steps", []), "steps"))
        ),
        min_amount=reader.money(data.get("min_amount", str(defaults.min_amount)), "min_amount"),
        tolerance=reader.money(data.get("tolerance", str(defaults.tolerance)), "tolerance"),
        requires_fourteen_day_letter=reader.flag(
            data.get("requires_fourteen_day_letter", defaults.requires_fourteen_day_letter),
            "requires_fourteen_day_letter",
        ),
        customer_type=reader.optional_enum(
            CustomerType, data.get("customer_type"), "customer_type"
        ),
        statutory_interest=reader.flag(
            data.get("statutory_interest", defaults.statutory_interest), "statutory_interest"
        ),
    )
