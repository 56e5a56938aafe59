"""The letters page: a batch of the run's letters is made in the background, opens in the preview,
and "mark as posted" records the posting date (the 14-day letters' evidence)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from debtordesk.db.models import Communication, FourteenDayLetter, LetterBatch
from debtordesk.domain.calendar import is_business_day
from debtordesk.domain.dunning.model import CommunicationStatus
from debtordesk.domain.letter_batches import LetterBatchStatus
from debtordesk.providers.payment_links import NullPaymentLinkProvider
from debtordesk.services.database import Database
from debtordesk.services.dunning_run import run_queue
from debtordesk.ui.context import UiContext
from debtordesk.ui.pages.letters import LettersPage
from debtordesk.ui.tasks import TaskRunner
from debtordesk.ui.widgets.pdf_preview import PdfPreview
from tests.integration.letters.factory import add_customers


def _last_business_day() -> date:
    """A working day on or before the real today: letters may go out on it (no Sunday, no holiday),
    and a posting date on it is not in the future."""
    day = datetime.now().astimezone().date()
    while not is_business_day(day):
        day -= timedelta(days=1)
    return day


TODAY = _last_business_day()


@pytest.fixture
def letters_ctx(qapp: object, sqlite_db: Database, tmp_path: Path) -> Iterator[UiContext]:
    add_customers(sqlite_db, today=TODAY)
    run_queue(sqlite_db, 1, TODAY, link_provider=NullPaymentLinkProvider())
    prefs = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    tasks = TaskRunner()
    ctx = UiContext(db=sqlite_db, tasks=tasks, prefs=prefs, language="en", today=lambda: TODAY)
    ctx.administration.load(sqlite_db)
    yield ctx
    tasks.wait_for_all()


def _page(qtbot: QtBot, ctx: UiContext) -> LettersPage:
    page = LettersPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "ready to go in a batch" in page.pending_label.text(), timeout=10_000)
    return page


def test_a_batch_is_made_opens_in_the_preview_and_is_posted(
    qtbot: QtBot, letters_ctx: UiContext
) -> None:
    page = _page(qtbot, letters_ctx)
    assert page.pending_label.text().startswith("4 letters ready")
    assert page.make_button.isEnabled()
    page.make_button.click()
    qtbot.waitUntil(lambda: page.batch_model.rowCount() == 1, timeout=60_000)
    qtbot.waitUntil(lambda: page.preview.page_count() > 0, timeout=30_000)
    assert page.letter_model.rowCount() == 4
    assert "Batch 1: 4 letters on " in page.message.text()
    batch = page.current_batch()
    assert batch is not None and batch.status is LetterBatchStatus.GENERATED
    assert page.preview.page_count() == batch.pages
    # choosing a letter jumps the preview to its first page
    page.letters.selectRow(2)
    letter = page.current_letter()
    assert letter is not None
    qtbot.waitUntil(lambda: page.preview.current_page() == letter.first_page, timeout=15_000)
    assert page.posted_button.isEnabled()

    page.dispatch(batch.id, TODAY, "post office receipt 12")
    qtbot.waitUntil(
        lambda: (
            (b := page.current_batch()) is not None and b.status is LetterBatchStatus.DISPATCHED
        ),
        timeout=30_000,
    )
    assert "Posted on" in page.message.text()
    assert not page.posted_button.isEnabled()
    with letters_ctx.db.read() as session:
        stored = session.scalars(select(LetterBatch)).one()
        assert (stored.dispatched_on, stored.evidence) == (TODAY, "post office receipt 12")
        statuses = set(
            session.scalars(select(Communication.status).where(Communication.channel == "letter"))
        )
        assert statuses == {CommunicationStatus.DISPATCHED}
        evidence = session.scalars(select(FourteenDayLetter.dispatched_on)).all()
        assert evidence and set(evidence) == {TODAY}
    assert page.pending_label.text().startswith("No letters waiting")


def test_cancelling_a_batch_in_the_making_stores_nothing(
    qtbot: QtBot, letters_ctx: UiContext
) -> None:
    page = _page(qtbot, letters_ctx)
    page.make_batch()
    page.cancel_task()  # at once: the worker sees the request at its first check
    qtbot.waitUntil(lambda: not page.job.running, timeout=60_000)
    with letters_ctx.db.read() as session:
        batches = session.scalars(select(LetterBatch)).all()
    if batches:  # the machine was quicker than the click: then the batch is whole
        pytest.skip("the batch was finished before the cancel request arrived")
    assert "Cancelled" in page.message.text()
    qtbot.waitUntil(lambda: "4 letters ready" in page.pending_label.text(), timeout=10_000)


def test_a_letter_reopens_from_the_customer_panel_as_printed(
    qtbot: QtBot, letters_ctx: UiContext
) -> None:
    from debtordesk.services.letters import generate_batch
    from debtordesk.ui.widgets.customer_detail import CustomerDetailPanel
    from tests.integration.letters.factory import page_texts

    batch = generate_batch(letters_ctx.db, 1, pending=True, letter_date=TODAY)
    with letters_ctx.db.read() as session:
        from debtordesk.db.models import Customer

        customer = session.scalars(select(Customer).where(Customer.number == "K-200")).one()
        customer_id = customer.id
    panel = CustomerDetailPanel(letters_ctx)
    qtbot.addWidget(panel)
    panel.show_customer(customer_id)
    qtbot.waitUntil(lambda: panel.letters.model.rowCount() == 1, timeout=10_000)
    assert panel.tabs.tabText(3) == "Letters (1)"
    letter = panel.letters.model.row_at(0)
    assert letter.batch_id == batch.id
    panel.letters.table.selectRow(0)
    panel.letters.open_letter()
    qtbot.waitUntil(lambda: len(panel.letters.dialogs) == 1, timeout=10_000)
    preview = panel.letters.dialogs[0].findChild(PdfPreview)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.page_count() == letter.pages, timeout=10_000)
    # the bytes shown are the archived pages of that letter
    from debtordesk.services.letters import letter_pdf

    assert "Łukasz Wójcik" in page_texts(letter_pdf(letters_ctx.db, letter.id))[0]


def test_letters_without_a_qr_code_are_pointed_out(qtbot: QtBot, letters_ctx: UiContext) -> None:
    from debtordesk.db.models import Administration

    with letters_ctx.db.write() as session:
        session.get_one(Administration, 1).iban = None  # no IBAN: no EPC code can be made
    page = _page(qtbot, letters_ctx)
    page.make_button.click()
    qtbot.waitUntil(lambda: page.letter_model.rowCount() == 4, timeout=60_000)
    assert not page.qr_warning.isHidden()
    # without an IBAN the letters do not say how to pay by transfer: the warning must not claim so
    text = page.qr_warning.text()
    assert text.startswith("4 letters in this batch give no way to pay: the administration has no")
    assert "Fill in the IBAN of the administration under Settings > Organisation…" in text
    assert "by transfer" not in text


def test_letters_without_a_qr_code_but_with_an_iban_still_say_how_to_transfer(
    qtbot: QtBot, letters_ctx: UiContext
) -> None:
    from debtordesk.db.models import Administration

    with letters_ctx.db.write() as session:  # a name longer than an EPC code takes: no code
        session.get_one(Administration, 1).account_holder = "Stichting " + "Zonnetje " * 10
    page = _page(qtbot, letters_ctx)
    page.make_button.click()
    qtbot.waitUntil(lambda: page.letter_model.rowCount() == 4, timeout=60_000)
    assert not page.qr_warning.isHidden()
    text = page.qr_warning.text()
    assert text.startswith("4 letters in this batch have no payment QR code")
    assert text.endswith("They still state how to pay by transfer.")


def test_the_template_preview_renders_customises_and_checks(
    qtbot: QtBot, letters_ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from debtordesk.ui.dialogs.template_preview import TemplatePreviewDialog

    opened: list[Path] = []
    dialog = TemplatePreviewDialog(letters_ctx, customer_number="K-100")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "open_folder", opened.append)
    dialog.template.setCurrentIndex(dialog.template.findData("fourteen_day_letter"))
    dialog.render_now()
    qtbot.waitUntil(lambda: dialog.preview.page_count() == 1, timeout=20_000)
    assert "Nothing is stored or sent" in dialog.status.text()
    assert dialog.last_pdf is not None
    from tests.integration.letters.factory import page_texts

    assert "Zoë de Vries" in page_texts(dialog.last_pdf)[0]

    dialog.customise()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10_000)
    assert (opened[0] / "nl" / "formal" / "reminder_1.txt").is_file()
    broken = opened[0] / "en" / "informal" / "reminder_2.txt"
    broken.write_text("{% if %}", encoding="utf-8")
    dialog.check()
    qtbot.waitUntil(lambda: "reminder_2.txt" in dialog.status.text(), timeout=10_000)

    dialog.customer.setText("NOPE")
    dialog.render_now()
    qtbot.waitUntil(lambda: "NOPE" in dialog.status.text(), timeout=10_000)


def test_the_column_layout_is_restored_after_a_restart(
    qtbot: QtBot, letters_ctx: UiContext
) -> None:
    """The page saved its column widths and order (letters/batches, letters/letters) but never
    read them back: after a restart the clerk's layout was gone."""
    from debtordesk.services.letters import generate_batch
    from debtordesk.ui.pages.letters.model import BatchColumn, LetterColumn

    generate_batch(letters_ctx.db, 1, pending=True, letter_date=TODAY)
    page = LettersPage(letters_ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.batch_model.rowCount() == 1, timeout=10_000)
    page.batches.selectRow(0)
    qtbot.waitUntil(lambda: page.letter_model.rowCount() == 4, timeout=15_000)
    batches, letters = page.batches.horizontalHeader(), page.letters.horizontalHeader()
    batches.resizeSection(BatchColumn.STATUS, 311)
    letters.resizeSection(LetterColumn.NAME, 287)
    letters.moveSection(letters.visualIndex(LetterColumn.REFERENCE), 0)
    page.letters.sortByColumn(LetterColumn.NAME, Qt.SortOrder.DescendingOrder)
    page.save_state()

    again = LettersPage(letters_ctx)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.batch_model.rowCount() == 1, timeout=10_000)
    again.batches.selectRow(0)
    qtbot.waitUntil(lambda: again.letter_model.rowCount() == 4, timeout=15_000)
    qtbot.waitUntil(lambda: again.preview.page_count() > 0, timeout=15_000)
    batches, letters = again.batches.horizontalHeader(), again.letters.horizontalHeader()
    assert batches.sectionSize(BatchColumn.STATUS) == 311
    assert letters.sectionSize(LetterColumn.NAME) == 287
    assert letters.visualIndex(LetterColumn.REFERENCE) == 0
    assert (letters.sortIndicatorSection(), letters.sortIndicatorOrder()) == (
        LetterColumn.NAME,
        Qt.SortOrder.DescendingOrder,
    )
    names = [row.customer_name for row in again.letter_model_rows()]
    assert names == sorted(names, reverse=True)


