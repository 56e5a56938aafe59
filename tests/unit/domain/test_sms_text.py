"""GSM-7 / UCS-2 detection, segment counting at the part boundaries, and transliteration of names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.domain.sms_text import (
    GSM7_BASIC,
    GSM7_EXTENSION,
    SmsEncoding,
    analyse,
    detect_encoding,
    non_gsm_characters,
    segment_count,
    transliterate_to_gsm,
)


def test_basic_table_has_the_128_minus_escape_characters() -> None:
    # 128 code points in the GSM 03.38 default alphabet, one of them the escape to the extension table
    assert len(GSM7_BASIC) == 127
    assert len(GSM7_EXTENSION) == 10
    assert not (GSM7_BASIC & GSM7_EXTENSION)


@pytest.mark.parametrize(
    "text",
    [
        "Beste heer Jansen, uw factuur 2026-0001 staat open.",
        "Müller Ñuñez",
        "ÄÖÑÜäöñüàéèùìòÇØøÅåÆæßÉ£$¥§¿¡",
        "Betaal €12,50 via [link] {x} ~ ^ | \\",
    ],
)
def test_gsm7_texts(text: str) -> None:
    assert detect_encoding(text) is SmsEncoding.GSM7
    assert non_gsm_characters(text) == ()


@pytest.mark.parametrize(
    ("text", "culprits"),
    [
        ("Beste Łukasz", ("Ł",)),
        ("Doğan Kőrösi", ("ğ", "ő")),
        ("Payment ✓ 👍", ("✓", "👍")),
        ("García çà", ("í", "ç")),
        ("“quoted”", ("“", "”")),
    ],
)
def test_ucs2_texts_name_the_characters_that_force_it(text: str, culprits: tuple[str, ...]) -> None:
    assert detect_encoding(text) is SmsEncoding.UCS2
    assert non_gsm_characters(text) == culprits


@pytest.mark.parametrize(
    ("length", "segments", "remaining"),
    [(0, 1, 160), (1, 1, 159), (160, 1, 0), (161, 2, 306 - 161), (306, 2, 0), (307, 3, 152)],
)
def test_gsm7_segments_at_the_boundaries(length: int, segments: int, remaining: int) -> None:
    info = analyse("a" * length)
    assert info.encoding is SmsEncoding.GSM7
    assert (info.units, info.segments, info.remaining) == (length, segments, remaining)


def test_extension_characters_count_two_septets() -> None:
    info = analyse("€" * 80)
    assert (info.characters, info.units, info.segments, info.remaining) == (80, 160, 1, 0)
    info = analyse("€" * 80 + "a")
    assert (info.units, info.segments) == (161, 2)


def test_an_escape_pair_is_never_split_over_two_parts() -> None:
    # 152 septets, then a euro (2 septets) does not fit in the first part's 153: it moves to part two
    text = "a" * 152 + "€" + "b" * 10
    info = analyse(text)
    assert info.units == 164
    assert info.segments == 2
    # part one holds 152, part two holds the euro and the ten b's: 12 used
    assert info.remaining == 153 - 12
    # with 151 a's the euro fits in part one exactly
    assert analyse("a" * 151 + "€" + "b" * 10).remaining == 153 - 10


@pytest.mark.parametrize(
    ("length", "segments", "remaining"),
    [(1, 1, 69), (70, 1, 0), (71, 2, 134 - 71), (134, 2, 0), (135, 3, 66), (201, 3, 0)],
)
def test_ucs2_segments_at_the_boundaries(length: int, segments: int, remaining: int) -> None:
    info = analyse("ł" * length)
    assert info.encoding is SmsEncoding.UCS2
    assert (info.units, info.segments, info.remaining) == (length, segments, remaining)


def test_one_name_with_a_polish_letter_doubles_the_cost() -> None:
    tail = " uw factuur van EUR 125,00 staat nog open. Betaal via https://pay.example/x1"
    plain = ("Beste Jan Jansen," + tail).ljust(150, ".")
    polish = ("Beste Łukasz Nowak," + tail).ljust(150, ".")
    assert len(plain) == len(polish) == 150
    assert segment_count(plain) == 1
    assert segment_count(polish) == 3
    assert segment_count(transliterate_to_gsm(polish)) == 1


def test_cm_counts_66_per_unicode_part_when_asked() -> None:
    text = "ł" * 134
    assert segment_count(text) == 2
    assert segment_count(text, ucs2_part=66) == 3


def test_astral_characters_take_two_ucs2_units_and_are_not_split() -> None:
    info = analyse("👍" * 35)
    assert (info.characters, info.units, info.segments) == (35, 70, 1)
    # 66 units of ł, then an emoji (2 units) does not fit into part one's 67: it opens part two
    info = analyse("ł" * 66 + "👍" + "ł" * 10)
    assert info.units == 78
    assert info.segments == 2
    assert info.remaining == 67 - 12


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Łukasz Wałęsa", "Lukasz Walesa"),
        ("Doğan Kőrösi", "Dogan Korösi"),
        ("Özgür Núñez", "Özgür Nuñez"),
        ("Ærø Søren Ågård", "Ærø Søren Ågård"),
        ("François Çelik", "Francois Çelik"),
        ("Dvořák Štěpán", "Dvorak Stepan"),
        ("Đorđević Þór", "Dordevic Thor"),
        ("Œuvre d’Arc – BV", "OEuvre d'Arc - BV"),
        ("Straße", "Straße"),
    ],
)
def test_transliteration_keeps_what_gsm7_has(name: str, expected: str) -> None:
    result = transliterate_to_gsm(name)
    assert result == expected
    assert detect_encoding(result) is SmsEncoding.GSM7


def test_transliteration_leaves_letters_without_a_gsm7_neighbour() -> None:
    result = transliterate_to_gsm("Иван 王 Łódź")
    assert result == "Иван 王 Lodz"
    assert detect_encoding(result) is SmsEncoding.UCS2


@given(st.text(max_size=400))
def test_segments_match_a_plain_count_without_pair_splitting(text: str) -> None:
    info = analyse(text)
    if info.encoding is SmsEncoding.GSM7:
        single, part = 160, 153
    else:
        single, part = 70, 67
    if info.units <= single:
        assert info.segments == 1
    else:
        # never fewer parts than the plain division, at most one more per split pair avoided
        lower = -(-info.units // part)
        assert lower <= info.segments <= lower + info.units // part
    assert 0 <= info.remaining <= max(single, part)


@given(st.text(max_size=200))
def test_transliteration_is_idempotent_and_never_adds_non_gsm(text: str) -> None:
    once = transliterate_to_gsm(text)
    assert transliterate_to_gsm(once) == once
    # nothing outside GSM-7 is introduced: what is left was already in the text
    assert set(non_gsm_characters(once)) <= set(non_gsm_characters(text))
    assert len(non_gsm_characters(once)) <= len(non_gsm_characters(text))
