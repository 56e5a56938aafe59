"""The policy editor: the shipped policies listed, steps edited and saved through the service, a fee
on a consumer step refused with its reason, another clerk's save reported rather than overwritten, and
segment rules; the models pass Qt's model tester."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from debtordesk.domain.dunning.defaults import BUSINESS_POLICY_NAME, CONSUMER_POLICY_NAME
from debtordesk.domain.dunning.model import ActionChannel, ChannelChoice
from debtordesk.domain.enums import CustomerType
from debtordesk.services.policies import get_policy, list_policies, list_segment_rules, save_policy
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.policies import PoliciesDialog
from debtordesk.ui.dialogs.policy_steps import channels_text, parse_channels
from debtordesk.ui.main_window import MainWindow

WAIT = 10_000


@pytest.fixture
def ctx(shell_ctx: UiContext) -> UiContext:
    shell_ctx.administration.load(shell_ctx.db)
    assert shell_ctx.administration.id is not None
    return shell_ctx


def _dialog(qtbot: QtBot, ctx: UiContext, answer: bool = True) -> PoliciesDialog:
    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return answer

    dialog = PoliciesDialog(ctx, confirm=confirm)
    dialog.asked = asked  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    with qtbot.waitSignals([dialog.loaded, dialog.segments.listed], timeout=WAIT):
        dialog.show()
    return dialog


def _stored(ctx: UiContext, name: str) -> object:
    assert ctx.administration.id is not None
    return next(r for r in list_policies(ctx.db, ctx.administration.id) if r.name == name)


def test_the_shipped_policies_are_listed_with_their_steps(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = _dialog(qtbot, ctx)
    texts = [dialog.policy_list.item(i).text() for i in range(dialog.policy_list.count())]
    assert f"{CONSUMER_POLICY_NAME} (default for consumers)" in texts
    assert f"{BUSINESS_POLICY_NAME} (default for businesses)" in texts
    dialog.choose_policy(CONSUMER_POLICY_NAME)
    names = [step.name for step in dialog.steps.steps]
    assert names[0] == "Payment request before the due date"
    assert "14-day letter" in names
    dialog.choose_step("Reminder")
    assert dialog.step_form.offset.value() == 7
    assert dialog.step_form.channels.text() == "e-mail > letter; SMS > e-mail > letter"
    assert dialog.problem_text == ""


def test_a_fee_on_a_consumer_step_is_refused_with_the_reason(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = _dialog(qtbot, ctx)
    dialog.choose_policy(CONSUMER_POLICY_NAME)
    dialog.choose_step("Reminder")
    qtbot.keyClicks(dialog.step_form.fee, "7,50")
    assert "fee" in dialog.problem_text.lower()
    assert "Reminder" in dialog.problem_text
    before = _stored(ctx, CONSUMER_POLICY_NAME)
    with qtbot.waitSignal(dialog.refused, timeout=WAIT):
        dialog.save_button.click()
    assert "Nothing was saved" in dialog.message.text()
    assert "fee" in dialog.problem_text.lower()
    assert _stored(ctx, CONSUMER_POLICY_NAME) == before


def test_a_fee_on_the_business_policy_is_saved(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = _dialog(qtbot, ctx)
    dialog.choose_policy(BUSINESS_POLICY_NAME)
    dialog.choose_step("Reminder")
    qtbot.keyClicks(dialog.step_form.fee, "15,00")
    assert dialog.problem_text == ""
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        dialog.save_button.click()
    reminder = next(s for s in saved.args[0].policy.steps if s.key == "reminder")
    assert reminder.fee == Decimal("15.00")
    stored = get_policy(ctx.db, saved.args[0].id)
    assert next(s for s in stored.policy.steps if s.key == "reminder").fee == Decimal("15.00")


def test_steps_are_added_moved_and_removed_then_saved(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = _dialog(qtbot, ctx)
    dialog.choose_policy(BUSINESS_POLICY_NAME)
    count = dialog.steps.rowCount()
    dialog.choose_step("Call")
    dialog.add_step_button.click()
    assert dialog.steps.rowCount() == count + 1
    added = dialog.selected_step()
    assert added is not None
    form = dialog.step_form
    form.name.clear()
    qtbot.keyClicks(form.name, "Last call")
    form.channels.clear()
    qtbot.keyClicks(form.channels, "call > letter")
    form.offset.setValue(20)
    assert dialog.problem_text == ""
    assert dialog.steps.step(added).name == "Last call"
    # moving it before the first call puts the escalation out of order: said at once
    dialog.up_button.click()
    assert "Last call" in dialog.problem_text
    dialog.down_button.click()
    assert dialog.problem_text == ""
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        dialog.save_button.click()
    steps = get_policy(ctx.db, saved.args[0].id).policy.steps
    names = [s.name for s in steps]
    at = names.index("Call")
    assert names[at : at + 2] == ["Call", "Last call"]
    assert steps[at + 1].channels == (ChannelChoice(ActionChannel.CALL, (ActionChannel.LETTER,)),)
    qtbot.waitUntil(lambda: not dialog._busy, timeout=WAIT)
    dialog.choose_step("Last call")
    dialog.remove_step_button.click()
    assert "Last call" not in [s.name for s in dialog.steps.steps]


def test_a_word_that_is_not_a_channel_is_named_and_nothing_saved(
    qtbot: QtBot, ctx: UiContext
) -> None:
    dialog = _dialog(qtbot, ctx)
    dialog.choose_policy(BUSINESS_POLICY_NAME)
    dialog.choose_step("Reminder")
    before = _stored(ctx, BUSINESS_POLICY_NAME)
    dialog.step_form.channels.clear()
    qtbot.keyClicks(dialog.step_form.channels, "e-mail > fax")
    assert "'fax' is not a channel" in dialog.problem_text
    with qtbot.waitSignal(dialog.refused, timeout=WAIT):
        dialog.save_button.click()
    assert "Nothing was saved" in dialog.message.text()
    assert _stored(ctx, BUSINESS_POLICY_NAME) == before


def test_another_clerks_save_is_reported_not_overwritten(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = _dialog(qtbot, ctx)
    dialog.choose_policy(BUSINESS_POLICY_NAME)
    record = _stored(ctx, BUSINESS_POLICY_NAME)
    assert ctx.administration.id is not None
    # someone else saves first
    save_policy(
        ctx.db,
        ctx.administration.id,
        replace(record.policy, min_amount=Decimal("25.00")),  # type: ignore[attr-defined]
        expected_version=record.version,  # type: ignore[attr-defined]
    )
    dialog.tolerance.clear()
    qtbot.keyClicks(dialog.tolerance, "2,00")
    with qtbot.waitSignal(dialog.refused, timeout=WAIT):
        dialog.save_button.click()
    assert "Reload" in dialog.message.text()
    stored = _stored(ctx, BUSINESS_POLICY_NAME).policy  # type: ignore[attr-defined]
    assert (stored.min_amount, stored.tolerance) == (Decimal("25.00"), Decimal("1.00"))
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        dialog.reload_button.click()
    assert dialog.asked  # the unsaved tolerance was discarded only after asking
    assert dialog.min_amount.text() == "25.00"


def test_a_new_policy_is_created(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = _dialog(qtbot, ctx)
    dialog.new_button.click()
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Benefits")
    dialog.customer_type.setCurrentIndex(dialog.customer_type.findData(CustomerType.CONSUMER))
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save_button.click()
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        pass
    assert any(r.name == "Benefits" for r in dialog.records)
    assert dialog.policy_list.currentItem().text() == "Benefits"


def test_leaving_unsaved_changes_asks_first(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = _dialog(qtbot, ctx, answer=False)
    dialog.choose_policy(BUSINESS_POLICY_NAME)
    qtbot.keyClicks(dialog.name, " 2")
    dialog.choose_policy(CONSUMER_POLICY_NAME)
    assert dialog.asked
    assert dialog.name.text() == f"{BUSINESS_POLICY_NAME} 2"


def test_segment_rules_are_added_and_deleted(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = _dialog(qtbot, ctx)
    tab = dialog.segments
    dialog.tabs.setCurrentWidget(tab)
    qtbot.keyClicks(tab.name, "Benefits")
    tab.policy.setCurrentIndex(tab.policy.findText(CONSUMER_POLICY_NAME))
    qtbot.keyClicks(tab.tags, "uitkering, bijstand")
    qtbot.keyClicks(tab.days_late, "10")
    with qtbot.waitSignal(tab.listed, timeout=WAIT):
        tab.save_button.click()
    assert ctx.administration.id is not None
    (stored,) = list_segment_rules(ctx.db, ctx.administration.id)
    assert stored.rule.tags == frozenset({"uitkering", "bijstand"})
    assert stored.rule.min_average_days_late == Decimal("10")
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 2).data() == CONSUMER_POLICY_NAME
    with qtbot.waitSignal(tab.listed, timeout=WAIT):
        tab.delete_button.click()
    assert list_segment_rules(ctx.db, ctx.administration.id) == []


def test_the_models_pass_the_model_tester(qtbot: QtBot, qtmodeltester, ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, ctx)
    dialog.choose_policy(CONSUMER_POLICY_NAME)
    qtmodeltester.check(dialog.steps)
    dialog.add_step_button.click()
    dialog.up_button.click()
    qtmodeltester.check(dialog.steps)
    qtmodeltester.check(dialog.segments.model)


def test_channels_are_read_back_in_either_language() -> None:
    choices = parse_channels("sms > e-mail > letter; brief > e-mail; Call")
    assert choices == (
        ChannelChoice(ActionChannel.SMS, (ActionChannel.EMAIL, ActionChannel.LETTER)),
        ChannelChoice(ActionChannel.LETTER, (ActionChannel.EMAIL,)),
        ChannelChoice(ActionChannel.CALL),
    )
    assert parse_channels(channels_text(choices)) == choices
    with pytest.raises(ValueError, match="fax"):
        parse_channels("fax")


def test_settings_menu_opens_the_editor_on_the_current_administration(
    qtbot: QtBot, ctx: UiContext
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.policies_action.trigger()
    dialog = window.findChild(PoliciesDialog)
    assert dialog is not None
    assert dialog.administration_id == ctx.administration.id
    qtbot.waitUntil(lambda: dialog.policy_list.count() >= 2, timeout=WAIT)
    dialog.reject()
    ctx.tasks.wait_for_all()