def test_one_letter_is_not_letters_in_either_language(
    qtbot: QtBot, letters_ctx: UiContext, qapp: object
) -> None:
    """'1 letter(s) ready to go in a batch.', 'Batch 3: 1 brief/brieven op 1 pagina('s).': one
    letter, one page and more than one now each have their own words, in English and in Dutch."""
    from dataclasses import replace

    from debtordesk.i18n.catalogue import set_language
    from debtordesk.services.letters import generate_batch
    from debtordesk.services.letters_pending import PendingLetters
    from debtordesk.ui.i18n import install_translators

    batch = generate_batch(letters_ctx.db, 1, pending=True, letter_date=TODAY)
    page = LettersPage(letters_ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.batch_model.rowCount() == 1, timeout=10_000)
    page._listed((PendingLetters(ready=1, waiting=0, next_day=None), []))
    assert page.pending_label.text() == "1 letter ready to go in a batch."
    page._batch_made(replace(batch, number=3, letter_count=1, pages=1))
    assert page.message.text() == "Batch 3: 1 letter on 1 page."
    page._batch_made(replace(batch, number=4, letter_count=1234, pages=2))
    assert page.message.text() == "Batch 4: 1,234 letters on 2 pages."
    installed = install_translators(qapp, "nl")  # type: ignore[arg-type]
    try:
        letters_ctx.language = "nl"
        page._listed((PendingLetters(ready=1, waiting=0, next_day=None), []))
        assert page.pending_label.text() == "1 brief klaar voor een batch."
        page._listed((PendingLetters(ready=2, waiting=1, next_day=date(2026, 11, 23)), []))
        assert page.pending_label.text() == (
            "2 brieven klaar voor een batch. Nog 1 mag weg vanaf 23-11-2026."
        )
        page._batch_made(replace(batch, number=3, letter_count=1, pages=2))
        assert page.message.text() == "Batch 3: 1 brief op 2 pagina's."
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)  # type: ignore[attr-defined]
        set_language("en")


