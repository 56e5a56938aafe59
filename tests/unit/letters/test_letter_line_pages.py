"""'letters --out' and 'letters list --batch N' name a one-page letter's page as 'pagina 2', not
"pagina's 2-2"; longer letters keep their range."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from types import SimpleNamespace

import pytest

from debtordesk.cli.letters import _say_letter
from debtordesk.i18n.catalogue import set_language


def _letter(first: int, pages: int, returned: datetime | None = None) -> SimpleNamespace:
    return SimpleNamespace(
        id=7,
        customer_number="20427",
        customer_name="Priyanka Sharma",
        first_page=first,
        pages=pages,
        payment_reference="RF49D20427",
        total=Decimal("2424.00"),
        returned_at=returned,
    )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_one_page_is_one_page_number(language: str, capsys: pytest.CaptureFixture[str]) -> None:
    set_language(language)
    try:
        _say_letter(_letter(2, 1))
        _say_letter(_letter(3, 2))
        _say_letter(_letter(5, 1, datetime(2026, 11, 20, 12, tzinfo=UTC)))
    finally:
        set_language("en")
    lines = capsys.readouterr().out.splitlines()
    if language == "nl":
        assert "  pagina 2  kenmerk RF49D20427  " in lines[0]
        assert "  pagina's 3-4  kenmerk " in lines[1]
        assert "  pagina 5  kenmerk " in lines[2] and "retour op" in lines[2]
    else:
        assert "  page 2  reference RF49D20427  " in lines[0]
        assert "  pages 3-4  reference " in lines[1]
        assert "  page 5  reference " in lines[2] and "returned on" in lines[2]
