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