def test_a_dutch_session_shows_the_letters_page_in_dutch(
    qtbot: QtBot, letters_ctx: UiContext, qapp: object
) -> None:
    """QA saw 'Made', 'From page' and 'Batches' on the Dutch letters page: with the Dutch translator
    installed (as the app does for --lang nl) every header and title is Dutch."""
    from PySide6.QtWidgets import QLabel

    from debtordesk.i18n.catalogue import set_language
    from debtordesk.ui.i18n import install_translators

    installed = install_translators(qapp, "nl")  # type: ignore[arg-type]
    try:
        set_language("nl")
        letters_ctx.language = "nl"
        page = LettersPage(letters_ctx)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: "klaar voor een batch" in page.pending_label.text(), timeout=10_000)
        headers = [
            str(model.headerData(column, Qt.Orientation.Horizontal))
            for model in (page.batch_model, page.letter_model)
            for column in range(model.columnCount())
        ]
        assert "Gemaakt" in headers and "Vanaf pagina" in headers
        # ('Batch' and 'Batches' are Dutch words as well)
        assert not {"Made", "From page", "Letters", "Pages", "Posted on"} & set(headers)
        titles = [label.text() for label in page.findChildren(QLabel)]
        assert "<b>Batches</b>" in titles and "<b>Letters in the batch</b>" not in titles
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)  # type: ignore[attr-defined]
        set_language("en")


