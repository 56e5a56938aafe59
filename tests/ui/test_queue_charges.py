"""The queue page and costs left open after the principal was paid: a warning, a view that lists
those customers, and waiving the costs with a reason from the page."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from debtordesk.db.models import Charge
from debtordesk.domain.dunning.model import ChargeKind, ChargeStatus
from debtordesk.services.charges import list_charges
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.hold import WaiveChargesDialog
from debtordesk.ui.pages.queue.rows import Show
from tests.integration.views.factory import TODAY, add_customer, add_invoice
from tests.ui.test_queue import _names, _page, _select, _wait_recomputed


@pytest.fixture
def paid_with_costs(shell_ctx: UiContext) -> int:
    """Eva paid her invoice (open amount 0) but not the 40.00 costs and 2.50 interest; Anna owes."""
    with shell_ctx.db.write() as session:
        eva = add_customer(
            session, "20", "Eva Betaald", address_line1="Plein 1", postcode="1000 AA"
        )
        paid = add_invoice(session, eva, "F-20", TODAY - timedelta(days=60), "300.00", "0.00")
        session.add_all(
            [
                Charge(
                    customer_id=eva,
                    invoice_id=paid,
                    kind=ChargeKind.COSTS,
                    amount=Decimal("40.00"),
                    status=ChargeStatus.OPEN,
                ),
                Charge(
                    customer_id=eva,
                    kind=ChargeKind.INTEREST,
                    amount=Decimal("2.50"),
                    status=ChargeStatus.OPEN,
                ),
            ]
        )
        anna = add_customer(session, "9", "Anna Ångström", mobile="+31612345678")
        add_invoice(session, anna, "F-9", TODAY - timedelta(days=10), "100.00")
    shell_ctx.administration.load(shell_ctx.db)
    return eva


def test_costs_left_open_are_warned_about_listed_and_waived_with_a_reason(
    qtbot: QtBot, shell_ctx: UiContext, paid_with_costs: int
) -> None:
    page = _page(qtbot, shell_ctx)
    assert "Eva Betaald" not in _names(page)  # no step is due for her
    banner = page.banner.text()
    assert "1 customer paid their invoices but still has" in banner and "42.50" in banner
    assert "'Costs left after payment'" in banner
    combo = page.filters.show_combo
    combo.setCurrentIndex(combo.findData(Show.CHARGES.value))
    qtbot.waitUntil(lambda: _names(page) == ["Eva Betaald"], timeout=15_000)
    _select(page, "Eva Betaald")
    page.dunning.waive_action.trigger()
    dialog = page.dunning.last_dialog
    assert isinstance(dialog, WaiveChargesDialog)
    dialog.ok_button.click()
    assert "Give a reason" in dialog.message.text()
    assert len(list_charges(shell_ctx.db, paid_with_costs)) == 2
    qtbot.keyClicks(dialog.text, "Goodwill: paid the principal within a week")
    _wait_recomputed(qtbot, page, dialog.ok_button.click)
    assert list_charges(shell_ctx.db, paid_with_costs) == ()
    assert _names(page) == []


def test_costs_that_came_in_with_the_invoices_are_marked_paid_without_a_reason(
    qtbot: QtBot, shell_ctx: UiContext, paid_with_costs: int
) -> None:
    page = _page(qtbot, shell_ctx)
    combo = page.filters.show_combo
    combo.setCurrentIndex(combo.findData(Show.CHARGES.value))
    qtbot.waitUntil(lambda: _names(page) == ["Eva Betaald"], timeout=15_000)
    _select(page, "Eva Betaald")
    page.dunning.waive_action.trigger()
    dialog = page.dunning.last_dialog
    assert isinstance(dialog, WaiveChargesDialog)
    dialog.paid.setChecked(True)
    assert "optional" in dialog.text.placeholderText()
    _wait_recomputed(qtbot, page, dialog.ok_button.click)
    closed = list_charges(shell_ctx.db, paid_with_costs, include_closed=True)
    assert {charge.status for charge in closed} == {ChargeStatus.PAID}
    assert _names(page) == []
