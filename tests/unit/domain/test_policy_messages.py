"""Every message of deleting a policy and choosing the defaults exists in English and Dutch with the
same placeholders, and the codes made from a customer type exist for every type."""

from __future__ import annotations

from string import Formatter

import pytest

from debtordesk.domain.enums import CustomerType
from debtordesk.i18n.catalogue import CATALOGUE
from debtordesk.i18n.messages_policies import MESSAGES


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_both_languages_with_the_same_placeholders(code: str) -> None:
    english, dutch = MESSAGES[code]
    assert english.strip() and dutch.strip() and english != dutch
    assert _fields(english) == _fields(dutch), code
    assert CATALOGUE[code] == (english, dutch)


@pytest.mark.parametrize("customer_type", list(CustomerType))
def test_the_codes_made_from_a_customer_type_exist(customer_type: CustomerType) -> None:
    for prefix in (
        "policies.use.default",
        "policies.default_of_other",
        "policies.default_for_other",
        "cli.policies.made_default",
        "cli.policies.already_default",
    ):
        assert f"{prefix}.{customer_type.value}" in CATALOGUE
