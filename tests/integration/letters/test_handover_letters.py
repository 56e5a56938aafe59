"""The hand-over dossier brings the posted 14-day letter along: its pages taken from the archived
batch (checked against the batch's SHA-256), saved beside the dossier and named on the 14-day sheet."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from debtordesk.services.database import Database
from debtordesk.services.handover_export import export_handover_dossiers
from debtordesk.services.letters import dispatch_batch, generate_batch
from tests.integration.letters.factory import TODAY, clock, fill, page_texts


def test_the_dossier_brings_the_posted_14_day_letter(db: Database, tmp_path: Path) -> None:
    filled = fill(db)
    batch = generate_batch(db, 1, letter_date=TODAY, clock=clock)
    dispatch_batch(db, batch.id, dispatched_on=date(2026, 12, 16), evidence="bundle 7", clock=clock)
    customer = filled.customers["K-200"]
    result = export_handover_dossiers(db, [customer], tmp_path / "out", today=TODAY)
    (dossier,) = result.files
    (pdf,) = dossier.pdfs
    assert dossier.pdf_problems == ()
    assert pdf.name == "handover-K-200-14-day-letter-2026-12-16.pdf"
    text = "\n".join(page_texts(pdf.read_bytes()))
    assert "Wójcik" in text  # this customer's letter, not another page of the batch
    assert "Zoë" not in text and "Ömer" not in text
    sheet = load_workbook(dossier.path).worksheets[-2]
    named = [cell.value for row in sheet.iter_rows() for cell in row if cell.value == pdf.name]
    assert named == [pdf.name]


def test_a_changed_batch_file_is_named_on_the_sheet_and_no_pdf_is_written(
    db: Database, tmp_path: Path
) -> None:
    from debtordesk.db.models import LetterBatch
    from debtordesk.settings.paths import archive_dir

    filled = fill(db)
    batch = generate_batch(db, 1, letter_date=TODAY, clock=clock)
    dispatch_batch(db, batch.id, dispatched_on=date(2026, 12, 16), evidence="", clock=clock)
    if db.is_sqlite:
        with db.read() as session:
            name = session.get_one(LetterBatch, batch.id).file_name
        path = archive_dir() / name
        path.write_bytes(path.read_bytes() + b"% changed\n")
    else:
        with db.write() as session:
            session.get_one(LetterBatch, batch.id).sha256 = "0" * 64
    result = export_handover_dossiers(
        db, [filled.customers["K-200"]], tmp_path / "out", today=TODAY
    )
    (dossier,) = result.files
    assert dossier.pdfs == ()
    (problem,) = dossier.pdf_problems
    assert problem.code == "letters.archive_changed"


def test_the_dossier_brings_every_posted_letter_named_on_the_communications_sheet(
    db: Database, tmp_path: Path
) -> None:
    """Not only the 14-day letter: a posted reminder comes along too (K-300 is 16 days overdue: the
    second reminder by letter), its own pages, named on the Communications sheet."""
    filled = fill(db)
    batch = generate_batch(db, 1, letter_date=TODAY, clock=clock)
    dispatch_batch(db, batch.id, dispatched_on=date(2026, 12, 16), evidence="", clock=clock)
    result = export_handover_dossiers(
        db, [filled.customers["K-300"], filled.customers["K-200"]], tmp_path / "out", today=TODAY
    )
    reminder, fourteen_day = result.files
    (pdf,) = reminder.pdfs
    assert reminder.pdf_problems == ()
    assert pdf.name.startswith("handover-K-300-letter-2026-12-16-")
    text = "\n".join(page_texts(pdf.read_bytes()))
    assert "Çelik" in text and "Wójcik" not in text and "Zoë" not in text
    sheets = load_workbook(reminder.path).worksheets
    communications = next(s for s in sheets if s.title == "Communications")
    rows = [[cell.value for cell in row] for row in communications.iter_rows()]
    header = next(row for row in rows if "Letter PDF" in row)
    column = header.index("Letter PDF")
    assert [row[column] for row in rows if len(row) > column and row[column]] == [
        "Letter PDF",
        pdf.name,
    ]
    # the 14-day letter is saved once, named on both sheets
    (letter,) = fourteen_day.pdfs
    assert letter.name == "handover-K-200-14-day-letter-2026-12-16.pdf"
    named = [
        cell.value
        for sheet in load_workbook(fourteen_day.path).worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value == letter.name
    ]
    assert named == [letter.name, letter.name]


def test_a_dutch_clerks_dossier_and_letters_have_dutch_file_names(
    db: Database, tmp_path: Path
) -> None:
    """They were 'handover-K-200.xlsx' and 'handover-K-200-14-day-letter-….pdf' in any language."""
    filled = fill(db)
    batch = generate_batch(db, 1, letter_date=TODAY, clock=clock)
    dispatch_batch(db, batch.id, dispatched_on=date(2026, 12, 16), evidence="", clock=clock)
    result = export_handover_dossiers(
        db,
        [filled.customers["K-300"], filled.customers["K-200"]],
        tmp_path / "out",
        today=TODAY,
        language="nl",
    )
    reminder, fourteen_day = result.files
    assert fourteen_day.path.name == "overdracht-K-200.xlsx"
    (letter,) = fourteen_day.pdfs
    assert letter.name == "overdracht-K-200-veertiendagenbrief-2026-12-16.pdf"
    (pdf,) = reminder.pdfs
    assert pdf.name.startswith("overdracht-K-300-brief-2026-12-16-")
