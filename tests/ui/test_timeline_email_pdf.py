"""The customer's timeline opens the letter PDF an e-mail carried (kept by the outbox), on SQLite and
PostgreSQL: the entry shows a file icon, Open letter PDF is offered only for it, the window shows the
kept copy; a changed copy is refused in words and nothing opens."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfWriter
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from debtordesk.db.models import Communication, EmailAttachment
from debtordesk.domain.dunning.model import ActionChannel
from debtordesk.services.audit import add_customer_event
from debtordesk.services.database import Database
from debtordesk.services.email_archive import keep_email_pdf
from debtordesk.settings.paths import archive_dir
from debtordesk.ui.context import UiContext
from debtordesk.ui.models.timeline import TimelineColumn
from debtordesk.ui.tasks import TaskRunner
from debtordesk.ui.widgets import timeline_tools
from debtordesk.ui.widgets.customer_detail import CustomerDetailPanel
from debtordesk.ui.widgets.pdf_preview import PdfPreview
from tests.integration.outbox.factory import TODAY, add_messages

WAIT = 15_000
SENT_AT = datetime(2026, 12, 16, 9, 0, tzinfo=UTC)


@pytest.fixture
def ctx(qapp: object, db: Database, tmp_path: Path) -> Iterator[UiContext]:
    prefs = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    tasks = TaskRunner()
    yield UiContext(db=db, tasks=tasks, prefs=prefs, language="en", today=lambda: TODAY)
    tasks.wait_for_all()


def _pdf(pages: int) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _sent_with_a_kept_letter(db: Database, pdf: bytes) -> tuple[int, int]:
    """An e-mail that went out with its letter kept, and one without a letter: the customer, the
    kept copy's id."""
    (cid,) = add_messages(db, 1, channel=ActionChannel.EMAIL)
    with db.write() as session:
        customer_id = session.get_one(Communication, cid).customer_id
        kept = keep_email_pdf(
            db,
            session,
            communication_id=cid,
            attempt_number=1,
            file_name="RF18-2026-12-16.pdf",
            data=pdf,
            sha256=hashlib.sha256(pdf).hexdigest(),
            now=SENT_AT,
        )
        base = {"step": "Reminder", "channel": "email", "to": "klant0@example.nl"}
        add_customer_event(
            session,
            customer_id=customer_id,
            kind="outbox",
            code="event.outbox.sent",
            params=base,
            at=SENT_AT.replace(hour=8),
        )
        add_customer_event(
            session,
            customer_id=customer_id,
            kind="outbox",
            code="event.outbox.sent_with_letter",
            params={**base, "file": "RF18-2026-12-16.pdf", "email_attachment_id": kept},
            at=SENT_AT,
        )
    return customer_id, kept


def _panel(qtbot: QtBot, ctx: UiContext, customer_id: int) -> CustomerDetailPanel:
    panel = CustomerDetailPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_customer(customer_id)
    qtbot.waitUntil(lambda: panel.timeline_model.rowCount() >= 2, timeout=WAIT)
    return panel


def _row_of(panel: CustomerDetailPanel, kept: int | None) -> int:
    model = panel.timeline_model
    return next(
        number
        for number in range(model.rowCount())
        if model.row_at(number).email_attachment_id == kept
        and model.row_at(number).kind == "outbox"
    )


def test_the_e_mail_entry_opens_the_letter_it_carried(qtbot: QtBot, ctx: UiContext) -> None:
    pdf = _pdf(2)
    customer_id, kept = _sent_with_a_kept_letter(ctx.db, pdf)
    panel = _panel(qtbot, ctx, customer_id)
    tools = panel.timeline_tools
    model = panel.timeline_model
    with_letter, without = _row_of(panel, kept), _row_of(panel, None)
    text = model.index(with_letter, TimelineColumn.TEXT)
    assert model.data(text, Qt.ItemDataRole.DecorationRole) is not None
    assert "Double-click to open the letter PDF" in model.data(text, Qt.ItemDataRole.ToolTipRole)
    plain = model.index(without, TimelineColumn.TEXT)
    assert model.data(plain, Qt.ItemDataRole.DecorationRole) is None
    panel.timeline_table.selectRow(without)
    assert not tools.open_pdf_button.isEnabled()
    tools.open_pdf()  # nothing to open for an e-mail without a kept letter
    panel.timeline_table.selectRow(with_letter)
    assert tools.open_pdf_button.isEnabled()
    tools.open_pdf_button.click()
    qtbot.waitUntil(lambda: len(tools.dialogs) == 1, timeout=WAIT)
    dialog = tools.dialogs[0]
    assert "to customer K00000" in dialog.windowTitle()
    preview = dialog.findChild(PdfPreview)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.page_count() == 2, timeout=WAIT)
    dialog.close()
    qtbot.waitUntil(lambda: not tools.dialogs, timeout=WAIT)


def test_a_changed_copy_is_refused_in_words(
    qtbot: QtBot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    customer_id, kept = _sent_with_a_kept_letter(ctx.db, _pdf(1))
    if ctx.db.is_sqlite:
        with ctx.db.read() as session:
            name = session.scalars(
                select(EmailAttachment.stored_name).where(EmailAttachment.id == kept)
            ).one()
        assert name is not None
        (archive_dir() / name).write_bytes(b"%PDF-1.7 something else")
    else:
        with ctx.db.write() as session:
            session.get_one(EmailAttachment, kept).data = b"%PDF-1.7 something else"
    shown: list[str] = []
    monkeypatch.setattr(
        timeline_tools,
        "show_error",
        lambda _parent, error: shown.append(getattr(error, "code", str(error))),
    )
    panel = _panel(qtbot, ctx, customer_id)
    panel.timeline_table.selectRow(_row_of(panel, kept))
    panel.timeline_tools.open_pdf()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    assert shown == ["email_archive.changed"]
    assert panel.timeline_tools.dialogs == []
