"""The "Assign to…" question (which clerk gets the selected customers) and the action that asks it
and assigns, for a list of customers that does not hold the clerks itself (the customer list)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QWidget

from debtordesk.i18n.catalogue import current_language
from debtordesk.services.assignments import Clerk, assign_customers, known_clerks
from debtordesk.services.database import current_login
from debtordesk.ui.context import UiContext
from debtordesk.ui.errors import show_error
from debtordesk.ui.formatting import count_text

# a choice's value: an app_user id, a login (the clerk's own, created on first sight) or None (nobody)
ClerkChoice = int | str | None

# asks the clerk; returns the chosen value in a 1-tuple, or None when cancelled (tests answer here)
ChooseClerk = Callable[[QWidget, int, Sequence[tuple[str, ClerkChoice]]], tuple[ClerkChoice] | None]


def clerk_choices(clerks: Sequence[Clerk], me: str) -> list[tuple[str, ClerkChoice]]:
    """Me first, then the other clerks by name, then nobody."""
    choices: list[tuple[str, ClerkChoice]] = [
        (QCoreApplication.translate("AssignClerk", "Me ({login})").format(login=me), me)
    ]
    choices += [(clerk.label, clerk.id) for clerk in clerks if clerk.login != me]
    choices.append((QCoreApplication.translate("AssignClerk", "Nobody (unassign)"), None))
    return choices


def assign_prompt(count: int) -> str:
    """The question above the clerks; one customer is not "1 customers"."""
    if count == 1:
        return QCoreApplication.translate("AssignClerk", "Assign 1 customer to:")
    return QCoreApplication.translate("AssignClerk", "Assign {count} customers to:").format(
        count=count_text(count, current_language())
    )


def choose_clerk_dialog(
    parent: QWidget, count: int, choices: Sequence[tuple[str, ClerkChoice]]
) -> tuple[ClerkChoice] | None:
    labels = [label for label, _ in choices]
    label, accepted = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("AssignClerk", "Assign to a clerk"),
        assign_prompt(count),
        labels,
        0,
        False,
    )
    if not accepted or label not in labels:
        return None
    return (choices[labels.index(label)][1],)


class AssignCustomersAction(QObject):
    """ "Assign to…" for the customers a page has selected: loads the clerks, asks, assigns (in the
    background); ``assigned`` fires with the number of customers that changed."""

    assigned = Signal(int)

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget,
        selected: Callable[[], Sequence[int]],
        *,
        choose: ChooseClerk = choose_clerk_dialog,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._parent = parent
        self._selected = selected
        self.choose = choose
        self.action = QAction(self.tr("Assign to…"), parent)
        self.action.setToolTip(self.tr("Assign the selected customers to a clerk"))
        self.action.triggered.connect(self.start)
        self.busy = False

    def start(self) -> None:
        customer_ids = list(self._selected())
        if self.busy or not customer_ids:
            return
        self._set_busy(True)
        db = self.ctx.db
        self.ctx.tasks.run(
            lambda _progress: known_clerks(db),
            lambda clerks: self._ask(customer_ids, clerks),
            self._failed,
        )

    def _ask(self, customer_ids: list[int], clerks: tuple[Clerk, ...]) -> None:
        picked = self.choose(
            self._parent, len(customer_ids), clerk_choices(clerks, current_login())
        )
        if picked is None:
            self._set_busy(False)
            return
        db, clerk = self.ctx.db, picked[0]
        self.ctx.tasks.run(
            lambda _progress: assign_customers(db, customer_ids, clerk),
            self._done,
            self._failed,
            write=True,
        )

    def _done(self, changed: int) -> None:
        self._set_busy(False)
        self.assigned.emit(changed)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        show_error(self._parent, error)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.action.setEnabled(not busy)
