"""Settings > Sending (SMS and e-mail)…: the outbox settings of the current administration, per channel
the rate, the hourly and daily caps and the sending window (days, hours, public holidays), and the
most SMS parts, the transliteration of names and the attempts before a message is given up.

The same settings as ``debtordesk outbox settings`` (:mod:`debtordesk.services.outbox_settings`): loads
and saves off the GUI thread; only what the clerk changed is saved (each change audited); a refusal is
shown in the dialog, which stays open with what was chosen. A rate above what the channel's provider
documents is allowed with a warning, shown as soon as it is typed.
"""

from __future__ import annotations

from datetime import time
from typing import Any

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from debtordesk.domain.calendar import DEFAULT_SENDING_WINDOWS, SendingWindow
from debtordesk.domain.errors import DebtorDeskError, UserError
from debtordesk.domain.outbox import format_window, parse_window
from debtordesk.i18n.catalogue import render
from debtordesk.services.outbox_settings import (
    CHANNELS,
    DEFAULTS,
    MAX_RATE,
    PROVIDER_TITLES,
    OutboxForm,
    load_outbox_form,
    rate_warning,
    save_outbox_form,
)
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.lifetime import while_alive
from debtordesk.ui.errors import error_text, show_error

_ERROR_STYLE = "color: #b41414;"
_WARNING_STYLE = "color: #8a5a00;"
# the most messages a cap may allow (the service's range)
_MAX_CAP = 1_000_000


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class ChannelBox(QGroupBox):
    """One channel's rate, caps and sending window."""

    def __init__(self, channel: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.channel = channel
        self.provider: str | None = None
        self.language: str | None = None
        self.rate = QDoubleSpinBox()
        self.rate.setRange(0.1, MAX_RATE)
        self.rate.setDecimals(2)
        self.rate.setSuffix(self.tr(" a second"))
        self.rate.setToolTip(
            self.tr(
                "How many messages a second the outbox hands to the provider at most. Set what "
                "your contract with the provider allows."
            )
        )
        self.hourly = self._cap()
        self.daily = self._cap()
        self.provider_label = QLabel()
        self.provider_label.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(_WARNING_STYLE)
        self.warning.hide()

        self.days: list[QCheckBox] = []
        day_row = QHBoxLayout()
        names = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        for name in names:
            box = QCheckBox(name)
            self.days.append(box)
            day_row.addWidget(box)
        day_row.addStretch(1)
        self.hours = QCheckBox(self.tr("Only between"))
        self.opens = QTimeEdit()
        self.closes = QTimeEdit()
        for edit in (self.opens, self.closes):
            edit.setDisplayFormat("HH:mm")
        self.closes.setToolTip(self.tr("00:00 means until midnight"))
        hours_row = QHBoxLayout()
        hours_row.addWidget(self.hours)
        hours_row.addWidget(self.opens)
        hours_row.addWidget(QLabel(self.tr("and")))
        hours_row.addWidget(self.closes)
        hours_row.addStretch(1)
        self.holidays = QCheckBox(self.tr("Also on Dutch public holidays"))
        self.hours.toggled.connect(self._hours_toggled)

        form = QFormLayout()
        form.addRow(self.provider_label)
        form.addRow(self.tr("Rate:"), self.rate)
        form.addRow(self.tr("At most per hour:"), self.hourly)
        form.addRow(self.tr("At most per day:"), self.daily)
        form.addRow(self.tr("Send on:"), day_row)
        form.addRow(self.tr("Hours:"), hours_row)
        form.addRow("", self.holidays)
        # the warning below the form: a form layout squeezes a wrapped text into one line's height
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        self.rate.valueChanged.connect(self.check_rate)

    def _cap(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, _MAX_CAP)
        spin.setSpecialValueText(self.tr("no limit"))
        spin.setGroupSeparatorShown(True)
        return spin

    def _hours_toggled(self, on: bool) -> None:
        self.opens.setEnabled(on)
        self.closes.setEnabled(on)

    # -- the values
    def show_values(self, values: dict[str, Any], provider: str | None, language: str) -> None:
        channel = self.channel
        self.provider = provider
        if provider is None:
            self.provider_label.setText(
                self.tr("No provider is chosen for this channel yet (Settings > Providers).")
            )
        else:
            title = PROVIDER_TITLES.get(provider, provider)
            self.provider_label.setText(self.tr("Sent through {provider}.").format(provider=title))
        self.language = language
        self.rate.setValue(float(values[f"{channel}.rate"]))
        self.hourly.setValue(values[f"{channel}.hourly_cap"] or 0)
        self.daily.setValue(values[f"{channel}.daily_cap"] or 0)
        try:
            window = parse_window(str(values[f"{channel}.window"]))
        except UserError:  # a stored text this version cannot read: the default is shown
            window = DEFAULT_SENDING_WINDOWS[channel]
        for index, box in enumerate(self.days):
            box.setChecked(index in window.weekdays)
        restricted = window.opens is not None or window.closes is not None
        self.hours.setChecked(restricted)
        self._hours_toggled(restricted)
        self.opens.setTime(_qtime(window.opens or time(0)))
        self.closes.setTime(_qtime(window.closes or time(0)))
        self.holidays.setChecked(not window.skip_public_holidays)
        self.check_rate()

    def sending_window(self) -> SendingWindow:
        days = frozenset(i for i, box in enumerate(self.days) if box.isChecked())
        opens = closes = None
        if self.hours.isChecked():
            opens = _time(self.opens.time())
            until = _time(self.closes.time())
            closes = None if until == time(0) else until
        return SendingWindow(days, not self.holidays.isChecked(), opens, closes)

    def texts(self) -> dict[str, str]:
        """The channel's settings as the service reads them (its text form)."""
        channel = self.channel
        return {
            f"{channel}.rate": f"{self.rate.value():g}",
            f"{channel}.hourly_cap": str(self.hourly.value() or "none"),
            f"{channel}.daily_cap": str(self.daily.value() or "none"),
            f"{channel}.window": format_window(self.sending_window()) if self._has_days() else "",
        }

    def hours_backwards(self) -> bool:
        """True when the hours are on and end before (or when) they begin (00:00: midnight)."""
        if not self.hours.isChecked():
            return False
        until = _time(self.closes.time())
        return until != time(0) and until <= _time(self.opens.time())

    def _has_days(self) -> bool:
        return any(box.isChecked() for box in self.days)

    def check_rate(self) -> None:
        warning = rate_warning(self.channel, self.provider, self.rate.value())
        if warning is not None:
            self.warning.setText(render(warning, self.language))
        if self.warning.isHidden() == (warning is None):
            return
        self.warning.setVisible(warning is not None)
        # the window grows to show the warning in full (never shrinks what the clerk sized)
        top = self.window()
        layout = top.layout()
        if layout is not None:
            layout.activate()
        wanted = top.sizeHint().height()
        if top.isVisible() and top.height() < wanted:
            top.resize(top.width(), wanted)


class OutboxSettingsDialog(QDialog):
    """``loaded`` after each load, ``saved`` with the stored :class:`OutboxForm`."""

    loaded = Signal(object)
    saved = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.administration_id = ctx.administration.id
        self.before: OutboxForm | None = None
        self.setWindowTitle(self.tr("Sending settings"))
        self.setMinimumWidth(560)

        name = ctx.administration.name
        intro = QLabel(
            self.tr("These settings hold for the administration {name}.").format(name=name)
            if ctx.administration.several and name
            else self.tr(
                "How fast, how much and when the outbox sends SMS and e-mail. Messages that may "
                "not go out now wait in the outbox until they may."
            )
        )
        intro.setWordWrap(True)
        self.sms = ChannelBox("sms", self.tr("SMS"))
        self.email = ChannelBox("email", self.tr("E-mail"))
        self.boxes = {"sms": self.sms, "email": self.email}

        self.segments = QSpinBox()
        self.segments.setRange(1, 10)
        self.segments.setToolTip(
            self.tr("An SMS longer than this many parts is refused instead of sent.")
        )
        self.transliterate = QCheckBox(self.tr("Write names in the plain SMS alphabet"))
        self.transliterate.setToolTip(
            self.tr(
                "Letters an SMS cannot carry in its plain alphabet are written as their nearest "
                "plain letter, for example Ş as S: otherwise the whole SMS costs up to three "
                "times as many parts."
            )
        )
        self.attempts = QSpinBox()
        self.attempts.setRange(1, 50)
        self.attempts.setToolTip(
            self.tr("A message that keeps failing to go out is given up after this many attempts.")
        )
        general = QGroupBox(self.tr("All messages"))
        general_form = QFormLayout(general)
        general_form.addRow(self.tr("Most parts of an SMS:"), self.segments)
        general_form.addRow("", self.transliterate)
        general_form.addRow(self.tr("Attempts before giving up:"), self.attempts)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setToolTip(self.tr("Load the settings as they are stored now"))
        self.defaults_button = QPushButton(self.tr("Defaults"))
        self.defaults_button.setToolTip(
            self.tr("Fill in DebtorDesk's defaults; nothing changes until you save")
        )
        self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reload_button.clicked.connect(self.load)
        self.defaults_button.clicked.connect(self.fill_defaults)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.sms)
        layout.addWidget(self.email)
        layout.addWidget(general)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.load()

    # -- loading
    def load(self) -> None:
        self._set_busy(True)
        db, administration_id = self.ctx.db, self.administration_id
        self.ctx.tasks.run(
            lambda _progress: load_outbox_form(db, administration_id),
            while_alive(self, self._loaded),
            while_alive(self, self._load_failed),
        )

    def _load_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        show_error(self, error)

    def _loaded(self, form: OutboxForm) -> None:
        self.before = form
        self._show(form.values)
        self.message.hide()
        self._set_busy(False)
        self.loaded.emit(form)

    def _show(self, values: dict[str, Any]) -> None:
        assert self.before is not None
        for channel, box in self.boxes.items():
            box.show_values(values, self.before.providers.get(channel), self.ctx.language)
        self.segments.setValue(int(values["max_sms_segments"]))
        self.transliterate.setChecked(bool(values["transliterate_names"]))
        self.attempts.setValue(int(values["max_attempts"]))

    def fill_defaults(self) -> None:
        if self.before is not None:
            self._show(dict(DEFAULTS))

    # -- saving
    def texts(self) -> dict[str, str]:
        """Every setting as the form holds it, in the service's text form."""
        texts: dict[str, str] = {}
        for channel in CHANNELS:
            texts.update(self.boxes[channel].texts())
        texts["max_sms_segments"] = str(self.segments.value())
        texts["transliterate_names"] = "yes" if self.transliterate.isChecked() else "no"
        texts["max_attempts"] = str(self.attempts.value())
        return texts

    def changes(self) -> dict[str, str]:
        """The settings the clerk changed (a channel without any day checked is sent as chosen, so
        that the service refuses it with its reason)."""
        assert self.before is not None
        stored = self.before.values
        changed: dict[str, str] = {}
        for key, text in self.texts().items():
            if key.endswith(".window") and not text:
                changed[key] = "-"  # no day at all: refused below, never stored
            elif _stored_text(key, stored[key]) != text:
                changed[key] = text
        return changed

    def save(self) -> None:
        if self.before is None:
            return
        changes = self.changes()
        empty = [c for c in CHANNELS if changes.get(f"{c}.window") == "-"]
        if empty:
            box = self.boxes[empty[0]]
            self.message.setText(
                self.tr("{channel}: tick at least one day on which it may be sent.").format(
                    channel=box.title()
                )
            )
            self.message.show()
            box.days[0].setFocus()
            return
        backwards = [b for b in self.boxes.values() if b.hours_backwards()]
        if backwards:
            box = backwards[0]
            self.message.setText(
                self.tr("{channel}: the hours end before they begin.").format(channel=box.title())
            )
            self.message.show()
            box.closes.setFocus()
            return
        if not changes:
            self.accept()
            return
        db, administration_id = self.ctx.db, self.administration_id
        self._set_busy(True)
        self.ctx.tasks.run(
            lambda _progress: save_outbox_form(db, administration_id, changes),
            while_alive(self, self._saved),
            while_alive(self, self._save_failed),
            write=True,
        )

    def _saved(self, form: OutboxForm) -> None:
        self.before = form
        self._set_busy(False)
        self.saved.emit(form)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, DebtorDeskError):
            show_error(self, error)
            return
        self.message.setText(error_text(error))
        self.message.show()

    def _set_busy(self, busy: bool) -> None:
        ready = not busy and self.before is not None
        self.save_button.setEnabled(ready)
        self.defaults_button.setEnabled(ready)
        self.reload_button.setEnabled(not busy)


def _stored_text(key: str, value: Any) -> str:
    """A stored setting in the text form the dialog writes, to see whether the clerk changed it."""
    if key.endswith(".rate"):
        return f"{float(value):g}"
    if key.endswith("_cap"):
        return "none" if value is None else str(value)
    if key.endswith(".window"):
        try:
            return format_window(parse_window(str(value)))
        except UserError:
            return str(value)
    if key == "transliterate_names":
        return "yes" if value else "no"
    return str(value)
