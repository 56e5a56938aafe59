"""The step-by-step API the wizard uses, progress and cancel, and the warnings summary."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from debtordesk.domain.enums import ImportKind
from debtordesk.domain.errors import Cancelled, UserError
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render
from debtordesk.importing import (
    auto_map,
    build_preview,
    detect_header,
    headers_for,
    inspect_file,
    read_sheet,
)
from debtordesk.importing.issues import WARNINGS_LISTED
from debtordesk.importing.model import Field, ParseOptions
from tests.unit.importing.conftest import Preview
from tests.unit.importing.helpers import issue, rendered


class Recorder:
    """A Progress that records what it is told, and cancels after ``cancel_after`` reports."""

    def __init__(self, cancel_after: int | None = None) -> None:
        self.reports: list[tuple[int, int]] = []
        self.statuses: list[Message] = []
        self.cancel_after = cancel_after

    def set_progress(self, done: int, total: int) -> None:
        self.reports.append((done, total))

    def set_status(self, message: Message) -> None:
        self.statuses.append(message)

    def cancel_requested(self) -> bool:
        return self.cancel_after is not None and len(self.reports) > self.cancel_after


def _big_file(write_csv: Callable[..., Path], rows: int) -> Path:
    lines = ["Openstaande posten", "Factuurnummer;Debiteurnummer;Vervaldatum;Bedrag"]
    lines += [f"F{n};D{n % 7};31-12-2026;{n},50" for n in range(rows)]
    return write_csv("\n".join(lines) + "\n")


def test_the_wizard_steps_give_the_same_preview_as_load_preview(
    write_csv: Callable[..., Path],
) -> None:
    path = _big_file(write_csv, 30)
    info = inspect_file(path)
    sheet = read_sheet(info)
    guess = detect_header(sheet, ImportKind.OPEN_ITEMS)
    assert guess.index == 1
    headers = headers_for(sheet, guess.index)
    mapping = auto_map(headers, ImportKind.OPEN_ITEMS)
    preview = build_preview(info, sheet, guess.index, mapping, ParseOptions())
    assert preview.header_row == 2
    assert preview.headers == headers
    assert preview.file == info and preview.sheet is None
    assert len(preview.invoices) == 30
    assert preview.invoices[0].row == 3
    assert len(preview.customers) == 7


def test_progress_is_reported_and_cancel_is_honoured(write_csv: Callable[..., Path]) -> None:
    path = _big_file(write_csv, 2500)
    info = inspect_file(path)
    sheet = read_sheet(info)
    headers = headers_for(sheet, 1)
    mapping = auto_map(headers, ImportKind.OPEN_ITEMS)
    progress = Recorder()
    build_preview(info, sheet, 1, mapping, ParseOptions(), progress)
    assert progress.reports[0] == (0, 2500)
    assert progress.reports[-1] == (2500, 2500)
    assert (1000, 2500) in progress.reports
    assert progress.statuses and render(progress.statuses[0], "nl").startswith("De rijen")
    with pytest.raises(Cancelled):
        build_preview(info, sheet, 1, mapping, ParseOptions(), Recorder(cancel_after=1))


def test_repeated_warnings_are_summarised_but_errors_all_listed(preview_csv: Preview) -> None:
    rows = WARNINGS_LISTED + 30
    text = "Factuurnummer;Debiteurnummer;Vervaldatum;Bedrag\n" + "".join(
        f"F{n};D1;31-12-2026;1,005\nX{n};D1;31-12-2026;veel\n" for n in range(rows)
    )
    preview = preview_csv(text)
    rounded = [i for i in preview.warnings if i.message.code == "import.amount_rounded"]
    assert len(rounded) == WARNINGS_LISTED
    summary = issue(preview, "import.more_warnings")
    assert summary.message.params["count"] == 30
    assert summary.message.params["first_row"] == 2
    rendered(summary)
    assert len(preview.errors) == rows
    assert len(preview.rejected_rows) == rows


def test_issues_come_file_wide_first_then_by_row(preview_csv: Preview) -> None:
    preview = preview_csv(
        "Factuurnummer;Naam;Factuurdatum;Bedrag\nF1;A;01-12-2026;veel\nF2;B;01-12-2026;1,005\n"
    )
    rows = [i.row for i in preview.issues]
    assert rows[0] is None
    numbered = [r for r in rows if r is not None]
    assert numbered == sorted(numbered)


def test_an_empty_sheet_is_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "leeg.xlsx"
    Workbook().save(path)
    info = inspect_file(path)
    sheet = read_sheet(info)
    assert sheet.rows == []
    with pytest.raises(UserError) as caught:
        build_preview(info, sheet, None, {}, ParseOptions())
    assert caught.value.code == "import.sheet_empty"


def test_kind_comes_from_load_preview_not_the_options(preview_csv: Preview) -> None:
    preview = preview_csv("Debiteurnummer;Naam\nD1;Jansen\n", kind=ImportKind.CUSTOMERS)
    assert preview.kind is ImportKind.CUSTOMERS
    assert preview.options.kind is ImportKind.CUSTOMERS
    assert Field.CUSTOMER_NAME in preview.mapping
