"""Settings > Sending (SMS and e-mail)… (SQLite and PostgreSQL): the outbox settings load into the form,
only what the clerk changed is saved (and audited) and read back by the outbox, a channel without any
day is refused in the dialog, a rate above the provider's documented limit warns as it is typed, the
defaults fill in without saving, and the main window's Settings menu opens it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTime
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from debtordesk.db.models import AuditLog, OrgSetting
from debtordesk.domain.calendar import MONDAY_TO_FRIDAY
from debtordesk.i18n.catalogue import set_language
from debtordesk.services.database import Database, user_id_for
from debtordesk.services.outbox_settings import load_outbox_settings
from debtordesk.services.provider_settings import use_provider
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.outbox_settings import OutboxSettingsDialog
from debtordesk.ui.main_window import MainWindow
from debtordesk.ui.tasks import TaskRunner
from tests.integration.views.factory import TODAY

WAIT = 15_000


@pytest.fixture
def ctx(qapp: object, db: Database, tmp_path: Path) -> Iterator[UiContext]:
    prefs = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    tasks = TaskRunner()
    context = UiContext(db=db, tasks=tasks, prefs=prefs, language="en", today=lambda: TODAY)
    context.administration.load(db)
    yield context
    tasks.wait_for_all()


def _open(qtbot: QtBot, ctx: UiContext) -> OutboxSettingsDialog:
    dialog = OutboxSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(
        lambda: dialog.before is not None and dialog.save_button.isEnabled(), timeout=WAIT
    )
    return dialog


def _stored_keys(db: Database) -> set[str]:
    with db.read() as session:
        return set(session.scalars(select(OrgSetting.key)).all())


def test_shows_the_settings_and_saves_only_what_changed(qtbot: QtBot, ctx: UiContext) -> None:
    administration_id = ctx.administration.id
    assert administration_id is not None
    dialog = _open(qtbot, ctx)
    sms, email = dialog.sms, dialog.email
    # the defaults: SMS 20 a second, 2,000 an hour, 10,000 a day, Monday to Saturday 09:00-20:00,
    # not on public holidays; e-mail 2 a second, Monday to Saturday at any hour
    assert sms.rate.value() == 20 and email.rate.value() == 2
    assert (sms.hourly.value(), sms.daily.value()) == (2000, 10000)
    assert [box.isChecked() for box in sms.days] == [True] * 6 + [False]
    assert sms.hours.isChecked() and sms.opens.time() == QTime(9, 0)
    assert sms.closes.time() == QTime(20, 0) and not sms.holidays.isChecked()
    assert not email.hours.isChecked() and not email.opens.isEnabled()
    assert (dialog.segments.value(), dialog.attempts.value()) == (2, 8)
    assert dialog.transliterate.isChecked()
    assert "No provider is chosen" in sms.provider_label.text()
    assert dialog.changes() == {}

    sms.days[5].setChecked(False)  # no SMS on Saturdays
    sms.opens.setTime(QTime(10, 0))
    sms.closes.setTime(QTime(0, 0))  # until midnight
    sms.daily.setValue(0)  # no daily cap
    email.hours.setChecked(True)
    email.opens.setTime(QTime(8, 0))
    email.closes.setTime(QTime(18, 0))
    email.holidays.setChecked(True)
    dialog.attempts.setValue(12)
    assert dialog.changes() == {
        "sms.daily_cap": "none",
        "sms.window": "mon-fri 10:00-24:00",
        "email.window": "mon-sat 08:00-18:00 holidays",
        "max_attempts": "12",
    }
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save_button.click()
    assert not dialog.isVisible()
    with ctx.db.read() as session:
        settings = load_outbox_settings(session, administration_id)
        audited = session.scalars(select(AuditLog).where(AuditLog.entity == "outbox_setting")).all()
    assert settings.sms.daily_cap is None and settings.sms.hourly_cap == 2000
    assert settings.sms.window.weekdays == MONDAY_TO_FRIDAY
    assert (settings.sms.window.opens, settings.sms.window.closes) == (time(10, 0), None)
    assert settings.email.window.opens == time(8, 0)
    assert not settings.email.window.skip_public_holidays
    assert settings.max_attempts == 12 and settings.max_sms_segments == 2
    # only the four changes are stored, each audited
    assert _stored_keys(ctx.db) == {
        "outbox.sms.daily_cap",
        "outbox.sms.window",
        "outbox.email.window",
        "outbox.max_attempts",
    }
    assert len(audited) == 4

    again = _open(qtbot, ctx)
    assert again.sms.daily.value() == 0 and again.sms.daily.text() == "no limit"
    assert [box.isChecked() for box in again.sms.days] == [True] * 5 + [False] * 2
    assert again.sms.closes.time() == QTime(0, 0) and again.email.holidays.isChecked()
    assert again.changes() == {}
    # Defaults fills in DebtorDesk's defaults without saving; saving them stores them
    again.fill_defaults()
    assert again.attempts.value() == 8 and again.sms.daily.value() == 10000
    assert _stored_keys(ctx.db) == {
        "outbox.sms.daily_cap",
        "outbox.sms.window",
        "outbox.email.window",
        "outbox.max_attempts",
    }
    assert set(again.changes()) == {
        "sms.daily_cap",
        "sms.window",
        "email.window",
        "max_attempts",
    }
    again.reject()


def test_a_dutch_clerk_s_dialog_stores_the_window_in_the_stored_form(
    qtbot: QtBot, ctx: UiContext
) -> None:
    """The CLI and the outbox show a window with Dutch day names; the dialog keeps writing (and
    comparing with) the stored English form, so opening it changes nothing and a change is stored
    as mon-fri, never ma-vr."""
    set_language("nl")
    ctx.language = "nl"
    dialog = _open(qtbot, ctx)
    assert dialog.changes() == {}
    dialog.sms.days[5].setChecked(False)
    assert dialog.changes() == {"sms.window": "mon-fri 09:00-20:00"}
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        dialog.save_button.click()
    assert saved.args[0].values["sms.window"] == "mon-fri 09:00-20:00"
    assert _open(qtbot, ctx).changes() == {}


def test_a_channel_without_any_day_is_refused_in_the_dialog(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = _open(qtbot, ctx)
    for box in dialog.email.days:
        box.setChecked(False)
    dialog.attempts.setValue(20)
    dialog.save_button.click()
    assert not dialog.message.isHidden()
    assert "E-mail: tick at least one day" in dialog.message.text()
    assert dialog.isVisible()
    assert _stored_keys(ctx.db) == set()  # nothing saved, not even the attempts
    # hours that end before they begin: said in words, not as a window text
    dialog.email.days[0].setChecked(True)
    dialog.sms.opens.setTime(QTime(18, 0))
    dialog.sms.closes.setTime(QTime(9, 0))
    dialog.save_button.click()
    assert dialog.message.text() == "SMS: the hours end before they begin."
    assert _stored_keys(ctx.db) == set()
    dialog.sms.closes.setTime(QTime(0, 0))  # until midnight: fine
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save_button.click()
    assert _stored_keys(ctx.db) == {
        "outbox.sms.window",
        "outbox.email.window",
        "outbox.max_attempts",
    }


def test_a_rate_above_the_documented_limit_warns_as_it_is_typed(
    qtbot: QtBot, ctx: UiContext
) -> None:
    administration_id = ctx.administration.id
    assert administration_id is not None
    with ctx.db.write() as session:
        use_provider(session, administration_id, "sms", "bird", user_id=user_id_for(session))
    dialog = _open(qtbot, ctx)
    sms = dialog.sms
    assert sms.provider_label.text() == "Sent through Bird."
    assert sms.warning.isHidden()
    sms.rate.setValue(750)
    assert not sms.warning.isHidden()
    assert "750 a second is above the 500 a second that Bird documents" in sms.warning.text()
    # the window grows to show the warning in full
    assert dialog.height() >= dialog.sizeHint().height()
    sms.rate.setValue(500)
    assert sms.warning.isHidden()
    sms.rate.setValue(1200)
    # allowed all the same: a contract may allow more
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        dialog.save_button.click()
    form = saved.args[0]
    assert form.values["sms.rate"] == 1200
    assert len(form.warnings) == 1 and form.warnings[0].params["limit"] == 500
    # e-mail has no documented limit: no warning however fast
    again = _open(qtbot, ctx)
    again.email.rate.setValue(4000)
    assert again.email.warning.isHidden()
    assert not again.sms.warning.isHidden()  # the stored 1,200 warns on opening
    again.reject()


def test_the_settings_menu_opens_it(qtbot: QtBot, ctx: UiContext) -> None:
    window = MainWindow(ctx, import_hook=lambda _parent, _ctx, _path: False)
    qtbot.addWidget(window)
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    settings = menus["&Settings"]
    assert settings is not None
    assert window.outbox_settings_action in settings.actions()
    window.outbox_settings_action.trigger()
    qtbot.waitUntil(lambda: bool(window.findChildren(OutboxSettingsDialog)), timeout=WAIT)
    dialog = window.findChildren(OutboxSettingsDialog)[0]
    qtbot.waitUntil(lambda: dialog.before is not None, timeout=WAIT)
    dialog.reject()
