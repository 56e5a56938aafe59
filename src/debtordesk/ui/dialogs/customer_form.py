"""The customer edit form: every editable field in groups, filled from and read back into a
CustomerEdit, with a problem shown under the field it belongs to."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from debtordesk.domain.enums import Channel, ClaimType, CustomerType
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render
from debtordesk.services.customer_checks import field_title
from debtordesk.services.customers import (
    CustomerDunning,
    CustomerEdit,
    PolicyChoice,
    country_choices,
)
from debtordesk.ui.formatting import date_text, phone_text
from debtordesk.ui.labels import label, language_name

ERROR_STYLE = "color: #b41414;"
_DATE_FORMATS = ("d-M-yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy-M-d", "d-M-yy")
_TAG_SPLIT = re.compile(r"[,;]")
_TEXT_FIELDS = (
    "name",
    "attention",
    "address_line1",
    "address_line2",
    "postcode",
    "city",
    "email",
    "mobile",
    "landline",
    "iban",
    "segment",
    "tags",
    "mandate_reference",
    "mandate_date",
    "coc_number",
)
# typed text that goes to the service as it is (the service tidies and checks it)
_PLAIN_TEXT = (
    "name",
    "attention",
    "address_line1",
    "address_line2",
    "postcode",
    "city",
    "email",
    "segment",
    "mandate_reference",
    "coc_number",
)
_LIMITS = {"name": 255, "postcode": 16, "mandate_reference": 35, "coc_number": 20}


def _iban_text(iban: str | None) -> str:
    """NL91ABNA0417164300 as it is read aloud: NL91 ABNA 0417 1643 00."""
    return " ".join(re.findall(".{1,4}", iban)) if iban else ""


def _align_labels(groups: list[QGroupBox]) -> None:
    """One label width for the groups of a column, so their fields line up."""
    labels = [
        caption for group in groups for caption in group.findChildren(QLabel) if caption.buddy()
    ]
    width = max(caption.sizeHint().width() for caption in labels)
    for caption in labels:
        caption.setMinimumWidth(width)


class CustomerForm(QWidget):
    """Fill with :meth:`set_values`, read with :meth:`values`; fields the clerk did not touch come back
    exactly as stored (a phone number shown as 06 12345678 stays +31612345678)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.before: CustomerEdit | None = None
        self.edits = {name: QLineEdit() for name in _TEXT_FIELDS}
        for name, limit in _LIMITS.items():
            self.edits[name].setMaxLength(limit)
        self.edits["mandate_date"].setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.edits["tags"].setPlaceholderText(self.tr("e.g. vip, payment plan"))
        self.customer_type = self._combo([(label(t), t) for t in CustomerType])
        self.claim_type = self._combo([(label(t), t) for t in ClaimType])
        self.language_choice = self._combo([(language_name(code), code) for code in ("nl", "en")])
        self.channel = self._combo(
            [(self.tr("No preference"), None), *((label(c), c) for c in Channel)]
        )
        self.country = self._combo(
            [
                (self.tr("— (the Netherlands)"), None),
                *((f"{name} ({code})", code) for code, name in country_choices(language)),
            ]
        )
        self.opt_outs = {
            "opt_out_sms": QCheckBox(self.tr("SMS")),
            "opt_out_email": QCheckBox(self.tr("e-mail")),
            "opt_out_call": QCheckBox(self.tr("phone calls")),
        }
        self.payment_day = QSpinBox()
        self.payment_day.setRange(0, 31)
        self.payment_day.setSpecialValueText(self.tr("—"))
        self.email_consent = QCheckBox(self.tr("agreed, also for the 14-day letter"))
        self.policy = self._combo([(self.tr("By segment / default"), None)])
        #: the dunning status, read-only: hand-over, write-off and reactivation have their own dialogs
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hints: dict[str, tuple[QFormLayout, QLabel]] = {}
        self._build()

    @staticmethod
    def _combo(items: Iterable[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        for text, value in items:
            combo.addItem(text, value)
        return combo

    # -- building
    def _tips(self) -> dict[str, str]:
        return {
            "name": self.tr("The name on letters and in the lists."),
            "customer_type": self.tr(
                "Consumers get the stricter legal rules. A type you choose here is marked as set "
                "by hand."
            ),
            "attention": self.tr("The person or department letters are addressed to."),
            "address_line1": self.tr("Street and house number."),
            "postcode": self.tr(
                "Dutch postcodes as 1234 AB. For an address abroad, choose the country first."
            ),
            "country": self.tr("Leave empty for the Netherlands."),
            "email": self.tr("Reminders by e-mail go to this address."),
            "mobile": self.tr(
                "A mobile number for text messages and calls, e.g. 06 12345678 or +32 470 12 34 "
                "56. A fixed line goes under Landline."
            ),
            "landline": self.tr("A fixed-line number, e.g. 020 123 4567."),
            "iban": self.tr(
                "The customer's bank account; for direct debit, the mandate's account."
            ),
            "preferred_payment_day": self.tr(
                "The day of the month the customer prefers to pay, e.g. after payday."
            ),
            "language": self.tr("The language of letters and messages to this customer."),
            "preferred_channel": self.tr("How the customer prefers to be reminded."),
            "mandate_reference": self.tr(
                "The reference of the signed SEPA mandate (at most 35 characters)."
            ),
            "mandate_date": self.tr("The date the customer signed the mandate, e.g. 31-12-2026."),
            "claim_type": self.tr(
                "Decides when the claim prescribes: sales to consumers after 2 years, other claims "
                "after 5."
            ),
            "segment": self.tr("A group of your own, for lists and rules."),
            "tags": self.tr("Separate tags with commas."),
            "coc_number": self.tr("Chamber of Commerce number: 8 digits."),
            "email_consent": self.tr(
                "Tick only when the customer agreed to receive legal notices by e-mail: an e-mailed "
                "14-day letter counts only then (otherwise it goes by post)."
            ),
            "policy_override_id": self.tr(
                "A dunning policy for this customer alone. 'By segment / default' lets the segment "
                "rules, or the default policy of the customer type, decide."
            ),
        }

    def _build(self) -> None:
        groups = (
            (self.tr("Name and type"), ("name", "customer_type", "attention")),
            (
                self.tr("Address"),
                ("address_line1", "address_line2", "postcode", "city", "country"),
            ),
            (self.tr("Contact"), ("email", "mobile", "landline")),
            (
                self.tr("Payment and preferences"),
                ("iban", "preferred_payment_day", "language", "preferred_channel"),
            ),
            (self.tr("Direct debit"), ("mandate_reference", "mandate_date")),
            (self.tr("Other"), ("claim_type", "segment", "tags", "coc_number")),
            (self.tr("Dunning"), ("policy_override_id", "email_consent")),
        )
        tips = self._tips()
        left, right = QVBoxLayout(), QVBoxLayout()
        boxes = [self._group(title, names, tips) for title, names in groups]
        for index, group in enumerate(boxes):
            (left if index < 3 else right).addWidget(group)
        preferences = self.hints["iban"][0]
        opt_outs = QWidget()
        row = QHBoxLayout(opt_outs)
        row.setContentsMargins(0, 0, 0, 0)
        for box in self.opt_outs.values():
            row.addWidget(box)
        row.addStretch(1)
        opt_outs.setToolTip(self.tr("The customer asked not to be contacted this way."))
        preferences.addRow(self.tr("Does not want:"), opt_outs)
        self._add_hint(preferences, "opt_outs")
        for name in self.opt_outs:
            self.hints[name] = self.hints["opt_outs"]
        dunning = self.hints["policy_override_id"][0]
        self.status.setToolTip(
            self.tr("Hand-over, write-off and reactivation are in the Customer menu.")
        )
        dunning.addRow(self.tr("Dunning status:"), self.status)
        _align_labels(boxes[:3])
        _align_labels(boxes[3:])
        note = QLabel(
            self.tr(
                "What you change here stays, also after the next import, until the source file "
                "sends a different value for that field."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        right.addWidget(note)
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        for column in (left, right):
            column.addStretch(1)
            columns.addLayout(column, 1)

    def _group(self, title: str, names: tuple[str, ...], tips: dict[str, str]) -> QGroupBox:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in names:
            editor = self.editor(name)
            editor.setToolTip(tips.get(name, ""))
            form.addRow(field_title(name) + ":", editor)
            self._add_hint(form, name)
        return group

    def _add_hint(self, form: QFormLayout, name: str) -> None:
        hint = QLabel()
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        hint.setStyleSheet(ERROR_STYLE)
        form.addRow(hint)
        form.setRowVisible(hint, False)
        self.hints[name] = (form, hint)

    # -- values in and out
    def set_dunning(self, dunning: CustomerDunning) -> None:
        """The policies to choose from and the status to show; call before :meth:`set_values`."""
        self.set_policies(dunning.policies)
        # the catalogue's words, as the queue and the hand-over dialogs say them
        words = render(Message(f"status.{dunning.status.value}"))
        text = words[:1].upper() + words[1:]
        if dunning.since is not None:
            text = self.tr("{status} since {date}").format(
                status=text, date=date_text(dunning.since, self.language)
            )
        if dunning.reason:
            text = self.tr("{status} — {reason}").format(status=text, reason=dunning.reason)
        self.status.setText(text)

    def set_policies(self, policies: Iterable[PolicyChoice]) -> None:
        self.policy.clear()
        self.policy.addItem(self.tr("By segment / default"), None)
        for choice in policies:
            self.policy.addItem(choice.name, choice.id)

    def set_values(self, values: CustomerEdit) -> None:
        self.before = values
        texts = {name: getattr(values, name) or "" for name in _TEXT_FIELDS}
        texts["mobile"] = phone_text(values.mobile)
        texts["landline"] = phone_text(values.landline)
        texts["iban"] = _iban_text(values.iban)
        texts["tags"] = ", ".join(values.tags)
        texts["mandate_date"] = date_text(values.mandate_date, self.language)
        for name, text in texts.items():
            self.edits[name].setText(text)
            self.edits[name].setCursorPosition(0)
        self._choose(self.customer_type, values.customer_type)
        self._choose(self.claim_type, values.claim_type)
        self._choose(self.language_choice, values.language)
        self._choose(self.channel, values.preferred_channel)
        self._choose(self.country, values.country)
        for name, box in self.opt_outs.items():
            box.setChecked(bool(getattr(values, name)))
        self.payment_day.setValue(values.preferred_payment_day or 0)
        self.email_consent.setChecked(values.email_consent)
        self._choose(self.policy, values.policy_override_id)
        self.show_problems({})

    @staticmethod
    def _choose(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index < 0:  # an odd stored value (e.g. a country code Babel does not know): keep it
            combo.addItem(str(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def values(self) -> CustomerEdit:
        """What the form holds; fields shown as stored come back as stored."""
        before = self.before
        assert before is not None
        texts = {name: self.edits[name].text() for name in _TEXT_FIELDS}
        shown = {
            "mobile": phone_text(before.mobile),
            "landline": phone_text(before.landline),
            "iban": _iban_text(before.iban),
        }
        phones_and_iban = {
            name: getattr(before, name) if texts[name] == text else texts[name]
            for name, text in shown.items()
        }
        values: dict[str, Any] = {name: texts[name] or None for name in _PLAIN_TEXT}
        values["name"] = texts["name"]
        values.update(phones_and_iban)
        values.update((name, box.isChecked()) for name, box in self.opt_outs.items())
        values.update(
            tags=self._tags(texts["tags"]),
            mandate_date=self.mandate_date(),
            customer_type=self.customer_type.currentData(),
            claim_type=self.claim_type.currentData(),
            language=self.language_choice.currentData(),
            preferred_channel=self.channel.currentData(),
            country=self.country.currentData(),
            preferred_payment_day=self.payment_day.value() or None,
            email_consent=self.email_consent.isChecked(),
            policy_override_id=self.policy.currentData(),
        )
        return replace(before, **values)

    def _tags(self, text: str) -> tuple[str, ...]:
        assert self.before is not None
        if text == ", ".join(self.before.tags):
            return self.before.tags
        return tuple(part.strip() for part in _TAG_SPLIT.split(text) if part.strip())

    def mandate_date(self) -> date | None:
        """The typed signing date; the stored one while the text is unchanged. Raises ValueError when
        the text is not a date."""
        assert self.before is not None
        text = self.edits["mandate_date"].text().strip()
        if text == date_text(self.before.mandate_date, self.language):
            return self.before.mandate_date
        if not text:
            return None
        for pattern in _DATE_FORMATS:
            parsed = QDate.fromString(text, pattern)
            if parsed.isValid():
                if pattern.endswith("yy") and not pattern.endswith("yyyy"):
                    parsed = parsed.addYears(100) if parsed.year() < 1950 else parsed
                return date(parsed.year(), parsed.month(), parsed.day())
        raise ValueError(text)

    # -- problems
    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each text under its field (field name -> text); hide the others."""
        shown: dict[QLabel, list[str]] = {}
        for name, text in problems.items():
            found = self.hints.get(name)
            if found is not None:
                shown.setdefault(found[1], []).append(text)
        forms = {hint: form for form, hint in self.hints.values()}  # opt-outs share one hint
        for hint, form in forms.items():
            texts = shown.get(hint)
            hint.setText("\n".join(texts or ()))
            form.setRowVisible(hint, bool(texts))

    def editor(self, name: str) -> QWidget:
        """The widget of a field, to put the cursor in."""
        widgets: dict[str, QWidget] = {
            "customer_type": self.customer_type,
            "claim_type": self.claim_type,
            "language": self.language_choice,
            "preferred_channel": self.channel,
            "country": self.country,
            "preferred_payment_day": self.payment_day,
            "email_consent": self.email_consent,
            "policy_override_id": self.policy,
            **self.opt_outs,
        }
        return self.edits.get(name) or widgets[name]
