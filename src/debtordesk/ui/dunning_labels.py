"""Words for the dunning engine's vocabularies (channels, offsets, triggers, tones, hold reasons) in the
interface language, for the queue page, the policy editor and the hold dialogs."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from debtordesk.domain.dunning.model import (
    ActionChannel,
    ChannelDecision,
    HoldReason,
    OffsetBase,
    Tone,
    Trigger,
)
from debtordesk.i18n.catalogue import render
from debtordesk.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "DunningLabels"

_TEXTS: dict[tuple[type[StrEnum], str], str] = {
    (ActionChannel, ActionChannel.SMS): QT_TRANSLATE_NOOP("DunningLabels", "SMS"),
    (ActionChannel, ActionChannel.EMAIL): QT_TRANSLATE_NOOP("DunningLabels", "e-mail"),
    (ActionChannel, ActionChannel.LETTER): QT_TRANSLATE_NOOP("DunningLabels", "letter"),
    (ActionChannel, ActionChannel.CALL): QT_TRANSLATE_NOOP("DunningLabels", "call"),
    (ActionChannel, ActionChannel.HANDOVER): QT_TRANSLATE_NOOP("DunningLabels", "hand-over"),
    (OffsetBase, OffsetBase.DUE_DATE): QT_TRANSLATE_NOOP("DunningLabels", "due date"),
    (OffsetBase, OffsetBase.PREVIOUS_STEP): QT_TRANSLATE_NOOP("DunningLabels", "previous step"),
    (OffsetBase, OffsetBase.TRIGGER): QT_TRANSLATE_NOOP("DunningLabels", "event"),
    (Trigger, Trigger.STORNO): QT_TRANSLATE_NOOP("DunningLabels", "returned direct debit"),
    (Trigger, Trigger.INSTALMENT_DUE): QT_TRANSLATE_NOOP("DunningLabels", "instalment due"),
    (Trigger, Trigger.BROKEN_PROMISE): QT_TRANSLATE_NOOP("DunningLabels", "broken promise"),
    (Tone, Tone.FORMAL): QT_TRANSLATE_NOOP("DunningLabels", "formal"),
    (Tone, Tone.INFORMAL): QT_TRANSLATE_NOOP("DunningLabels", "informal"),
    (HoldReason, HoldReason.MANUAL): QT_TRANSLATE_NOOP("DunningLabels", "hold"),
    (HoldReason, HoldReason.DISPUTE): QT_TRANSLATE_NOOP("DunningLabels", "dispute"),
    (HoldReason, HoldReason.PAID_VIA_LINK): QT_TRANSLATE_NOOP(
        "DunningLabels", "paid via payment link"
    ),
    (HoldReason, HoldReason.REPORTED_PAID): QT_TRANSLATE_NOOP(
        "DunningLabels", "customer says it is paid"
    ),
    (HoldReason, HoldReason.PROMISE): QT_TRANSLATE_NOOP("DunningLabels", "promise to pay"),
    (HoldReason, HoldReason.ARRANGEMENT): QT_TRANSLATE_NOOP("DunningLabels", "payment arrangement"),
}


def english_word(value: StrEnum) -> str:
    """The English word (the source text), for reading back what a clerk typed in either language."""
    return _TEXTS.get((type(value), value.value), value.value)


def dunning_label(value: StrEnum) -> str:
    """The word for a member of one of the dunning vocabularies, translated."""
    text = _TEXTS.get((type(value), value.value))
    if text is None:
        return value.value
    return QCoreApplication.translate(_CONTEXT, text)


def channel_words(channels: tuple[ActionChannel, ...]) -> str:
    """A fallback chain as the clerk reads it: 'SMS > e-mail > letter'."""
    return " > ".join(dunning_label(channel) for channel in channels)


def channel_text(decision: ChannelDecision) -> str:
    """'e-mail' when the step's own channel is used, 'letter (for SMS)' after a fallback, and
    'none (SMS)' when no channel of the chain reaches the customer."""
    if decision.channel is None:
        return QCoreApplication.translate("DunningLabels", "none ({channel})").format(
            channel=dunning_label(decision.requested)
        )
    if decision.channel is decision.requested:
        return dunning_label(decision.channel)
    return QCoreApplication.translate("DunningLabels", "{channel} (for {requested})").format(
        channel=dunning_label(decision.channel), requested=dunning_label(decision.requested)
    )


def absorbed_text(decision: ChannelDecision) -> str:
    """Why other channels of the step came down to this one ('No mobile number: e-mail instead.'),
    as one line, or '' when this channel absorbed none."""
    if not decision.fallback_reasons:
        return ""
    # a literal context: lupdate finds only literals
    return QCoreApplication.translate(
        "DunningLabels", "Also covers another channel: {reasons}"
    ).format(reasons=" ".join(render(reason) for reason in decision.fallback_reasons))
