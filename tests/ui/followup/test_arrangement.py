"""The arrangement dialog on SQLite and PostgreSQL: 1000.00 in 3 terms shows 333.34 / 333.33 / 333.33,
an amount per term, edited terms that no longer add up are said and cannot be saved, an edited
schedule that adds up is saved as edited; open costs must be waived or included with a reason."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from debtordesk.db.models import Charge
from debtordesk.domain.arrangements import ArrangementStatus, CostsChoice
from debtordesk.domain.dunning.model import ChargeKind, ChargeStatus
from debtordesk.services.followup import list_arrangements
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.arrangement import ArrangementDialog
from debtordesk.ui.dialogs.log_call import OpenInvoice
from debtordesk.ui.i18n import install_translators
from tests.ui.followup.conftest import WAIT, Line, customer_id, import_open_items, invoice_id

DAY0 = date(2026, 12, 14)
DUE = date(2026, 11, 1)


def _customer(ctx: UiContext, tmp_path: Path) -> tuple[int, list[OpenInvoice]]:
    import_open_items(
        ctx.db,
        tmp_path,
        [
            Line("A1", "K7", "Ria Regeling", DUE, "600.00", "600.00"),
            Line("A2", "K7", "Ria Regeling", DUE + timedelta(days=10), "400.00", "400.00"),
        ],
        export_date=DAY0,
    )
    ctx.administration.load(ctx.db)
    invoices = [
        OpenInvoice(invoice_id(ctx.db, "A1"), "A1", DUE, Decimal("600.00")),
        OpenInvoice(invoice_id(ctx.db, "A2"), "A2", DUE + timedelta(days=10), Decimal("400.00")),
    ]
    return customer_id(ctx.db, "K7"), invoices


def _dialog(
    qtbot: QtBot, ctx: UiContext, customer: int, invoices: list[OpenInvoice]
) -> ArrangementDialog:
    dialog = ArrangementDialog(ctx, customer, "K7 · Ria Regeling", invoices)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT)
    return dialog


def _terms(dialog: ArrangementDialog) -> list[tuple[str, str]]:
    table = dialog.table
    return [(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())]


def _recompute(qtbot: QtBot, dialog: ArrangementDialog, change: object) -> None:
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT):
        assert callable(change)
        change()


def test_three_terms_of_1000_add_up_to_the_cent_and_edits_are_checked(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    customer, invoices = _customer(ctx, tmp_path)
    dialog = _dialog(qtbot, ctx, customer, invoices)
    assert dialog.preview is not None and dialog.preview.total == Decimal("1000.00")
    start = DAY0 + timedelta(days=7)
    assert _terms(dialog) == [
        ("2026-12-21", "333.34"),
        ("2027-01-21", "333.33"),
        ("2027-02-21", "333.33"),
    ]
    assert "exactly the total" in dialog.sum_label.text()
    assert dialog.save_button.isEnabled()
    assert not dialog.costs_box.isVisibleTo(dialog)  # no costs open

    # an amount per term, weekly
    _recompute(qtbot, dialog, lambda: dialog.by_amount.setChecked(True))
    assert "not an amount" in dialog.message.text() or dialog.preview is None
    _recompute(qtbot, dialog, lambda: dialog.term_amount.setText("400"))
    _recompute(
        qtbot, dialog, lambda: dialog.interval.setCurrentIndex(dialog.interval.findData("week"))
    )
    assert _terms(dialog) == [
        ("2026-12-21", "400.00"),
        ("2026-12-28", "400.00"),
        ("2027-01-04", "200.00"),
    ]
    # too small an amount per term: the service's reason is shown, nothing to save
    _recompute(qtbot, dialog, lambda: dialog.term_amount.setText("5"))
    assert "minimum" in dialog.message.text()
    assert dialog.table.rowCount() == 0 and not dialog.save_button.isEnabled()

    # back to 3 terms monthly, then change the second term by hand
    _recompute(qtbot, dialog, lambda: dialog.by_count.setChecked(True))
    _recompute(
        qtbot, dialog, lambda: dialog.interval.setCurrentIndex(dialog.interval.findData("month"))
    )
    assert [amount for _due, amount in _terms(dialog)] == ["333.34", "333.33", "333.33"]
    dialog.table.item(1, 2).setText("300.00")
    assert "€ 33.33 less than the total of € 1,000.00" in dialog.sum_label.text()
    assert not dialog.save_button.isEnabled()
    dialog.table.item(2, 2).setText("366.66")
    assert (
        "exactly the total" in dialog.sum_label.text()
        and "changed by hand" in dialog.sum_label.text()
    )
    dialog.table.item(2, 1).setText("15-03-2027")
    dialog.table.item(0, 1).setText("not a day")
    assert "Term 1: the due date is not a date." in dialog.sum_label.text()
    assert not dialog.save_button.isEnabled()
    dialog.table.item(0, 1).setText("21-12-2026")
    assert dialog.save_button.isEnabled()

    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        dialog.save_button.click()
    record = saved.args[0]
    assert record.status is ArrangementStatus.ACTIVE
    assert [(t.due, t.amount) for t in record.terms] == [
        (start, Decimal("333.34")),
        (date(2027, 1, 21), Decimal("300.00")),
        (date(2027, 3, 15), Decimal("366.66")),
    ]
    assert record.invoice_numbers == ("A1", "A2")
    (stored,) = list_arrangements(ctx.db, customer)
    assert stored.total == Decimal("1000.00") and stored.costs_choice is CostsChoice.NONE


def test_chosen_invoices_and_costs_waived_with_a_reason(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    customer, invoices = _customer(ctx, tmp_path)
    with ctx.db.write() as session:
        session.add(
            Charge(
                customer_id=customer,
                invoice_id=invoices[0].id,
                kind=ChargeKind.COSTS,
                amount=Decimal("90.00"),
                status=ChargeStatus.OPEN,
            )
        )
    dialog = ArrangementDialog(
        ctx, customer, "K7 · Ria Regeling", invoices, chosen=[invoices[0].id]
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT)
    assert dialog.ticked_ids() == [invoices[0].id]
    assert dialog.preview is not None and dialog.preview.principal == Decimal("600.00")
    assert dialog.costs_box.isVisibleTo(dialog)
    assert "90.00" in dialog.costs_label.text()
    # including the costs raises the total to 690.00
    _recompute(qtbot, dialog, lambda: dialog.include.setChecked(True))
    assert dialog.preview.total == Decimal("690.00")
    assert [amount for _due, amount in _terms(dialog)] == ["230.00", "230.00", "230.00"]
    # waived without a reason: refused by the service, the form stays open and says why
    _recompute(qtbot, dialog, lambda: dialog.waive.setChecked(True))
    assert dialog.preview.total == Decimal("600.00")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=WAIT)
    assert "Say why the open costs (90.00)" in dialog.message.text()
    assert list_arrangements(ctx.db, customer) == ()
    dialog.costs_reason.setText("income at the social minimum")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        dialog.save_button.click()
    record = saved.args[0]
    assert (record.costs_choice, record.costs_reason, record.total) == (
        CostsChoice.WAIVED,
        "income at the social minimum",
        Decimal("600.00"),
    )
    assert record.invoice_numbers == ("A1",)


def test_one_term_is_said_in_the_singular(qtbot: QtBot, ctx: UiContext, tmp_path: Path) -> None:
    """The schedule's summary said '1 terms, together € 1,000.00: exactly the total.' ('1
    termijnen, samen …') for an arrangement of one term (a postponed payment)."""
    customer, invoices = _customer(ctx, tmp_path)
    dialog = _dialog(qtbot, ctx, customer, invoices)
    _recompute(qtbot, dialog, lambda: dialog.terms.setValue(1))
    assert dialog.sum_label.text() == "1 term, together € 1,000.00: exactly the total."
    _recompute(qtbot, dialog, lambda: dialog.terms.setValue(2))
    assert dialog.sum_label.text() == "2 terms, together € 1,000.00: exactly the total."
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_translators(app, "nl")
    try:
        dutch = _dialog(qtbot, ctx, customer, invoices)
        _recompute(qtbot, dutch, lambda: dutch.terms.setValue(1))
        assert dutch.sum_label.text().startswith("1 termijn, samen € ")
        _recompute(qtbot, dutch, lambda: dutch.terms.setValue(4))
        assert dutch.sum_label.text().startswith("4 termijnen, samen € ")
    finally:
        for translator in installed:
            app.removeTranslator(translator)
