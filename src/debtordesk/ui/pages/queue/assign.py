"""The "Assign to…" question of the queue: which clerk gets the selected customers."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

# a choice's value: an app_user id, a login (the clerk's own, created on first sight) or None (nobody)
ClerkChoice = int | str | None

# asks the clerk; returns the chosen value in a 1-tuple, or None when cancelled (tests answer here)
ChooseClerk = Callable[[QWidget, int, Sequence[tuple[str, ClerkChoice]]], tuple[ClerkChoice] | None]


def choose_clerk_dialog(
    parent: QWidget, count: int, choices: Sequence[tuple[str, ClerkChoice]]
) -> tuple[ClerkChoice] | None:
    labels = [label for label, _ in choices]
    label, accepted = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("AssignClerk", "Assign to a clerk"),
        QCoreApplication.translate("AssignClerk", "Assign {count} customers to:").format(
            count=count
        ),
        labels,
        0,
        False,
    )
    if not accepted or label not in labels:
        return None
    return (choices[labels.index(label)][1],)
