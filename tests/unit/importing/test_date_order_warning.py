"""Slash dates that every one could be day or month first (03/04/2026): read day first, and said so."""

from __future__ import annotations

from datetime import date

import pytest

from debtordesk.i18n.catalogue import render
from debtordesk.importing.model import Issue
from tests.unit.importing.conftest import Preview

HEAD = "Factuurnummer;Klantnummer;Factuurdatum;Vervaldatum;Bedrag\n"
CODE = "import.date_order_assumed"


def _assumed(issues: tuple[Issue, ...]) -> list[Issue]:
    return [i for i in issues if i.message.code == CODE]


def test_all_ambiguous_slash_dates_are_read_day_first_with_one_warning(
    preview_csv: Preview,
) -> None:
    preview = preview_csv(
        HEAD + "F1;K1;03/04/2026;05/06/2026;10,00\nF2;K2;01/02/2026;02/03/2026;20\n"
    )
    assert [(i.invoice_date, i.due_date) for i in preview.invoices] == [
        (date(2026, 4, 3), date(2026, 6, 5)),
        (date(2026, 2, 1), date(2026, 3, 2)),
    ]
    (warning,) = _assumed(preview.warnings)
    assert (warning.row, warning.column, warning.value) == (None, "Factuurdatum", "03/04/2026")
    english = render(warning.message, "en")
    assert "'03/04/2026' in column 'Factuurdatum'" in english
    assert "day first (day-month-year): in '03/04/2026', 3 is the day and 4 the month" in english
    # it points at the date order the clerk can choose, not at a re-export
    assert "choose the date order month-day-year" in english
    assert (
        "in the import wizard under 'Dates in the file' on the page 'Check before importing'"
        in english
    )
    assert "--date-order mdy" in english
    assert "no setting" not in english and "export the dates" not in english
    dutch = render(warning.message, "nl")
    assert "dag voorop (dag-maand-jaar): in '03/04/2026' is 3 de dag en 4 de maand" in dutch
    assert "kies dan de datumvolgorde maand-dag-jaar" in dutch
    assert (
        "in de importwizard bij 'Datums in het bestand' op de pagina 'Controleer voor het "
        "importeren'" in dutch
    )
    assert "--date-order mdy" in dutch
    assert "geen instelling" not in dutch


@pytest.mark.parametrize(
    "rows",
    [
        # one date proves the order (day 13 first, or month 1 then day 26), for every column
        "F1;K1;03/04/2026;13/04/2026;10\n",
        "F1;K1;03/04/2026;1/26/2026;10\n",
        # dashes and dots: the Dutch way of writing a date, day first
        "F1;K1;03-04-2026;05-06-2026;10\n",
        "F1;K1;03.04.2026;05.06.2026;10\n",
        # the same either way, ISO, or date cells' text
        "F1;K1;03/03/2026;2026-04-05;10\n",
    ],
)
def test_no_warning_when_nothing_is_assumed(preview_csv: Preview, rows: str) -> None:
    preview = preview_csv(HEAD + rows)
    assert preview.invoices
    assert _assumed(preview.warnings) == []


def test_no_warning_when_the_order_is_given(preview_csv: Preview) -> None:
    preview = preview_csv(HEAD + "F1;K1;03/04/2026;05/06/2026;10\n", date_order="dmy")
    assert _assumed(preview.warnings) == []
