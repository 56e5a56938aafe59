"""Cells as the wizard's grids show them."""

from __future__ import annotations

from datetime import timedelta

from debtordesk.ui.import_wizard.cells import cell_text


def test_a_duration_cell_shows_as_the_spreadsheet_shows_it() -> None:
    assert cell_text(timedelta(days=10, hours=15, minutes=10, seconds=10)) == "255:10:10"
