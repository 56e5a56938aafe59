"""The customer panel's follow-up tabs on SQLite and PostgreSQL: calls and notes (a note added from
the keyboard), promises (a waiting one withdrawn), arrangements with their terms (a new one from the
invoices chosen, a running one stopped with a reason); the timeline filtered by kind and exported as
CSV and PDF."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from debtordesk.domain.arrangements import ArrangementStatus
from debtordesk.domain.promises import PromiseStatus
from debtordesk.services.followup import (
    list_arrangements,
    list_notes,
    list_promises,
    log_call,
    save_arrangement,
)
from debtordesk.ui.context import UiContext
from debtordesk.ui.widgets.customer_detail import CustomerDetailPanel
from debtordesk.ui.widgets.followup_models import ArrangementColumn, ContactColumn, TermColumn
from tests.ui.followup.conftest import WAIT, Line, customer_id, import_open_items, invoice_id

DAY0 = date(2026, 12, 14)
DUE = date(2026, 11, 1)


class Answers:
    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, bool]] = []

    def __call__(self, _parent: object, title: str, _question: str, required: bool) -> str | None:
        self.asked.append((title, required))
        return self.answers.pop(0)


def _customer(ctx: UiContext, tmp_path: Path) -> int:
    import_open_items(
        ctx.db,
        tmp_path,
        [
            Line("P1", "K1", "Jan Jansen", DUE, "300.00", "300.00", "020-1234567"),
            Line("P2", "K1", "Jan Jansen", DUE, "500.00", "500.00", "020-1234567"),
            Line("P3", "K1", "Jan Jansen", DUE, "90.00", "90.00", "020-1234567"),
        ],
        export_date=DAY0,
    )
    ctx.administration.load(ctx.db)
    customer = customer_id(ctx.db, "K1")
    log_call(
        ctx.db,
        customer,
        "promise_to_pay",
        today=DAY0,
        note="pays on Friday",
        promise_date=DAY0 + timedelta(days=4),
        promise_amount=Decimal("300.00"),
        invoice_ids=[invoice_id(ctx.db, "P1")],
    )
    save_arrangement(
        ctx.db,
        customer,
        today=DAY0,
        start=DAY0 + timedelta(days=10),
        terms=2,
        invoice_ids=[invoice_id(ctx.db, "P2")],
    )
    return customer


def _panel(qtbot: QtBot, ctx: UiContext, customer: int, answers: Answers) -> CustomerDetailPanel:
    panel = CustomerDetailPanel(ctx)
    panel.followup.ask_note = answers
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    with qtbot.waitSignal(panel.followup.loaded, timeout=WAIT):
        panel.show_customer(customer)
    qtbot.waitUntil(lambda: panel.detail is not None, timeout=WAIT)
    return panel


def _reloaded(qtbot: QtBot, panel: CustomerDetailPanel, action: object) -> None:
    with qtbot.waitSignals([panel.customer_changed, panel.followup.loaded], timeout=WAIT):
        assert callable(action)
        action()


def test_calls_notes_promises_and_arrangements_tabs(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    customer = _customer(ctx, tmp_path)
    answers = Answers("found a new job", None, "lost his income")
    panel = _panel(qtbot, ctx, customer, answers)
    followup = panel.followup
    tabs = panel.tabs
    assert tabs.tabText(followup.contacts_tab) == "Calls and notes (1)"
    assert followup.note_about.count() == 4  # the customer and its three invoices
    assert tabs.tabText(followup.promises_tab) == "Promises (1)"
    assert tabs.tabText(followup.arrangements_tab) == "Arrangements (1)"
    contacts = followup.contact_model
    assert contacts.index(0, ContactColumn.WHAT).data() == "Call: Promise to pay"
    assert contacts.index(0, ContactColumn.TEXT).data() == "pays on Friday"
    assert contacts.index(0, ContactColumn.PHONE).data() == "020 123 4567"

    # a note, typed and added with Enter
    QTest.keyClicks(followup.note_edit, "asked for a copy of P3")
    _reloaded(qtbot, panel, lambda: QTest.keyClick(followup.note_edit, Qt.Key.Key_Return))
    assert [note.text for note in list_notes(ctx.db, customer)] == ["asked for a copy of P3"]
    assert tabs.tabText(followup.contacts_tab) == "Calls and notes (2)"
    assert contacts.index(0, ContactColumn.WHAT).data() == "Note"
    assert followup.note_edit.text() == ""
    # a note about one invoice
    followup.note_about.setCurrentIndex(followup.note_about.findText("About invoice P3"))
    QTest.keyClicks(followup.note_edit, "copy sent by post")
    _reloaded(qtbot, panel, lambda: QTest.keyClick(followup.note_edit, Qt.Key.Key_Return))
    newest = list_notes(ctx.db, customer)[0]
    assert (newest.text, newest.invoice_number) == ("copy sent by post", "P3")
    assert contacts.index(0, ContactColumn.WHAT).data() == "Note (invoice P3)"

    # the promise, withdrawn
    promises = followup.promise_model
    assert promises.index(0, 1).data() == "2026-12-18"
    assert promises.index(0, 4).data() == "waiting"
    assert not followup.withdraw_button.isEnabled()
    followup.promises.selectRow(0)
    assert followup.withdraw_button.isEnabled()
    _reloaded(qtbot, panel, followup.withdraw_button.click)
    assert answers.asked[0] == ("Withdraw the promise", False)
    assert list_promises(ctx.db, customer)[0].status is PromiseStatus.CANCELLED
    assert promises.index(0, 4).data() == "withdrawn"

    # the arrangement and its terms; stopping it asks a reason (cancelled: nothing happens)
    arrangements = followup.arrangement_model
    assert arrangements.index(0, ArrangementColumn.STATUS).data() == "running"
    assert arrangements.index(0, ArrangementColumn.TOTAL).data() == "500.00"
    assert arrangements.index(0, ArrangementColumn.NEXT).data() == "2026-12-24"
    terms = followup.term_model
    assert [terms.index(r, TermColumn.AMOUNT).data() for r in range(terms.rowCount())] == [
        "250.00",
        "250.00",
    ]
    assert terms.index(0, TermColumn.STATUS).data() == "not due yet"
    assert followup.stop_button.isEnabled()
    followup.stop_button.click()
    assert answers.asked[1] == ("Stop the arrangement", True)
    assert list_arrangements(ctx.db, customer)[0].status is ArrangementStatus.ACTIVE
    _reloaded(qtbot, panel, followup.stop_button.click)
    assert list_arrangements(ctx.db, customer)[0].status is ArrangementStatus.CANCELLED
    assert arrangements.index(0, ArrangementColumn.STATUS).data() == "stopped"
    assert not followup.stop_button.isEnabled()

    # a new arrangement for the invoice chosen on the Invoices tab
    row = panel.invoice_model.row_of_id(invoice_id(ctx.db, "P3"))
    assert row is not None
    panel.invoice_table.selectionModel().select(
        panel.invoice_model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    dialog = followup.new_arrangement()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT)
    assert dialog.preview is not None and dialog.preview.invoice_numbers == ("P3",)
    assert dialog.preview.total == Decimal("90.00")
    _reloaded(qtbot, panel, dialog.save_button.click)
    assert tabs.tabText(followup.arrangements_tab) == "Arrangements (2)"


def test_timeline_filtered_by_kind_and_exported(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    customer = _customer(ctx, folder)
    panel = _panel(qtbot, ctx, customer, Answers())
    tools = panel.timeline_tools
    kinds = [tools.kind.itemData(i) for i in range(tools.kind.count())]
    assert kinds[0] == "" and {"call", "promise", "arrangement", "hold"} <= set(kinds)
    texts = [tools.kind.itemText(i) for i in range(tools.kind.count())]
    assert "Calls" in texts and "Arrangements" in texts
    everything = panel.timeline_model.rowCount()
    tools.kind.setCurrentIndex(tools.kind.findData("call"))
    shown = [panel.timeline_model.row_at(r) for r in range(panel.timeline_model.rowCount())]
    assert len(shown) == 1 and shown[0].kind == "call"
    assert "Promise to pay" in shown[0].text
    tools.kind.setCurrentIndex(tools.kind.findData("hold"))
    assert panel.timeline_model.rowCount() == 2  # promise hold on P1, arrangement hold on P2
    tools.kind.setCurrentIndex(0)
    assert panel.timeline_model.rowCount() == everything

    # export: the clerk picks a file, the kind shown is what is written
    out = tmp_path / "exports"
    out.mkdir()
    asked: list[tuple[str, str]] = []

    def choose(_parent: object, suggested: str, fmt: str) -> Path:
        asked.append((suggested, fmt))
        return out / suggested

    tools.choose_file = choose
    tools.kind.setCurrentIndex(tools.kind.findData("promise"))
    with qtbot.waitSignal(tools.exported, timeout=WAIT) as done:
        tools.csv_button.click()
    assert asked == [("timeline-K1.csv", "csv")]
    assert done.args[0].rows == 1
    rows = list(
        csv.reader(
            io.StringIO((out / "timeline-K1.csv").read_bytes().decode("utf-8-sig")), delimiter=";"
        )
    )
    assert rows[0] == ["When", "Kind", "What happened", "Invoice", "By"]
    assert [row[1] for row in rows[1:]] == ["Promises"]
    assert "Promised to pay € 300.00" in rows[1][2]
    assert "Entries written: 1, to " in tools.message.text()

    tools.kind.setCurrentIndex(0)
    with qtbot.waitSignal(tools.exported, timeout=WAIT) as done:
        tools.pdf_button.click()
    assert done.args[0].rows == everything
    text = "\n".join(page.extract_text() for page in PdfReader(out / "timeline-K1.pdf").pages)
    assert "Timeline of customer K1 Jan Jansen" in text
    assert "Payment arrangement" in text

    # the clerk cancels the file choice: nothing is written
    tools.choose_file = lambda _parent, _suggested, _fmt: None
    tools.csv_button.click()
    assert sorted(path.name for path in out.iterdir()) == ["timeline-K1.csv", "timeline-K1.pdf"]
