"""Tools > Message templates…, the real dialog over a real database and data folder: customise the shipped
template, type an SMS with ł (UCS-2 and too many parts are shown and warned about), see the sample
customer with and without transliteration, switch to the e-mail channels, save, reopen (the saved text
is there), a template error named with file and line, and revert to shipped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from debtordesk.db.models import Administration
from debtordesk.messaging.templates import shipped_folder
from debtordesk.services.database import Database
from debtordesk.services.message_templates import MESSAGES, SAMPLE_NAME
from debtordesk.services.outbox_settings import set_outbox_settings
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.message_templates import MessageTemplatesDialog
from debtordesk.ui.tasks import TaskRunner
from tests.integration.views.factory import TODAY

NAME = "nl/formal/reminder_1.txt"
SMS = (
    "\n{% block sms_what %}Przypomnienie: {{ sender.name }} nie otrzymał jeszcze płatności "
    "{{ amount|money }} za fakturę.{% endblock %}\n"
)


@pytest.fixture
def ctx(qapp: object, sqlite_db: Database, tmp_path: Path) -> Iterator[UiContext]:
    with sqlite_db.write() as session:
        row = session.get_one(Administration, 1)
        row.name = "Kinderopvang Zonnetje"
        row.iban = "NL91ABNA0417164300"
        set_outbox_settings(session, 1, {"transliterate_names": "no"}, user_id=None)
    prefs = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    tasks = TaskRunner()
    context = UiContext(db=sqlite_db, tasks=tasks, prefs=prefs, language="en", today=lambda: TODAY)
    context.administration.load(sqlite_db)
    yield context
    tasks.wait_for_all()


class Answers:
    """The confirmations the dialog asks for, answered and remembered."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.answer = True

    def __call__(self, _parent: QWidget, question: str) -> bool:
        self.asked.append(question)
        return self.answer


def _open(qtbot: QtBot, ctx: UiContext, answers: Answers) -> MessageTemplatesDialog:
    dialog = MessageTemplatesDialog(ctx, step="reminder_1", confirm=answers)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.current is not None and dialog.preview is not None)
    qtbot.waitUntil(lambda: dialog.defaults is not None)
    return dialog


def _checked(qtbot: QtBot, dialog: MessageTemplatesDialog) -> None:
    """Wait for the check of the text now in the editor."""
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.check_now()


def _type(widget: QWidget, text: str) -> None:
    """Key presses for ``text``: QTest types only ASCII without Enter, so a new line is the Return
    key and a letter such as ł comes as the key event a keyboard layout or input method sends."""
    for char in text:
        if char == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif char.isascii():
            QTest.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def _type_at_end(qtbot: QtBot, dialog: MessageTemplatesDialog, text: str) -> None:
    dialog.editor.setFocus()
    dialog.editor.moveCursor(QTextCursor.MoveOperation.End)
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        _type(dialog.editor, text)


