"""Whatever a file holds, reading it either gives a preview or a clear refusal, never a crash."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debtordesk.domain.enums import ImportKind
from debtordesk.domain.errors import UserError
from debtordesk.importing import load_preview
from debtordesk.importing.model import ParseOptions
from tests.unit.importing.helpers import complete

HEADER = (
    "Factuurnummer;Debiteurnummer;Naam;Factuurdatum;Vervaldatum;Bedrag;Openstaand;E-mail;Telefoon"
)
cells = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            "Totaal",
            "12,50",
            "-1.234,56",
            "(3)",
            "31-12-2026",
            "2/30/2026",
            "46022",
            "x@y.nl",
            "06 1234 5678",
            "€ 5",
            "USD 7",
            "F1",
            "D1",
            '"',
            ";",
            "\n",
            "=1+1",
        ]
    ),
)
rows = st.lists(st.lists(cells, min_size=0, max_size=11), min_size=0, max_size=8)


def _outcome(content: bytes, kind: ImportKind) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.csv"
        path.write_bytes(content)
        try:
            preview = load_preview(path, kind=kind, options=ParseOptions())
        except UserError as error:
            complete(error.message)
            return
    for found in preview.issues:
        complete(found.message)
    assert len(preview.invoices) + len(preview.rejected_rows) <= preview.rows_read
    assert {i.customer_key for i in preview.invoices} <= set(preview.customers)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows, st.sampled_from(list(ImportKind)))
def test_random_rows_under_a_known_header(data: list[list[str]], kind: ImportKind) -> None:
    lines = [
        HEADER,
        *(";".join(f'"{c}"' if ";" in c or "\n" in c else c for c in row) for row in data),
    ]
    _outcome("\n".join(lines).encode(), kind)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes(content: bytes) -> None:
    _outcome(content, ImportKind.OPEN_ITEMS)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_random_text(content: str) -> None:
    _outcome(content.encode(), ImportKind.OPEN_ITEMS)


typed_cells = st.one_of(
    cells,
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.dates(),
    st.datetimes(),
    st.times(),
    st.timedeltas(),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.lists(typed_cells, min_size=9, max_size=9), min_size=1, max_size=8),
    st.sampled_from(list(ImportKind)),
    st.booleans(),
)
def test_random_spreadsheet_cells(
    data: list[list[object]], kind: ImportKind, date1904: bool
) -> None:
    from datetime import date as day

    from debtordesk.importing import auto_map, build_preview
    from debtordesk.importing.model import FileInfo, SheetData

    sheet = SheetData(
        name="Blad1", rows=[HEADER.split(";"), *data], merged=((1, 2, 2, 2),), date1904=date1904
    )
    info = FileInfo(Path("x.xlsx"), "x.xlsx", 1, "0" * 64, day(2026, 1, 1), "xlsx", ("Blad1",))
    try:
        preview = build_preview(
            info, sheet, 0, auto_map(HEADER.split(";"), kind), ParseOptions(kind=kind)
        )
    except UserError as error:
        complete(error.message)
        return
    for found in preview.issues:
        complete(found.message)
    assert all(i.amount.as_tuple().exponent >= -2 for i in preview.invoices)
