"""Names in search form: the fast paths give exactly the domain rule."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from debtordesk.domain.text import search_key
from debtordesk.importing.names import name_search_key


@given(st.text(max_size=40))
def test_any_text_gets_the_domain_rule(name: str) -> None:
    assert name_search_key(name) == search_key(name)


@given(st.text(alphabet=st.characters(max_codepoint=0x24F), max_size=40))
def test_latin_text_gets_the_domain_rule(name: str) -> None:
    assert name_search_key(name) == search_key(name)


def test_every_letter_up_to_the_general_punctuation_gets_the_domain_rule() -> None:
    # Latin with all its accents, Greek, Cyrillic, the combining marks themselves, and more
    for code in range(0x80, 0x2000):
        for name in (f"a{chr(code)}b", f"É{chr(code)} x"):
            assert name_search_key(name) == search_key(name), hex(code)


def test_accented_names_lose_their_accents() -> None:
    assert name_search_key("  Ngọc Anh\tNguyễn ") == "ngoc anh nguyen"
    assert name_search_key("Łukasz ÖZER") == "lukasz ozer"  # Ł: the domain rule's own table