def test_customise_type_save_reopen_and_revert(qtbot: QtBot, ctx: UiContext) -> None:
    answers = Answers()
    dialog = _open(qtbot, ctx, answers)
    shipped = (shipped_folder() / NAME).read_text(encoding="utf-8")
    assert dialog.chosen() == ("reminder_1", "nl", "formal")
    assert dialog.editor.toPlainText() == shipped and dialog.editor.isReadOnly()
    assert "shipped template nl/formal/reminder_1.txt" in dialog.file_label.text()
    assert not dialog.save_button.isEnabled() and not dialog.revert_button.isEnabled()
    # the outbox setting (no transliteration) is the option's start; the shipped SMS is GSM-7
    assert not dialog.transliterate.isChecked()
    assert "GSM-7" in dialog.counts.text() and "UCS-2" not in dialog.counts.text()
    assert "Kinderopvang Zonnetje" in dialog.shown.toPlainText()
    assert SAMPLE_NAME in dialog.customer_counts.text()
    assert "UCS-2" in dialog.customer_counts.text()  # the name alone makes it UCS-2

    QTest.mouseClick(dialog.customise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.editor.isReadOnly())
    own = MESSAGES.folder() / NAME
    assert own.read_text(encoding="utf-8") == shipped
    assert str(own) in dialog.file_label.text()

    _type_at_end(qtbot, dialog, SMS)
    counts = dialog.counts.text()
    assert "UCS-2" in counts and "(because of ł" in counts and "3 parts" in counts
    warnings = dialog.warnings.text()
    assert not dialog.warnings.isHidden()
    assert "UCS-2 because of ł" in warnings and "takes 3 parts; at most 2 are sent" in warnings
    assert "Przypomnienie" in dialog.shown.toPlainText()
    assert dialog.unsaved()

    # the sample customer with transliteration: the name in GSM-7 letters, the text still UCS-2
    dialog.transliterate.setChecked(True)
    qtbot.waitUntil(lambda: "Without writing the name" in dialog.customer_counts.text())
    assert "Malgorzata Dogan" in dialog.shown.toPlainText()

    # the e-mail channels show the same template's e-mail
    dialog.channel.setCurrentIndex(dialog.channel.findData("subject"))
    assert dialog.shown.toPlainText() == "Herinnering: nog € 123,45 te betalen"
    assert dialog.counts.text() == "Subject: 36 characters"
    dialog.channel.setCurrentIndex(dialog.channel.findData("html"))
    assert "Misschien bent u het vergeten" in dialog.shown.toPlainText()
    dialog.channel.setCurrentIndex(dialog.channel.findData("sms"))

    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert own.read_text(encoding="utf-8") == shipped + SMS
    assert "Saved as" in dialog.status.text() and not dialog.unsaved()
    dialog.close()

    again = _open(qtbot, ctx, answers)
    assert again.editor.toPlainText() == shipped + SMS and not again.editor.isReadOnly()
    assert "UCS-2" in again.counts.text() and "Przypomnienie" in again.shown.toPlainText()

    with qtbot.waitSignal(again.saved, timeout=10_000):
        QTest.mouseClick(again.revert_button, Qt.MouseButton.LeftButton)
    assert answers.asked[-1].startswith("Remove your copy")
    assert not own.exists()
    assert again.editor.toPlainText() == shipped and again.editor.isReadOnly()
    assert "shipped template" in again.file_label.text()


def test_a_template_error_is_shown_with_file_and_line_and_not_saved(
    qtbot: QtBot, ctx: UiContext
) -> None:
    answers = Answers()
    dialog = _open(qtbot, ctx, answers)
    QTest.mouseClick(dialog.customise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.editor.isReadOnly())
    own = MESSAGES.folder() / NAME
    before = own.read_text(encoding="utf-8")
    _type_at_end(qtbot, dialog, "{% block sms_what %}{{ amount|money ")
    problem = dialog.problems.text()
    assert not dialog.problems.isHidden()
    line = len(before.splitlines()) + 1  # typed on the line after the last
    assert f"The message template {own} has an error on line {line}" in problem
    dialog.save()
    qtbot.waitUntil(lambda: f"line {line}" in dialog.status.text())
    assert own.read_text(encoding="utf-8") == before

    # another step with unsaved changes asks first; "no" keeps the choice and the text
    answers.answer = False
    dialog.step.setCurrentIndex(dialog.step.findData("reminder_2"))
    assert answers.asked[-1].startswith("Your changes to this template are not saved")
    assert dialog.chosen()[0] == "reminder_1" and "amount|money" in dialog.editor.toPlainText()
    answers.answer = True
    dialog.step.setCurrentIndex(dialog.step.findData("reminder_2"))
    qtbot.waitUntil(lambda: dialog.current is not None and "reminder_2" in dialog.current.name)
    assert dialog.editor.isReadOnly() and dialog.problems.isHidden()

    own.write_text("{% if %}", encoding="utf-8")
    dialog.check_all()
    qtbot.waitUntil(lambda: "reminder_1.txt" in dialog.status.text())
    assert "line 1" in dialog.status.text()


def test_tools_menu_opens_the_dialog(qtbot: QtBot, ctx: UiContext) -> None:
    from debtordesk.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tools")
    actions = tools.actions()
    assert actions.index(window.message_templates_action) == (
        actions.index(window.template_preview_action) + 1
    )
    window.message_templates_action.trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, MessageTemplatesDialog) for w in window.children()))
    dialog = next(w for w in window.children() if isinstance(w, MessageTemplatesDialog))
    assert dialog.isVisible() and dialog.windowTitle() == "Message templates"
    qtbot.waitUntil(lambda: dialog.current is not None and dialog.preview is not None)
    assert dialog.current is not None and dialog.current.name == "nl/formal/pre_reminder.txt"
    dialog.close()
