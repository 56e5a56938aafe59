"""The policy editor's Delete policy and Make default buttons: off without a saved policy and for a
default the policy already is; deleting asks first with the name, a refusal says inline what uses the
policy; making a default moves the list's marks and the stored flag."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from debtordesk.domain.dunning.defaults import (
    BUSINESS_POLICY_NAME,
    CONSUMER_POLICY_NAME,
    business_policy,
)
from debtordesk.domain.enums import CustomerType
from debtordesk.services.policies import list_policies, save_policy, set_customer_policy
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.policies import PoliciesDialog
from tests.integration.views.factory import add_customer

WAIT = 10_000


@pytest.fixture
def ctx(shell_ctx: UiContext) -> UiContext:
    shell_ctx.administration.load(shell_ctx.db)
    assert shell_ctx.administration.id is not None
    list_policies(shell_ctx.db, shell_ctx.administration.id)
    save_policy(
        shell_ctx.db, shell_ctx.administration.id, replace(business_policy(0), name="Strict")
    )
    return shell_ctx


def _dialog(qtbot: QtBot, ctx: UiContext, *, delete: bool = True) -> PoliciesDialog:
    asked: list[str] = []

    def confirm_delete(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return delete

    dialog = PoliciesDialog(ctx, confirm=lambda *_: True, confirm_delete=confirm_delete)
    dialog.asked = asked  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    with qtbot.waitSignals([dialog.loaded, dialog.segments.listed], timeout=WAIT):
        dialog.show()
    return dialog


def _texts(dialog: PoliciesDialog) -> list[str]:
    return [dialog.policy_list.item(i).text() for i in range(dialog.policy_list.count())]


def _stored(ctx: UiContext) -> dict[str, CustomerType | None]:
    assert ctx.administration.id is not None
    return {p.name: p.default_for for p in list_policies(ctx.db, ctx.administration.id)}


def _enabled(dialog: PoliciesDialog) -> tuple[bool, bool, bool]:
    return (
        dialog.consumer_default_button.isEnabled(),
        dialog.business_default_button.isEnabled(),
        dialog.delete_button.isEnabled(),
    )


def test_the_buttons_follow_the_chosen_policy(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = _dialog(qtbot, ctx)
    dialog.choose_policy(BUSINESS_POLICY_NAME)
    # a default already: not again, nor for the other type (a policy is one type's default)
    assert _enabled(dialog) == (False, False, True)
    assert "default already" in dialog.business_default_button.toolTip()
    dialog.choose_policy("Strict")  # the shipped business policy under another name
    assert _enabled(dialog) == (False, True, True)
    assert "other customer type only" in dialog.consumer_default_button.toolTip()
    dialog.customer_type.setCurrentIndex(0)  # all customers
    with qtbot.waitSignals([dialog.saved, dialog.loaded], timeout=WAIT):
        dialog.save_button.click()
    assert _enabled(dialog) == (True, True, True)
    dialog.new_button.click()
    assert _enabled(dialog) == (False, False, False)


def test_make_default_moves_the_mark(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = _dialog(qtbot, ctx)
    dialog.choose_policy("Strict")
    with qtbot.waitSignals([dialog.made_default, dialog.loaded], timeout=WAIT):
        dialog.business_default_button.click()
    assert "Strict (default for businesses)" in _texts(dialog)
    assert BUSINESS_POLICY_NAME in _texts(dialog)
    assert dialog.policy_list.currentItem().text() == "Strict (default for businesses)"
    assert dialog.message.text() == "'Strict' is now the default for businesses."
    assert _stored(ctx) == {
        BUSINESS_POLICY_NAME: None,
        CONSUMER_POLICY_NAME: CustomerType.CONSUMER,
        "Strict": CustomerType.BUSINESS,
    }
    assert _enabled(dialog) == (False, False, True)
    # the editor holds the new version: a save after it is not a conflict
    qtbot.keyClicks(dialog.name, " 2")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save_button.click()
    assert "Strict 2" in _stored(ctx)


def test_delete_asks_with_the_name_then_deletes(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = _dialog(qtbot, ctx)
    dialog.choose_policy("Strict")
    with qtbot.waitSignals([dialog.deleted, dialog.loaded], timeout=WAIT):
        dialog.delete_button.click()
    assert dialog.asked == ["Delete the dunning policy 'Strict'? This cannot be undone."]  # type: ignore[attr-defined]
    assert "Strict" not in _stored(ctx)
    assert [text for text in _texts(dialog) if "Strict" in text] == []
    assert dialog.message.text() == "The policy 'Strict' was deleted."
    assert [record.name for record in dialog.records] == [
        BUSINESS_POLICY_NAME,
        CONSUMER_POLICY_NAME,
    ]


def test_a_declined_delete_does_nothing(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = _dialog(qtbot, ctx, delete=False)
    dialog.choose_policy("Strict")
    dialog.delete_button.click()
    assert dialog.asked  # type: ignore[attr-defined]
    assert "Strict" in _stored(ctx)
    assert dialog.message.isHidden()


def test_a_refused_delete_says_what_uses_the_policy(qtbot: QtBot, ctx: UiContext) -> None:
    strict = next(p for p in list_policies(ctx.db, 1) if p.name == "Strict")
    with ctx.db.write() as session:
        customer = add_customer(session, "K1", "Jan")
    set_customer_policy(ctx.db, customer, strict.id)
    dialog = _dialog(qtbot, ctx)
    dialog.choose_policy("Strict")
    with qtbot.waitSignal(dialog.refused, timeout=WAIT):
        dialog.delete_button.click()
    assert dialog.message.text() == (
        "The policy 'Strict' was not deleted. 1 customer has it as their own policy: give "
        "them another policy (or none) first."
    )
    assert not dialog.message.isHidden()
    dialog.choose_policy(CONSUMER_POLICY_NAME)
    with qtbot.waitSignal(dialog.refused, timeout=WAIT):
        dialog.delete_button.click()
    assert "make another policy the default for consumers first" in dialog.message.text()
    assert set(_stored(ctx)) == {BUSINESS_POLICY_NAME, CONSUMER_POLICY_NAME, "Strict"}
    assert _enabled(dialog) == (False, False, True)  # usable again after the refusal
