"""The disputes page on SQLite and PostgreSQL: the disputed invoices on hold by default, accept (stays
held), decline with a reason (the hold ends, dunning resumes), resolve, the status filter, actions
only where the workflow allows them, and a cancelled question changes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from debtordesk.domain.disputes import DisputeStatus
from debtordesk.services.followup import get_dispute, open_dispute
from debtordesk.services.holds import list_holds
from debtordesk.ui.context import UiContext
from debtordesk.ui.pages.disputes import DisputesPage
from debtordesk.ui.pages.disputes.model import DisputeColumn
from tests.ui.followup.conftest import WAIT, Line, customer_id, import_open_items, invoice_id

DAY0 = date(2026, 12, 14)
DUE = date(2026, 11, 1)


class Answers:
    """Answers the page's questions for the clerk, in order, and keeps the questions."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, str, bool]] = []

    def __call__(self, _parent: object, title: str, question: str, required: bool) -> str | None:
        self.asked.append((title, question, required))
        return self.answers.pop(0)


def _disputes(ctx: UiContext, tmp_path: Path) -> dict[str, int]:
    import_open_items(
        ctx.db,
        tmp_path,
        [
            Line("D1", "K1", "Jan Jansen", DUE, "100.00", "100.00"),
            Line("D2", "K1", "Jan Jansen", DUE, "200.00", "200.00"),
            Line("D3", "K2", "Piet Puk", DUE, "300.00", "300.00"),
        ],
        export_date=DAY0,
    )
    ctx.administration.load(ctx.db)
    made = {}
    for invoice, customer, reason, text in (
        ("D1", "K1", "not_received", ""),
        ("D2", "K1", "amount_wrong", "charged twice"),
        ("D3", "K2", "other", "never ordered"),
    ):
        made[invoice] = open_dispute(
            ctx.db,
            customer_id(ctx.db, customer),
            invoice_id(ctx.db, invoice),
            reason_code=reason,
            reason_text=text,
            today=DAY0,
        ).id
    return made


def _page(qtbot: QtBot, ctx: UiContext, answers: Answers) -> DisputesPage:
    page = DisputesPage(ctx, ask_note=answers)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitUntil(lambda: page.loaded, timeout=WAIT)
    return page


def _invoices(page: DisputesPage) -> list[str]:
    return [page.model.row_at(r).invoice_number for r in range(page.model.rowCount())]


def _held(ctx: UiContext, invoice: str, customer: str) -> bool:
    wanted = invoice_id(ctx.db, invoice)
    return any(
        hold.invoice_id == wanted and hold.lifted_at is None
        for hold in list_holds(ctx.db, customer_id(ctx.db, customer))
    )


def _decide(qtbot: QtBot, page: DisputesPage, button: object) -> None:
    with qtbot.waitSignals([page.disputes_changed, page.listed], timeout=WAIT):
        button.click()  # type: ignore[attr-defined]


def test_accept_decline_and_resolve_from_the_page(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    ids = _disputes(ctx, tmp_path)
    answers = Answers(
        None, "credit note follows", "the delivery note is signed", "credit note booked"
    )
    page = _page(qtbot, ctx, answers)
    assert _invoices(page) == ["D1", "D2", "D3"]
    assert page.model.index(1, DisputeColumn.REASON).data() == "amount wrong"
    assert page.model.index(1, DisputeColumn.TEXT).data() == "charged twice"
    assert page.model.index(1, DisputeColumn.STATUS).data() == "open"
    assert page.model.index(1, DisputeColumn.OPEN_AMOUNT).data() == "200.00"
    assert not page.accept_button.isEnabled()  # nothing chosen
    assert all(_held(ctx, invoice, "K1") for invoice in ("D1", "D2"))

    # a cancelled question changes nothing
    page.select_dispute(ids["D1"])
    assert page.accept_button.isEnabled() and page.decline_button.isEnabled()
    page.accept_button.click()
    assert get_dispute(ctx.db, ids["D1"]).status is DisputeStatus.OPEN

    # accept: a credit note is expected, the invoice stays on hold
    _decide(qtbot, page, page.accept_button)
    assert answers.asked[1][2] is False  # a note is optional
    record = get_dispute(ctx.db, ids["D1"])
    assert (record.status, record.decision_note) == (DisputeStatus.ACCEPTED, "credit note follows")
    assert _held(ctx, "D1", "K1")
    assert "D1 of Jan Jansen: the dispute is now accepted" in page.message.text()
    # accepted: only resolving is left
    page.select_dispute(ids["D1"])
    assert not page.accept_button.isEnabled() and not page.decline_button.isEnabled()
    assert page.resolve_button.isEnabled()

    # decline: the reason is required, the hold ends and dunning resumes
    page.select_dispute(ids["D3"])
    _decide(qtbot, page, page.decline_button)
    assert answers.asked[2][2] is True
    assert "D3" in answers.asked[2][1]
    record = get_dispute(ctx.db, ids["D3"])
    assert (record.status, record.decision_note) == (
        DisputeStatus.DECLINED,
        "the delivery note is signed",
    )
    assert not _held(ctx, "D3", "K2")
    assert _invoices(page) == ["D1", "D2"]  # the declined one left the list of held ones

    # resolve the accepted one: its hold ends too
    page.select_dispute(ids["D1"])
    _decide(qtbot, page, page.resolve_button)
    assert get_dispute(ctx.db, ids["D1"]).status is DisputeStatus.RESOLVED
    assert not _held(ctx, "D1", "K1")
    assert _held(ctx, "D2", "K1")

    # the filter shows each status
    for key, expected in (
        ("open", ["D2"]),
        ("accepted", []),
        ("declined", ["D3"]),
        ("resolved", ["D1"]),
        ("all", ["D1", "D2", "D3"]),
    ):
        with qtbot.waitSignal(page.listed, timeout=WAIT):
            page.show_combo.setCurrentIndex(page.show_combo.findData(key))
        assert _invoices(page) == expected, key
    page.select_dispute(ids["D3"])
    assert not any(
        b.isEnabled() for b in (page.accept_button, page.decline_button, page.resolve_button)
    )
    assert (
        page.model.index(page.model.row_of_id(ids["D3"]) or 0, DisputeColumn.DECISION).data()
        == "the delivery note is signed"
    )


def test_the_customer_panel_opens_on_the_disputed_invoice(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    ids = _disputes(ctx, tmp_path)
    page = _page(qtbot, ctx, Answers())
    page.select_dispute(ids["D2"])
    qtbot.waitUntil(
        lambda: (
            page.detail.detail is not None and page.detail.detail.id == customer_id(ctx.db, "K1")
        ),
        timeout=WAIT,
    )
    chosen = page.detail.invoice_table.selectionModel().selectedRows()
    assert [page.detail.invoice_model.row_at(i.row()).number for i in chosen] == ["D2"]