def test_a_fourteen_day_template_that_fails_the_legal_check_is_refused(
    qtbot: QtBot, letters_ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'Make batch' goes through the same refusal as 'letters --out': shown as an error, nothing
    made, the letters still waiting."""
    from debtordesk.domain.errors import UserError
    from debtordesk.letters.templates import copy_templates
    from debtordesk.settings.paths import data_dir
    from debtordesk.ui.pages.letters import page as page_module

    folder = data_dir() / "letters" / "templates"
    copy_templates(folder)
    letter = folder / "nl" / "formal" / "fourteen_day_letter.txt"
    letter.write_text(
        letter.read_text(encoding="utf-8").replace(
            "na de dag waarop u deze brief hebt ontvangen", "na de datum van deze brief"
        ),
        encoding="utf-8",
    )
    shown: list[BaseException] = []
    monkeypatch.setattr(page_module, "show_error", lambda parent, error: shown.append(error))
    page = _page(qtbot, letters_ctx)
    page.make_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    assert isinstance(shown[0], UserError)
    assert shown[0].code == "letters.fourteen_day_template_refused"
    assert page.batch_model.rowCount() == 0
    with letters_ctx.db.read() as session:
        assert session.scalars(select(LetterBatch)).all() == []
    assert page.pending_label.text().startswith("4 letters ready")
