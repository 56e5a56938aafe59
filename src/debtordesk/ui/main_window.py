"""The main window: menus, toolbar, status bar and the navigation between pages; nothing more."""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QWidget,
)

from debtordesk import APP_NAME, __version__
from debtordesk.ui.administration_actions import AdministrationActions
from debtordesk.ui.context import UiContext
from debtordesk.ui.database_actions import Asker, DatabaseActions
from debtordesk.ui.pages.calls import CallsPage
from debtordesk.ui.pages.customers import CustomersPage
from debtordesk.ui.pages.disputes import DisputesPage
from debtordesk.ui.pages.invoices import InvoicesPage
from debtordesk.ui.pages.letters import LettersPage
from debtordesk.ui.pages.outbox import OutboxPage
from debtordesk.ui.pages.queue import QueuePage
from debtordesk.ui.widgets.administration_chooser import AdministrationChooser
from debtordesk.ui.widgets.database_status import DatabaseStatus
from debtordesk.ui.widgets.screen_size import initial_size

if TYPE_CHECKING:
    from debtordesk.ui.dialogs.calculator import CalculatorDialog
    from debtordesk.ui.dialogs.prescription import PrescriptionDialog

#: files the import wizard reads; dropping one on the window starts it
IMPORTABLE_SUFFIXES = frozenset({".csv", ".txt", ".xlsx", ".xls", ".ods"})

#: opens the import wizard modally; True when a batch was committed
ImportHook = Callable[[QWidget, UiContext, Path | None], bool]


def open_import_wizard(parent: QWidget, ctx: UiContext, path: Path | None) -> bool:
    from debtordesk.ui.import_wizard import open_import_wizard as wizard

    return wizard(parent, ctx, path)


