"""The customer detail panel: contact data with the problems the import found, type and where it came
from, preferences, the customer's invoices and the timeline."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from debtordesk.services.customers import CustomerEditResult
from debtordesk.services.views import CustomerDetail, customer_detail
from debtordesk.ui.context import UiContext
from debtordesk.ui.dialogs.customer_edit import CustomerEditDialog
from debtordesk.ui.errors import show_error
from debtordesk.ui.formatting import date_text, money_text, phone_text
from debtordesk.ui.labels import label, language_name
from debtordesk.ui.models.invoices import CustomerInvoicesModel
from debtordesk.ui.models.timeline import TimelineModel
from debtordesk.ui.widgets.customer_followup import CustomerFollowup
from debtordesk.ui.widgets.customer_letters import CustomerLetters
from debtordesk.ui.widgets.data_table import DataTable
from debtordesk.ui.widgets.tag_editor import TagEditor
from debtordesk.ui.widgets.timeline_tools import TimelineTools

_FIELDS = (
    "address",
    "attention",
    "email",
    "mobile",
    "landline",
    "iban",
    "type",
    "language",
    "channel",
    "opt_outs",
    "payment_day",
    "segment",
    "tags",
    "mandate",
    "claim",
    "coc",
    "administration",
)


def _value_label() -> QLabel:
    value = QLabel()
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    value.setWordWrap(True)
    return value


class CustomerDetailPanel(QWidget):
    """Shows one customer, loaded in the background; ``loaded`` fires when it is on screen,
    ``customer_changed`` (with the id) after the clerk saved an edit of it."""

    loaded = Signal(object)
    customer_changed = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._wanted_invoice: int | None = None
        self.detail: CustomerDetail | None = None

        self._stack = QStackedWidget(self)
        self._placeholder = QLabel(self.tr("Select a customer to see the details."))
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._stack.addWidget(self._placeholder)
        self._stack.addWidget(self._build_content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    def _build_content(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        self.title = QLabel()
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.totals = QLabel()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setFrameShape(QFrame.Shape.StyledPanel)
        self.problems.setStyleSheet(
            "QLabel { background: #fff4d6; color: #6b4a00; border: 1px solid #e0b64a;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setShortcut("Ctrl+E")
        self.edit_button.setToolTip(self.tr("Change this customer's details (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit_customer)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(heading)
        for widget in (self.subtitle, self.totals, self.problems):
            layout.addWidget(widget)

        self.tabs = QTabWidget()
        details = QWidget()
        form = QFormLayout(details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        titles = {
            "address": self.tr("Address"),
            "attention": self.tr("Attention of"),
            "email": self.tr("E-mail"),
            "mobile": self.tr("Mobile"),
            "landline": self.tr("Landline"),
            "iban": self.tr("IBAN"),
            "type": self.tr("Customer type"),
            "language": self.tr("Language"),
            "channel": self.tr("Preferred channel"),
            "opt_outs": self.tr("Does not want"),
            "payment_day": self.tr("Preferred payment day"),
            "segment": self.tr("Segment"),
            "tags": self.tr("Tags"),
            "mandate": self.tr("Direct-debit mandate"),
            "claim": self.tr("Kind of claim"),
            "coc": self.tr("KvK number"),
            "administration": self.tr("Administration"),
        }
        self.values = {name: _value_label() for name in _FIELDS}
        # the tags are edited right here: chips to remove, a field with completion to add
        self.tag_editor = TagEditor(self.ctx)
        self.tag_editor.changed.connect(self._tags_changed)
        for name in _FIELDS:
            form.addRow(
                titles[name] + ":", self.tag_editor if name == "tags" else self.values[name]
            )
        self.tabs.addTab(details, self.tr("Details"))

        self.invoice_model = CustomerInvoicesModel(self.ctx.language, self)
        self.invoice_table = DataTable()
        self.invoice_table.setModel(self.invoice_model)
        # the service's order (open first) until the clerk clicks a header
        self.invoice_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.invoice_table.setSortingEnabled(True)
        self.invoice_table.set_empty_text(self.tr("This customer has no invoices."))
        self.tabs.addTab(self.invoice_table, self.tr("Invoices"))

        self.timeline_model = TimelineModel(self.ctx.language, self)
        self.timeline_table = DataTable()
        self.timeline_table.setModel(self.timeline_model)
        self.timeline_table.set_empty_text(self.tr("Nothing has happened yet."))
        # the timeline filtered by kind and exported for the customer's file (follow-up)
        self.timeline_tools = TimelineTools(self.ctx, self.timeline_table, self.timeline_model)
        self.tabs.addTab(self.timeline_tools, self.tr("Timeline"))

        self.letters = CustomerLetters(self.ctx)
        self.letters.counted.connect(
            lambda count: self.tabs.setTabText(3, self.tr("Letters ({count})").format(count=count))
        )
        self.tabs.addTab(self.letters, self.tr("Letters"))
        # calls and notes, promises, arrangements: tabs after these four (follow-up)
        self.followup = CustomerFollowup(self.ctx, self)
        layout.addWidget(self.tabs, 1)
        return content

    def show_customer(self, customer_id: int, invoice_id: int | None = None) -> None:
        """Load and show a customer; with ``invoice_id`` the invoices tab opens on that invoice."""
        self._generation += 1
        generation = self._generation
        self._wanted_invoice = invoice_id
        db, today = self.ctx.db, self.ctx.today()
        self.ctx.tasks.run(
            lambda _progress: customer_detail(db, customer_id, today=today),
            lambda detail: self._arrived(detail, generation),
            lambda error: self._failed(error, generation),
        )

    def clear(self) -> None:
        self._generation += 1
        self.detail = None
        self._stack.setCurrentIndex(0)

    def reload(self) -> None:
        if self.detail is not None:
            self.show_customer(self.detail.id)

    def edit_customer(self) -> None:
        """Open the edit dialog for the customer on screen; after a save, show the new values."""
        if self.detail is None:
            return
        dialog = CustomerEditDialog(
            self.ctx, self.detail.id, number=self.detail.number, parent=self
        )
        dialog.saved.connect(self._edited)
        dialog.open()

    def _tags_changed(self, customer_id: int) -> None:
        # the timeline shows the change; the lists (and the queue's segments) follow
        self.show_customer(customer_id)
        self.customer_changed.emit(customer_id)

    def _edited(self, result: CustomerEditResult) -> None:
        if result.changed:
            self.show_customer(result.customer_id)
            self.customer_changed.emit(result.customer_id)

    def _failed(self, error: BaseException, generation: int) -> None:
        if generation == self._generation:
            self.clear()
            show_error(self, error)

    def _arrived(self, detail: CustomerDetail, generation: int) -> None:
        if generation != self._generation:
            return
        self.detail = detail
        language = self.ctx.language
        self.title.setText(detail.name)
        self.subtitle.setText(
            self.tr("Customer {number} · {type}").format(
                number=detail.number, type=label(detail.customer_type)
            )
        )
        self.totals.setText(
            self.tr("Open: € {open}    Overdue: € {overdue}").format(
                open=money_text(detail.open_total, language),
                overdue=money_text(detail.overdue_total, language),
            )
        )
        problems = [problem.text for problem in detail.contact_problems]
        if detail.keyed_by_name:
            problems.append(
                self.tr("The file had no customer number: this customer is known by name.")
            )
        self.problems.setText("\n".join(f"⚠ {text}" for text in problems))
        self.problems.setVisible(bool(problems))
        self._fill_values(detail)
        self.invoice_model.set_rows(detail.invoices)
        self.invoice_table.resizeColumnsToContents()
        self.timeline_tools.set_entries(detail.id, detail.timeline, detail.number)
        self.timeline_table.resizeColumnsToContents()
        self.tabs.setTabText(1, self.tr("Invoices ({count})").format(count=len(detail.invoices)))
        self.tabs.setTabText(2, self.tr("Timeline ({count})").format(count=len(detail.timeline)))
        self.letters.show_customer(detail.id)
        self.followup.show_customer(detail.id)
        self._stack.setCurrentIndex(1)
        self._select_wanted_invoice()
        self.loaded.emit(detail)

    def _fill_values(self, detail: CustomerDetail) -> None:
        language = self.ctx.language
        place = " ".join(part for part in (detail.postcode, detail.city) if part)
        address = [detail.address_line1, detail.address_line2, place]
        if detail.country and detail.country != "NL":
            address.append(detail.country)
        opt_outs = [
            text
            for wanted, text in (
                (detail.opt_out_sms, self.tr("SMS")),
                (detail.opt_out_email, self.tr("e-mail")),
                (detail.opt_out_call, self.tr("phone calls")),
            )
            if wanted
        ]
        mandate = ""
        if detail.mandate_reference:
            mandate = self.tr("{reference}, signed {date}").format(
                reference=detail.mandate_reference, date=date_text(detail.mandate_date, language)
            )
        texts = {
            "address": "\n".join(part for part in address if part),
            "attention": detail.attention or "",
            "email": detail.email or "",
            "mobile": phone_text(detail.mobile),
            "landline": phone_text(detail.landline),
            "iban": detail.iban or "",
            "type": f"{label(detail.customer_type)} ({label(detail.type_origin)})",
            "language": language_name(detail.language),
            "channel": label(detail.preferred_channel) if detail.preferred_channel else "",
            "opt_outs": ", ".join(opt_outs),
            "payment_day": str(detail.preferred_payment_day or ""),
            "segment": detail.segment or "",
            "tags": ", ".join(detail.tags),
            "mandate": mandate,
            "claim": label(detail.claim_type),
            "coc": detail.coc_number or "",
            "administration": detail.administration_name,
        }
        for name, text in texts.items():
            self.values[name].setText(text or "—")
        self.tag_editor.show_tags(detail.id, detail.tags)

    def _select_wanted_invoice(self) -> None:
        if self._wanted_invoice is None:
            return
        row = self.invoice_model.row_of_id(self._wanted_invoice)
        self._wanted_invoice = None
        if row is not None:
            self.tabs.setCurrentIndex(1)
            self.invoice_table.selectRow(row)
            self.invoice_table.scrollTo(self.invoice_model.index(row, 0))
