"""Policies survive the trip through a JSON column unchanged; a damaged stored policy is named."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.domain.dunning.defaults import business_policy, consumer_policy
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
from debtordesk.domain.dunning.serialise import policy_from_dict, policy_to_dict
from debtordesk.domain.enums import CustomerType, PaymentMethod
from debtordesk.domain.errors import UserError

money = st.decimals(
    min_value=Decimal("-1000000"), max_value=Decimal("1000000"), places=2, allow_nan=False
)
text = st.text(max_size=20)

conditions = st.builds(
    StepCondition,
    payment_method=st.none() | st.sampled_from(PaymentMethod),
    customer_type=st.none() | st.sampled_from(CustomerType),
    min_overdue=st.none() | money,
)
choices = st.builds(
    ChannelChoice,
    channel=st.sampled_from(ActionChannel),
    fallback=st.lists(st.sampled_from(ActionChannel), max_size=3).map(tuple),
)
steps = st.builds(
    Step,
    key=text,
    name=text,
    offset_days=st.integers(-400, 400),
    offset_from=st.sampled_from(OffsetBase),
    trigger=st.none() | st.sampled_from(Trigger),
    condition=conditions,
    channels=st.lists(choices, max_size=3).map(tuple),
    template=text,
    tone=st.sampled_from(Tone),
    fee=money,
    fourteen_day_letter=st.booleans(),
    charges_costs=st.booleans(),
)
policies = st.builds(
    Policy,
    id=st.integers(1, 10**6),
    name=text,
    steps=st.lists(steps, max_size=6).map(tuple),
    min_amount=money,
    tolerance=money,
    requires_fourteen_day_letter=st.booleans(),
    customer_type=st.none() | st.sampled_from(CustomerType),
    statutory_interest=st.booleans(),
)


@given(policies)
def test_round_trip_through_json(policy: Policy) -> None:
    stored = json.dumps(policy_to_dict(policy))
    assert policy_from_dict(json.loads(stored), policy.id) == policy


def test_shipped_policies_round_trip() -> None:
    for policy in (consumer_policy(1), business_policy(2)):
        assert policy_from_dict(json.loads(json.dumps(policy_to_dict(policy))), policy.id) == policy


def test_dict_is_plain_json_without_id() -> None:
    data = policy_to_dict(business_policy(9))
    assert "id" not in data
    assert data["min_amount"] == "5.00"
    assert data["customer_type"] == "business"
    step = next(step for step in data["steps"] if step["key"] == "formal_letter")
    assert step["channels"] == [{"channel": "letter", "fallback": ["email"]}]
    assert step["fee"] == "0.00"
    assert step["offset_from"] == "due_date"


def test_missing_optional_keys_take_the_defaults() -> None:
    data: dict[str, Any] = {
        "name": "Old",
        "steps": [{"key": "r", "name": "Reminder", "offset_days": 7}],
    }
    policy = policy_from_dict(data, 4)
    assert policy.min_amount == Decimal("5.00")
    assert policy.tolerance == Decimal("1.00")
    assert policy.customer_type is None
    assert not policy.statutory_interest
    step = policy.steps[0]
    assert step.offset_from is OffsetBase.DUE_DATE
    assert step.channels == () and step.fee == 0 and step.tone is Tone.FORMAL


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        (("steps", 0, "offset_from"), "tomorrow", "steps[0].offset_from"),
        (("steps", 0, "fee"), "ten", "steps[0].fee"),
        (("steps", 0, "offset_days"), "7", "steps[0].offset_days"),
        (("steps", 0, "channels", 0, "channel"), "pigeon", "steps[0].channels[0].channel"),
        (("min_amount"), 5.5, "min_amount"),
        (("steps", 0, "fourteen_day_letter"), "yes", "steps[0].fourteen_day_letter"),
    ],
)
def test_a_damaged_policy_names_the_field(path: Any, value: object, field: str) -> None:
    data = policy_to_dict(business_policy(2))
    if isinstance(path, str):
        data[path] = value
    else:
        target: Any = data
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value
    with pytest.raises(UserError) as caught:
        policy_from_dict(data, 2)
    assert caught.value.code == "dunning.policy.unreadable"
    assert caught.value.message.params["field"] == field
    assert caught.value.message.params["policy"] == "Business (NL)"