def app_icon() -> QIcon:
    return QIcon(str(files("debtordesk.resources").joinpath("icons", "debtordesk.svg")))


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: UiContext,
        *,
        import_hook: ImportHook = open_import_wizard,
        asker: Asker | None = None,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.import_hook = import_hook
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.database = DatabaseActions(ctx, self, asker)
        self.database.database_changed.connect(self._database_changed)
        self.administrations = AdministrationActions(ctx, self)
        self.administrations.load_now()
        self.database.status_message.connect(
            lambda text: self.statusBar().showMessage(text, 10_000)
        )

        self.pages: dict[str, QWidget] = {}
        self.stack = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setMaximumWidth(200)
        self.navigation.setStyleSheet("QListWidget::item { padding: 7px 10px; }")
        self.navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        customers, invoices = CustomersPage(ctx), InvoicesPage(ctx)
        queue = QueuePage(ctx)
        for page in (customers, invoices):  # a clerk's edit shows in every list
            page.detail.customer_changed.connect(self.refresh_all)
        queue.detail.customer.customer_changed.connect(self.refresh_all)
        queue.run_finished.connect(lambda _summary: self.refresh_all())
        customers.dunning.changed.connect(lambda _customer_id: queue.refresh())
        # a call logged (Ctrl+L) from the queue or the customers shows in every list
        queue.followed_up.connect(lambda _result: self.refresh_all())
        customers.followed_up.connect(lambda _result: self.refresh_all())
        letters = LettersPage(ctx)
        letters.letters_changed.connect(self.refresh_all)
        outbox = OutboxPage(ctx)
        outbox.outbox_changed.connect(self.refresh_all)
        self.add_page("queue", self.tr("Queue"), queue)
        self.add_page("letters", self.tr("Letters"), letters)
        self.add_page("outbox", self.tr("Outbox"), outbox)
        self.add_page("customers", self.tr("Customers"), customers)
        self.add_page("invoices", self.tr("Invoices"), invoices)
        self.add_page("imports", self.tr("Import history"), self._history_page())
        # the follow-up workstation: today's call list and the disputed invoices
        calls, disputes = CallsPage(ctx), DisputesPage(ctx)
        calls.detail.customer_changed.connect(self.refresh_all)
        disputes.detail.customer_changed.connect(self.refresh_all)
        calls.call_logged.connect(lambda _result: self.refresh_all())
        calls.arrangement_saved.connect(lambda _record: self.refresh_all())
        disputes.disputes_changed.connect(self.refresh_all)
        self.add_page("calls", self.tr("Call list"), calls)
        self.add_page("disputes", self.tr("Disputes"), disputes)
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([160, 1200])
        self.setCentralWidget(splitter)

        self.status = DatabaseStatus(ctx, self.statusBar())
        self.calculator: CalculatorDialog | None = None
        self.prescription: PrescriptionDialog | None = None
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        ctx.administration.changed.connect(self.status.refresh)
        ctx.administration.changed.connect(self._show_administration)
        ctx.administration.available_changed.connect(self._show_administration)
        self._show_administration()
        self.navigation.setCurrentRow(0)
        self._restore_window()
        self.status.refresh()

    def _history_page(self) -> QWidget:
        from debtordesk.ui.pages.imports import ImportHistoryPage

        page = ImportHistoryPage(self.ctx)
        page.data_changed.connect(self.refresh_all)
        page.refresh()
        return page

    def add_page(self, key: str, title: str, page: QWidget) -> None:
        self.pages[key] = page
        self.stack.addWidget(page)
        self.navigation.addItem(title)

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(list(self.pages).index(key))

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    # -- actions and menus
    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.import_action = self._action(
            self.tr("&Import…"), self.start_import, "Ctrl+I", sp.SP_DialogOpenButton
        )
        self.backup_action = self._action(
            self.tr("&Back up now"), self.database.back_up_now, None, sp.SP_DialogSaveButton
        )
        self.restore_action = self._action(self.tr("&Restore…"), self.database.restore)
        self.open_db_action = self._action(
            self.tr("&Open database…"), self.database.open_other, None, sp.SP_DirOpenIcon
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.page_actions = [
            self._action(self.tr("&Queue"), lambda: self.show_page("queue"), "Ctrl+1"),
            self._action(self.tr("&Letters"), lambda: self.show_page("letters"), "Ctrl+2"),
            self._action(self.tr("&Outbox"), lambda: self.show_page("outbox"), "Ctrl+3"),
            self._action(self.tr("&Customers"), lambda: self.show_page("customers"), "Ctrl+4"),
            self._action(self.tr("In&voices"), lambda: self.show_page("invoices"), "Ctrl+5"),
            self._action(self.tr("Import &history"), lambda: self.show_page("imports"), "Ctrl+6"),
        ]
        self.refresh_action = self._action(
            self.tr("&Refresh"), self.refresh_all, "F5", sp.SP_BrowserReload
        )
        self.find_action = self._action(self.tr("&Find"), self.focus_search, "Ctrl+F")
        self.organisation_action = self._action(
            self.tr("&Organisation…"), self.administrations.edit_organisation
        )
        self.administrations_action = self._action(
            self.tr("&Administrations…"), self.administrations.edit_administrations
        )
        self.policies_action = self._action(self.tr("&Dunning policies…"), self.edit_policies)
        self.legal_action = self._action(self.tr("&Legal and interest…"), self.edit_legal_settings)
        self.followup_settings_action = self._action(
            self.tr("&Follow-up…"), self.edit_followup_settings
        )
        self.providers_action = self._action(
            self.tr("&Providers (payment links, SMS, e-mail)…"), self.edit_providers
        )
        self.outbox_settings_action = self._action(
            self.tr("&Sending (SMS and e-mail)…"), self.edit_outbox_settings
        )
        self.template_preview_action = self._action(
            self.tr("Letter &template preview…"), self.open_template_preview
        )
        self.message_templates_action = self._action(
            self.tr("&Message templates (SMS, e-mail)…"), self.open_message_templates
        )
        self.about_action = self._action(self.tr("&About DebtorDesk"), self.about)
        self.calculator_action = self._action(
            self.tr("Cost and interest &calculator…"), self.open_calculator, "Ctrl+K"
        )
        self.prescription_action = self._action(
            self.tr("Claims nearing &prescription…"), self.open_prescription
        )
        # the follow-up pages come after the others in the navigation, and so do their keys
        self.followup_actions = [
            self._action(self.tr("&Call list"), lambda: self.show_page("calls"), "Ctrl+7"),
            self._action(self.tr("&Disputes"), lambda: self.show_page("disputes"), "Ctrl+8"),
        ]
        # Ctrl+L itself belongs to the pages (the call list, the queue, the customers): each logs a
        # call with the customer chosen there; the menu shows the key without taking it
        self.log_call_action = self._action(self.tr("&Log call…") + "\tCtrl+L", self._log_call)
        self.dial_action = self._action(
            self.tr("C&all the customer"), lambda: self._on_calls("dial")
        )
        self.arrangement_action = self._action(
            self.tr("Payment &arrangement…"), lambda: self._on_calls("new_arrangement")
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addActions([self.backup_action, self.restore_action])
        file_menu.addSeparator()
        file_menu.addAction(self.open_db_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions(self.page_actions)
        view_menu.addActions(self.followup_actions)
        view_menu.addSeparator()
        view_menu.addActions([self.find_action, self.refresh_action])
        bar.addMenu(self.tr("&Settings")).addActions(
            [
                self.organisation_action,
                self.administrations_action,
                self.legal_action,
                self.followup_settings_action,
                self.policies_action,
                self.providers_action,
                self.outbox_settings_action,
            ]
        )
        customer_menu = bar.addMenu(self.tr("C&ustomer"))
        for name, text in (
            ("hold_action", self.tr("Put on &hold…")),
            ("lift_action", self.tr("&Lift hold…")),
            ("hand_over_action", self.tr("Hand &over to collection agency…")),
            ("write_off_action", self.tr("&Write off…")),
            ("reactivate_action", self.tr("&Resume dunning…")),
            ("waive_action", self.tr("Settle &costs and interest…")),
        ):
            customer_menu.addAction(
                self._action(text, lambda name=name: self._dunning_action(name))  # type: ignore[misc]
            )
        customer_menu.addSeparator()
        self.assign_action = self._action(self.tr("&Assign to…"), self._assign_selected)
        customer_menu.addAction(self.assign_action)
        followup_menu = bar.addMenu(self.tr("F&ollow-up"))
        followup_menu.addActions(self.followup_actions)
        followup_menu.addSeparator()
        followup_menu.addActions([self.dial_action, self.log_call_action, self.arrangement_action])
        bar.addMenu(self.tr("&Tools")).addActions(
            [
                self.calculator_action,
                self.prescription_action,
                self.template_preview_action,
                self.message_templates_action,
            ]
        )
        bar.addMenu(self.tr("&Help")).addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.import_action, self.refresh_action, self.backup_action])
        self.chooser = AdministrationChooser(self.ctx.administration)
        self.chooser_action = toolbar.addWidget(self.chooser)

    # -- what the actions do
    def start_import(self, path: Path | None = None) -> None:
        if self.import_hook(self, self.ctx, path):
            self.refresh_all()

    def refresh_all(self) -> None:
        for page in self.pages.values():
            refresh = getattr(page, "refresh", None)
            if refresh is not None:
                refresh()
        self.status.refresh()
        self.administrations.reload()

    # -- the administrations
    def _database_changed(self) -> None:
        # another database has other administrations: the lists reload when the current one changes
        if not self.administrations.load_now():
            self.refresh_all()

    def _show_administration(self) -> None:
        several = self.ctx.administration.several
        self.chooser_action.setVisible(several)
        name = self.ctx.administration.name
        self.setWindowTitle(f"{APP_NAME} — {name}" if several and name else APP_NAME)

    def open_calculator(self) -> None:
        """The calculator stays open beside the lists (clerks use it on the phone); one at a time."""
        from debtordesk.ui.dialogs.calculator import CalculatorDialog

        if self.calculator is None:
            self.calculator = CalculatorDialog(self.ctx, self)
        self.calculator.show()
        self.calculator.raise_()
        self.calculator.activateWindow()

    def open_prescription(self) -> PrescriptionDialog:
        """The claims nearing prescription, looked up again each time the list is opened."""
        from debtordesk.ui.dialogs.prescription import PrescriptionDialog

        if self.prescription is None:
            self.prescription = PrescriptionDialog(self.ctx, self)
        else:
            self.prescription.reload()
        self.prescription.show()
        self.prescription.raise_()
        self.prescription.activateWindow()
        return self.prescription

    def _dunning_action(self, name: str) -> None:
        """Holds, hand-over and write-off act on the customer selected in the current page."""
        actions = getattr(self.current_page(), "dunning", None)
        if actions is not None:
            getattr(actions, name).trigger()

    def _log_call(self) -> None:
        """A call with the customer chosen in the current page (the queue, the customers, the
        call list); with nobody chosen there, the call list."""
        log_call = getattr(self.current_page(), "log_call", None)
        if log_call is not None and self.current_page() is not self.pages["calls"] and log_call():
            return
        self._on_calls("log_call")

    def _on_calls(self, name: str) -> None:
        """Logging a call, dialling and arrangements act on the customer chosen in the call list."""
        self.show_page("calls")
        getattr(self.pages["calls"], name)()

    def _assign_selected(self) -> None:
        """Assigning to a clerk acts on the customers selected in the queue."""
        assign = getattr(self.current_page(), "assign_selected", None)
        if assign is not None:
            assign()

    def edit_providers(self) -> None:
        """Which provider sends payment links, SMS and e-mail; keys in the OS keyring."""
        from debtordesk.ui.dialogs.providers import ProvidersDialog

        dialog = ProvidersDialog(self.ctx, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def open_template_preview(self) -> None:
        """Any letter template rendered for a chosen customer (the selected one, if any)."""
        from debtordesk.ui.dialogs.template_preview import TemplatePreviewDialog

        number = ""
        detail = getattr(self.current_page(), "selected_customer_number", None)
        if callable(detail):
            number = detail() or ""
        dialog = TemplatePreviewDialog(self.ctx, customer_number=number, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        if number:
            dialog.render_now()

    def open_message_templates(self) -> None:
        """The organisation's SMS and e-mail texts per step, with the live SMS check."""
        from debtordesk.ui.dialogs.message_templates import MessageTemplatesDialog

        dialog = MessageTemplatesDialog(self.ctx, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def edit_legal_settings(self) -> None:
        """VAT uplift, payment allocation, postal days and the interest table; an open calculator and
        the lists follow a change."""
        from debtordesk.ui.dialogs.legal_settings import LegalSettingsDialog

        dialog = LegalSettingsDialog(self.ctx, self)

        def changed() -> None:
            if self.calculator is not None:
                self.calculator.load_settings()
            self.refresh_all()

        dialog.saved.connect(lambda _settings: changed())
        dialog.rates_changed.connect(changed)
        dialog.open()

    def edit_followup_settings(self) -> None:
        """Grace periods, arrangement limits and the call list's recall days of the current
        administration; the lists follow a change."""
        from debtordesk.ui.dialogs.followup_settings import FollowupSettingsDialog

        dialog = FollowupSettingsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _settings: self.refresh_all())
        dialog.open()

    def edit_outbox_settings(self) -> None:
        """Rates, caps and sending windows of the outbox for the current administration."""
        from debtordesk.ui.dialogs.outbox_settings import OutboxSettingsDialog

        dialog = OutboxSettingsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def edit_policies(self) -> None:
        """The policy editor for the current administration; the lists follow a saved change."""
        from debtordesk.ui.dialogs.policies import PoliciesDialog

        dialog = PoliciesDialog(self.ctx, self)
        dialog.saved.connect(lambda _record: self.refresh_all())
        dialog.segments.changed.connect(self.refresh_all)
        dialog.open()

    def focus_search(self) -> None:
        focus = getattr(self.current_page(), "focus_search", None)
        if focus is not None:
            focus()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About DebtorDesk"),
            self.tr(
                "<b>DebtorDesk {version}</b><br>Credit management for Dutch debtor teams: import, "
                "follow-up, reminders.<br><br>Database: {location}"
            ).format(version=__version__, location=self.ctx.db.describe()),
        )

    # -- drag and drop of a file to import
    @staticmethod
    def importable(event: QDragEnterEvent | QDropEvent) -> Path | None:
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if url.isLocalFile() and path.suffix.lower() in IMPORTABLE_SUFFIXES:
                return path
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.importable(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self.importable(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.start_import(path)

    # -- window state per user
    def _restore_window(self) -> None:
        geometry = self.ctx.prefs.value("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            initial_size(self, 1360, 820)
        state = self.ctx.prefs.value("main/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.prefs.setValue("main/geometry", self.saveGeometry())
        self.ctx.prefs.setValue("main/state", self.saveState())
        for page in self.pages.values():
            if hasattr(page, "save_state"):
                page.save_state()
        self.ctx.prefs.sync()
        super().closeEvent(event)
