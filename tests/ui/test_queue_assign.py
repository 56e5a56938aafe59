"""The queue's "Assigned to": the column, the filter (everyone, me, unassigned, a clerk) and the
"Assign to…" action on the selected customers, stored through the assignments service."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from debtordesk.db.models import Customer
from debtordesk.i18n.catalogue import set_language
from debtordesk.services.database import current_login, user_id_for
from debtordesk.ui.context import UiContext
from debtordesk.ui.i18n import install_translators
from debtordesk.ui.main_window import MainWindow
from debtordesk.ui.pages.queue import QueuePage
from debtordesk.ui.pages.queue.assign import ClerkChoice, assign_prompt
from debtordesk.ui.pages.queue.rows import QueueColumn
from tests.ui.test_queue import WAIT, _column, _names, _select, ids  # noqa: F401 (fixture)

#: the four customers of the queue page's tests
pytestmark = pytest.mark.usefixtures("ids")


class Choose:
    """Answers "Assign to…" for the clerk with the choice whose label starts with ``prefix``."""

    def __init__(self, prefix: str | None) -> None:
        self.prefix = prefix
        self.asked: list[tuple[int, list[str]]] = []

    def __call__(
        self, _parent: object, count: int, choices: Sequence[tuple[str, ClerkChoice]]
    ) -> tuple[ClerkChoice] | None:
        self.asked.append((count, [label for label, _ in choices]))
        if self.prefix is None:
            return None
        return next((value,) for label, value in choices if label.startswith(self.prefix))


def _page(qtbot: QtBot, ctx: UiContext, choose: Choose) -> QueuePage:
    page = QueuePage(ctx, choose_clerk=choose)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    qtbot.waitUntil(lambda: page.result is not None and page.busy.isHidden(), timeout=WAIT)
    return page


def _assign(qtbot: QtBot, page: QueuePage) -> None:
    with qtbot.waitSignal(page.assignments_changed, timeout=WAIT):
        page.assign_action.trigger()


def _stored(ctx: UiContext) -> dict[str, int | None]:
    with ctx.db.read() as session:
        rows = session.execute(select(Customer.name, Customer.assigned_user_id)).all()
    return {row[0]: row[1] for row in rows}


def test_assign_to_me_and_to_a_clerk_then_filter_and_sort_by_clerk(
    qtbot: QtBot, shell_ctx: UiContext
) -> None:
    with shell_ctx.db.write() as session:
        marieke = user_id_for(session, "marieke")
    choose = Choose("Me (")
    page = _page(qtbot, shell_ctx, choose)
    assert set(_column(page, QueueColumn.ASSIGNED)) == {""}
    position = page.filters.assigned.findData(f"u:{marieke}")
    assert page.filters.assigned.itemText(position) == "Assigned to marieke"

    _select(page, "Anna Ångström", "Chris de Wit")
    _assign(qtbot, page)
    assert choose.asked[0][0] == 2
    me = current_login()
    stored = _stored(shell_ctx)
    my_id = stored["Anna Ångström"]
    assert my_id is not None and stored["Chris de Wit"] == my_id
    assert stored["Bakker B.V."] is None
    by_name = dict(zip(_names(page), _column(page, QueueColumn.ASSIGNED), strict=True))
    assert by_name["Anna Ångström"] == me and by_name["Bakker B.V."] == ""

    choose.prefix = "marieke"
    _select(page, "Bakker B.V.")
    _assign(qtbot, page)
    assert _stored(shell_ctx)["Bakker B.V."] == marieke
    assert "1 customer assigned to marieke" in page.message.text()

    bar = page.filters
    bar.assigned.setCurrentIndex(bar.assigned.findData("me"))
    assert sorted(_names(page)) == ["Anna Ångström", "Chris de Wit"]
    bar.assigned.setCurrentIndex(bar.assigned.findData(f"u:{marieke}"))
    assert _names(page) == ["Bakker B.V."]
    bar.assigned.setCurrentIndex(bar.assigned.findData("none"))
    assert _names(page) == []
    page.show_all()
    assert _names(page) == ["Dirk Later"]
    bar.clear_button.click()
    assert bar.assigned.currentIndex() == 0

    page.show_all()
    page.table.sortByColumn(QueueColumn.ASSIGNED, Qt.SortOrder.AscendingOrder)
    assigned = _column(page, QueueColumn.ASSIGNED)
    assert assigned[-1] == ""  # nobody sorts last
    named = [text for text in assigned if text]
    assert named == sorted(named, key=str.casefold)


def test_unassign_and_cancel(qtbot: QtBot, shell_ctx: UiContext) -> None:
    choose = Choose("Me (")
    page = _page(qtbot, shell_ctx, choose)
    _select(page, "Anna Ångström")
    _assign(qtbot, page)
    choose.prefix = None  # the clerk cancels: nothing changes
    page.assign_action.trigger()
    assert _stored(shell_ctx)["Anna Ångström"] is not None
    choose.prefix = "Nobody"
    _assign(qtbot, page)
    assert _stored(shell_ctx)["Anna Ångström"] is None
    assert page.message.text() == "1 customer no longer assigned."
    assert set(_column(page, QueueColumn.ASSIGNED)) == {""}


def test_assign_is_in_the_customer_menu_and_needs_a_selection(
    qtbot: QtBot, shell_ctx: UiContext
) -> None:
    page = _page(qtbot, shell_ctx, Choose(None))
    menu = page.more_button.menu()
    assert menu is not None and page.assign_action in menu.actions()
    assert page.assign_action in page.table.actions()
    page.table.clearSelection()
    assert not page.assign_action.isEnabled()
    _select(page, "Anna Ångström")
    assert page.assign_action.isEnabled()


def test_the_windows_customer_menu_assigns_the_queues_selection(
    qtbot: QtBot, shell_ctx: UiContext
) -> None:
    choose = Choose("Me (")
    window = MainWindow(shell_ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.pages["queue"]
    assert isinstance(page, QueuePage)
    page.choose_clerk = choose
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and page.busy.isHidden(), timeout=WAIT)
    customer_menu = next(
        action.menu() for action in window.menuBar().actions() if action.text() == "C&ustomer"
    )
    assert isinstance(customer_menu, QMenu)
    assign = next(a for a in customer_menu.actions() if a.text() == "&Assign to…")
    _select(page, "Bakker B.V.")
    with qtbot.waitSignal(page.assignments_changed, timeout=WAIT):
        assign.trigger()
    assert [count for count, _ in choose.asked] == [1]
    stored = _stored(shell_ctx)
    assert stored["Bakker B.V."] is not None and stored["Anna Ångström"] is None
    qtbot.waitUntil(lambda: page.detail.customer.detail is not None, timeout=WAIT)
    shell_ctx.tasks.wait_for_all()


def test_assign_from_the_customer_list(qtbot: QtBot, shell_ctx: UiContext) -> None:
    from debtordesk.ui.pages.customers import CustomersPage

    with shell_ctx.db.write() as session:
        marieke = user_id_for(session, "marieke")
    page = CustomersPage(shell_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.loaded_once, timeout=WAIT)
    choose = Choose("marieke")
    page.assign.choose = choose
    assert page.assign.action in page.table.actions()
    with qtbot.waitSignal(page.detail.loaded, timeout=WAIT):
        page.select_customer(ids_of(shell_ctx)["Chris de Wit"])
    with qtbot.waitSignal(page.assign.assigned, timeout=WAIT) as assigned:
        page.assign_selected()
    assert assigned.args == [1]
    labels = choose.asked[0][1]
    assert labels[0].startswith("Me (") and labels[-1] == "Nobody (unassign)"
    assert "marieke" in labels
    assert _stored(shell_ctx)["Chris de Wit"] == marieke
    qtbot.waitUntil(lambda: not page.model.loading, timeout=WAIT)
    shell_ctx.tasks.wait_for_all()


def ids_of(ctx: UiContext) -> dict[str, int]:
    with ctx.db.read() as session:
        rows = session.execute(select(Customer.name, Customer.id)).all()
    return {row[0]: row[1] for row in rows}


def test_the_question_names_one_customer_in_the_singular(qapp) -> None:
    """'1 klanten toewijzen aan:' was the Dutch for one customer."""
    assert assign_prompt(1) == "Assign 1 customer to:"
    assert assign_prompt(2) == "Assign 2 customers to:"
    installed = install_translators(qapp, "nl")
    try:
        assert assign_prompt(1) == "1 klant toewijzen aan:"
        assert assign_prompt(1234) == "1.234 klanten toewijzen aan:"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        set_language("en")
