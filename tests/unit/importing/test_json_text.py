"""The JSON text an import stores for a customer's values is exactly what json.dumps writes (stored
texts are compared as text on the next import)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from debtordesk.services.import_customers import json_text, json_value

_scalars = (
    st.text(max_size=12)
    | st.integers(-(10**6), 10**6)
    | st.booleans()
    | st.none()
    | st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1))
    | st.decimals(min_value=-(10**6), max_value=10**6, places=2, allow_nan=False)
)
_values = st.dictionaries(
    st.text(min_size=1, max_size=10),
    _scalars
    | st.lists(st.text(max_size=8), max_size=3)
    | st.lists(st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2), max_size=2),
    max_size=8,
)


def _dumps(value: Any) -> str:
    return json.dumps(value, default=json_value)


@given(_values)
def test_customer_values_are_written_as_json_dumps_writes_them(values: dict[str, Any]) -> None:
    assert json_text(values) == _dumps(values)


def test_lists_and_accents() -> None:
    value = {"name": "Zoë Özer", "day": date(2026, 1, 2), "amount": Decimal("1.50"), "tags": []}
    assert json_text(value) == _dumps(value)
    assert json_text([]) == "[]"
    assert json.loads(json_text(value))["amount"] == "1.50"
