"""Scenario tests with a fixed "today": the four payment-request situations, direct debit, triggers,
holds and disputes, credit notes and tolerance, channels, sending windows, payday, costs and interest."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from debtordesk.domain.dunning.model import (
    ActionChannel,
    ChannelChoice,
    ChargeInput,
    ChargeKind,
    ChargeStatus,
    DunningStatus,
    FourteenDayLetterInput,
    HoldInput,
    HoldReason,
    OffsetBase,
    PastStep,
    Policy,
    Step,
    Trigger,
    TriggerEvent,
)
from debtordesk.domain.enums import CustomerType, PaymentMethod
from debtordesk.domain.legal_costs import collection_costs
from debtordesk.domain.legal_interest import statutory_interest
from debtordesk.domain.messages import Message
from debtordesk.domain.money import quantize
from debtordesk.i18n.catalogue import render

from .builders import (
    BUSINESS,
    CONSUMER,
    action_of,
    business,
    customer,
    invoice,
    one_row,
    overdue,
    rows,
    taken,
)

T = date(2026, 3, 16)  # a Monday
DD = PaymentMethod.DIRECT_DEBIT
EMAIL = (ChannelChoice(ActionChannel.EMAIL),)


def _channels(action: object) -> list[ActionChannel | None]:
    return [decision.channel for decision in action.channels]  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- the four payment requests


def test_payment_request_before_the_due_date_for_a_manual_payer() -> None:
    action = action_of(T, [customer()], [invoice(1, T + timedelta(days=3))])
    assert action.step_key == "pre_reminder"
    assert _channels(action) == [ActionChannel.SMS]
    assert action.due_on == T and action.overdue_amount == 0
    assert action.reason.code == "dunning.reason.pre_reminder.one"
    # a direct-debit payer with a mandate gets none: the debit collects itself
    row = one_row(
        T, [customer(mandate_valid=True)], [invoice(1, T + timedelta(days=3), payment_method=DD)]
    )
    assert row.action is None and row.blocked is not None
    assert row.blocked.code == "dunning.blocked.direct_debit"


def test_payment_request_after_a_storno() -> None:
    returned = T - timedelta(days=1)
    debit = invoice(1, T - timedelta(days=5), payment_method=DD, storno_date=returned)
    payer = customer(mandate_valid=True)
    action = action_of(T, [payer], [debit])
    assert action.step_key == "storno"
    assert action.due_on == returned
    assert _channels(action) == [ActionChannel.SMS]
    assert action.reason.code == "dunning.reason.storno.one"
    assert action.reason.params["on"] == returned
    # once per storno: taken today, not again tomorrow
    tomorrow = T + timedelta(days=1)
    row = one_row(tomorrow, [payer], [debit], past_steps=taken(action, planned_on=T))
    assert row.action is None
    # the escalation counts from the storno: the reminder comes 7 days after it, not after the due date
    assert row.blocked is not None and row.blocked.params == {
        "step": "Reminder",
        "on": returned + timedelta(days=7),
    }
    assert action_of(
        returned + timedelta(days=7), [payer], [debit], past_steps=taken(action)
    ).step_key == ("reminder_1")


def test_a_storno_from_the_trigger_inbox_concerns_the_direct_debit_invoices() -> None:
    payer = customer(mandate_valid=True)
    invoices = [
        invoice(1, T - timedelta(days=4), payment_method=DD),
        invoice(
            2,
            T - timedelta(days=4),
            "50.00",
            payment_method=DD,
        ),
        invoice(3, T + timedelta(days=20), payment_method=DD),  # not collected yet
    ]
    event = TriggerEvent(1, Trigger.STORNO, T - timedelta(days=2))
    action = action_of(T, [payer], invoices, triggers=(event,))
    assert action.step_key == "storno"
    assert action.invoice_ids == (1, 2)
    assert action.open_amount == Decimal("150.00")
    # a trigger dated after the evaluation date does not count yet
    later = TriggerEvent(1, Trigger.STORNO, T + timedelta(days=1))
    assert one_row(T, [payer], invoices, triggers=(later,)).action is None


def test_a_second_storno_asks_again() -> None:
    payer = customer(mandate_valid=True)
    debit = invoice(
        1, T - timedelta(days=40), payment_method=DD, storno_date=T - timedelta(days=38)
    )
    first = PastStep(1, 1, "storno", frozenset({1}), ActionChannel.SMS, T - timedelta(days=38))
    reminder = PastStep(
        1, 1, "reminder_2", frozenset({1}), ActionChannel.LETTER, T - timedelta(days=24)
    )
    past = (first, reminder)
    # the first storno is answered; its escalation (counted from the storno) has passed the call
    # the 14-day letter is never skipped
    assert action_of(T, [payer], [debit], past_steps=past).step_key == "fourteen_day_letter"
    again = replace(debit, storno_date=T - timedelta(days=1))
    action = action_of(T, [payer], [again], past_steps=past)
    assert action.step_key == "storno"


def test_payment_request_in_arrears() -> None:
    action = action_of(T, [customer()], [overdue(1, T, 7, "80.00"), overdue(2, T, 9, "20.00")])
    assert action.step_key == "reminder_1"
    assert set(_channels(action)) == {ActionChannel.EMAIL, ActionChannel.SMS}
    assert action.invoice_ids == (2, 1)  # oldest first
    assert action.overdue_amount == Decimal("100.00")


def _with_instalments() -> Policy:
    instalment = Step(
        key="instalment",
        name="Instalment request",
        offset_days=-2,
        offset_from=OffsetBase.TRIGGER,
        trigger=Trigger.INSTALMENT_DUE,
        channels=(ChannelChoice(ActionChannel.SMS, (ActionChannel.EMAIL,)),),
    )
    return replace(CONSUMER, steps=(*CONSUMER.steps, instalment))


def test_payment_request_for_an_instalment_under_an_arrangement() -> None:
    policy = _with_instalments()
    invoices = [overdue(1, T, 50, "900.00")]
    arrangement = HoldInput(1, 1, HoldReason.ARRANGEMENT, until=T + timedelta(days=90))
    event = TriggerEvent(1, Trigger.INSTALMENT_DUE, T + timedelta(days=2), amount=Decimal("150.00"))
    # the trigger inbox holds the coming term; the step asks two days before it
    action = action_of(
        T,
        [customer()],
        invoices,
        policies=(policy, BUSINESS),
        holds=(arrangement,),
        triggers=(event,),
    )
    assert action.step_key == "instalment"
    assert action.trigger_amount == Decimal("150.00")
    assert action.reason.code == "dunning.reason.instalment_due.one"
    # the arrangement still blocks the normal escalation (the hand-over at +60 would be due otherwise)
    row = one_row(T, [customer()], invoices, policies=(policy, BUSINESS), holds=(arrangement,))
    assert row.action is None and row.blocked is not None
    assert row.blocked.code == "dunning.blocked.hold.arrangement.until"
    # a dispute is not passed by an instalment
    dispute = HoldInput(2, 1, HoldReason.DISPUTE, invoice_id=1)
    row = one_row(
        T,
        [customer()],
        invoices,
        policies=(policy, BUSINESS),
        holds=(arrangement, dispute),
        triggers=(event,),
    )
    assert row.action is None


def test_a_broken_promise_jumps_to_its_step() -> None:
    call_again = Step(
        key="promise_call",
        name="Call about the broken promise",
        offset_days=0,
        offset_from=OffsetBase.TRIGGER,
        trigger=Trigger.BROKEN_PROMISE,
        channels=(ChannelChoice(ActionChannel.CALL, (ActionChannel.LETTER,)),),
    )
    # the shipped broken-promise step replaced by one right after the call step
    steps = [step for step in CONSUMER.steps if step.trigger is not Trigger.BROKEN_PROMISE]
    steps.insert([step.key for step in steps].index("call") + 1, call_again)
    policy = replace(CONSUMER, steps=tuple(steps))
    invoices = [overdue(1, T, 20)]
    reminded = PastStep(
        1,
        1,
        "reminder_2",
        frozenset({1}),
        ActionChannel.LETTER,
        T - timedelta(days=6),
        T - timedelta(days=6),
    )
    promise = HoldInput(1, 1, HoldReason.PROMISE, until=T - timedelta(days=1))
    broken = TriggerEvent(
        1, Trigger.BROKEN_PROMISE, T - timedelta(days=1), amount=Decimal("100.00")
    )
    action = action_of(
        T,
        [customer()],
        invoices,
        policies=(policy,),
        past_steps=(reminded,),
        holds=(promise,),
        triggers=(broken,),
    )
    assert action.step_key == "promise_call"
    assert _channels(action) == [ActionChannel.CALL]
    # afterwards the invoice stands at that level: the 14-day letter and the call are skipped
    after = one_row(
        T + timedelta(days=1),
        [customer()],
        invoices,
        policies=(policy,),
        past_steps=(reminded, *taken(action, planned_on=T)),
        triggers=(broken,),
    )
    assert after.current_step == "promise_call"
    assert (
        after.blocked is not None
        and after.blocked.params["step"] == "Hand over to a collection agency"
    )


# --------------------------------------------------------------------------- direct debit without mandate


def test_direct_debit_without_a_valid_mandate_is_dunned_as_manual() -> None:
    no_mandate = customer(mandate_valid=False)
    assert action_of(
        T, [no_mandate], [invoice(1, T + timedelta(days=3), payment_method=DD)]
    ).step_key == ("pre_reminder")
    row = one_row(T, [no_mandate], [overdue(1, T, 7, payment_method=DD)])
    assert row.action is not None and row.action.step_key == "reminder_1"
    assert row.overdue_amount == Decimal("100.00")
    # with a mandate and no storno it is not overdue: the debit is being collected
    row = one_row(T, [customer(mandate_valid=True)], [overdue(1, T, 7, payment_method=DD)])
    assert row.action is None and row.overdue_amount == 0 and row.open_amount == Decimal("100.00")


# --------------------------------------------------------------------------- holds and disputes


def test_customer_hold_blocks_until_its_date_inclusive_and_resumes() -> None:
    invoices = [overdue(1, T, 10)]
    hold = HoldInput(1, 1, HoldReason.REPORTED_PAID, until=T, note="paid on Saturday")
    row = one_row(T, [customer()], invoices, holds=(hold,))
    assert row.action is None and row.holds == (hold,)
    assert (
        row.blocked is not None
        and row.blocked.code == "dunning.blocked.hold.reported_paid.until.note"
    )
    assert "16-03-2026" in render(row.blocked, "nl")
    assert render(row.blocked, "en").endswith(": the customer says it is paid. paid on Saturday")
    resumed = one_row(T + timedelta(days=1), [customer()], invoices, holds=(hold,))
    assert resumed.holds == ()
    assert resumed.action is not None and resumed.action.step_key == "reminder_1"


def test_paid_via_link_hold_without_date_stays() -> None:
    hold = HoldInput(1, 1, HoldReason.PAID_VIA_LINK)
    row = one_row(T + timedelta(days=400), [customer()], [overdue(1, T, 10)], holds=(hold,))
    assert row.action is None and row.blocked is not None
    assert row.blocked.code == "dunning.blocked.hold.paid_via_link"
    # without a note nothing trails the text (no space where the note would be)
    for language in ("en", "nl"):
        text = render(row.blocked, language)
        assert text == text.strip() and text.endswith(".")
    blank = HoldInput(1, 1, HoldReason.MANUAL, invoice_id=1, note="  ")
    only = one_row(T, [customer()], [overdue(1, T, 10)], holds=(blank,))
    assert only.blocked is not None and only.blocked.code == "dunning.blocked.invoice_hold.manual"
    assert (
        render(only.blocked, "en")
        == "Every open invoice is on hold (invoice F1: put on hold by hand)."
    )


def test_disputed_invoice_is_left_out_of_the_action() -> None:
    invoices = [overdue(1, T, 30, "500.00"), overdue(2, T, 8, "40.00")]
    dispute = HoldInput(1, 1, HoldReason.DISPUTE, invoice_id=1, until=T + timedelta(days=30))
    row = one_row(T, [customer()], invoices, holds=(dispute,))
    assert row.action is not None
    assert row.action.step_key == "reminder_1" and row.action.invoice_ids == (2,)
    # the row still shows everything open and overdue
    assert row.open_amount == row.overdue_amount == Decimal("540.00")
    assert row.days_overdue == 30
    only = one_row(T, [customer()], invoices[:1], holds=(dispute,))
    assert only.action is None and only.blocked is not None
    assert only.blocked.code == "dunning.blocked.invoice_hold.dispute.until"
    assert only.blocked.params["invoice"] == "F1"


# --------------------------------------------------------------------------- credit notes, tolerance, minimum


def test_credit_note_nets_and_is_listed() -> None:
    invoices = [overdue(1, T, 8, "100.00"), invoice(2, T + timedelta(days=10), "-60.00")]
    action = action_of(T, [customer()], invoices)
    assert action.invoice_ids == (1, 2)
    assert action.open_amount == action.overdue_amount == Decimal("40.00")


def test_net_overdue_within_tolerance_or_below_minimum_sends_nothing() -> None:
    within = [overdue(1, T, 8, "100.00"), invoice(2, T, "-99.50")]
    row = one_row(T, [customer()], within)
    assert row.action is None and row.blocked is not None
    assert row.blocked.code == "dunning.blocked.within_tolerance"
    assert row.blocked.params["amount"] == Decimal("0.50")
    below = [overdue(1, T, 8, "100.00"), invoice(2, T, "-96.00")]
    row = one_row(T, [customer()], below)
    assert row.blocked is not None and row.blocked.code == "dunning.blocked.below_minimum"
    assert row.blocked.params == {
        "step": "Reminder",
        "amount": Decimal("4.00"),
        "minimum": Decimal("5.00"),
    }


def test_tiny_residual_invoices_are_not_dunned() -> None:
    invoices = [overdue(1, T, 40, "0.80"), overdue(2, T, 8, "25.00")]
    action = action_of(T, [customer()], invoices)
    assert action.step_key == "reminder_1" and action.invoice_ids == (2,)
    row = one_row(T, [customer()], invoices[:1])
    assert row.action is None and row.open_amount == Decimal("0.80")
    assert row.blocked is not None and row.blocked.code == "dunning.blocked.residual"


def test_handed_over_and_written_off_are_never_dunned() -> None:
    for status, code in (
        (DunningStatus.HANDED_OVER, "dunning.blocked.handed_over"),
        (DunningStatus.WRITTEN_OFF, "dunning.blocked.written_off"),
    ):
        row = one_row(T, [customer(status=status)], [overdue(1, T, 70)])
        assert row.action is None and row.blocked is not None and row.blocked.code == code


# --------------------------------------------------------------------------- channels


def test_no_mobile_number_falls_back_to_email() -> None:
    action = action_of(T, [customer(has_mobile=False)], [invoice(1, T + timedelta(days=3))])
    assert _channels(action) == [ActionChannel.EMAIL]
    decision = action.channels[0]
    assert decision.requested is ActionChannel.SMS
    assert render(decision.reason, "en") == "No mobile number: e-mail instead."
    assert render(decision.reason, "nl") == "Geen mobiel nummer: in plaats daarvan per e-mail."


def test_channels_are_deduplicated_after_fallback() -> None:
    # reminder 1 is e-mail + SMS; without a mobile number the SMS falls back to e-mail: one e-mail
    action = action_of(T, [customer(has_mobile=False)], [overdue(1, T, 7)])
    assert _channels(action) == [ActionChannel.EMAIL]
    # the e-mail the step asks for survives; why the SMS did not go out stays on it
    (decision,) = action.channels
    assert decision.requested is ActionChannel.EMAIL
    assert decision.reason.code == "dunning.channel.planned.email"
    assert [m.code for m in decision.fallback_reasons] == ["dunning.channel.no_mobile.email"]
    assert render(decision.fallback_reasons[0], "en") == "No mobile number: e-mail instead."
    # with a mobile number both go out, and nothing fell back
    both = action_of(T, [customer()], [overdue(1, T, 7)])
    assert set(_channels(both)) == {ActionChannel.EMAIL, ActionChannel.SMS}
    assert all(d.fallback_reasons == () for d in both.channels)
    # without mobile and e-mail both end on a letter
    action = action_of(T, [customer(has_mobile=False, has_email=False)], [overdue(1, T, 7)])
    assert _channels(action) == [ActionChannel.LETTER]
    assert action.channels[0].reason.code == "dunning.channel.no_email.letter"
    assert [m.code for m in action.channels[0].fallback_reasons] == [
        "dunning.channel.no_mobile.letter"
    ]


def test_opt_outs() -> None:
    action = action_of(T, [customer(opt_out_sms=True, opt_out_email=True)], [overdue(1, T, 7)])
    assert _channels(action) == [ActionChannel.LETTER]
    assert action.channels[0].reason.code == "dunning.channel.email_opt_out.letter"
    call = action_of(T, [customer(opt_out_call=True)], [overdue(1, T, 35)])
    assert _channels(call) == [ActionChannel.LETTER]


def test_fourteen_day_letter_by_email_only_with_consent_never_by_sms() -> None:
    no_address = customer(has_address=False)
    row = one_row(T, [no_address], [overdue(1, T, 28)])
    assert row.action is None and row.blocked is not None
    assert row.blocked.code == "dunning.blocked.unreachable"
    action = action_of(T, [replace(no_address, email_consent=True)], [overdue(1, T, 28)])
    assert _channels(action) == [ActionChannel.EMAIL]
    assert action.channels[0].reason.code == "dunning.channel.no_address.email"
    policy = replace(
        CONSUMER,
        steps=tuple(
            replace(s, channels=(ChannelChoice(ActionChannel.LETTER, (ActionChannel.SMS,)),))
            if s.key == "fourteen_day_letter"
            else s
            for s in CONSUMER.steps
        ),
    )
    row = one_row(T, [no_address], [overdue(1, T, 28)], policies=(policy,))
    assert row.action is None


# --------------------------------------------------------------------------- timing


def test_step_due_on_kings_day_goes_out_the_next_day() -> None:
    kings_day = date(2027, 4, 27)
    action = action_of(kings_day, [customer()], [overdue(1, kings_day, 7)])
    assert action.due_on == kings_day
    assert {d.channel: d.send_on for d in action.channels} == {
        ActionChannel.EMAIL: date(2027, 4, 28),
        ActionChannel.SMS: date(2027, 4, 28),
    }


def test_letter_due_at_christmas_goes_out_on_monday() -> None:
    christmas = date(2026, 12, 25)
    action = action_of(christmas, [customer()], [overdue(1, christmas, 14)])
    sends = {d.channel: d.send_on for d in action.channels}
    assert sends[ActionChannel.LETTER] == date(2026, 12, 28)
    assert sends[ActionChannel.EMAIL] == date(2026, 12, 28)  # Boxing Day, then Sunday


def test_saturday_sms_but_monday_call() -> None:
    saturday = date(2026, 3, 14)
    sms = action_of(saturday, [customer()], [overdue(1, saturday, 7)])
    assert {d.send_on for d in sms.channels} == {saturday}
    call = action_of(saturday, [business()], [overdue(1, saturday, 14)])
    assert call.step_key == "call"
    assert call.channels[0].send_on == date(2026, 3, 16)


def test_a_landline_is_enough_for_a_call() -> None:
    today = date(2026, 3, 16)
    landline_only = business(has_mobile=False, has_landline=True)
    call = action_of(today, [landline_only], [overdue(1, today, 14)])
    assert [d.channel for d in call.channels] == [ActionChannel.CALL]
    # no phone at all: the call step's fallback (a letter) with its reason
    no_phone = action_of(today, [business(has_mobile=False)], [overdue(1, today, 14)])
    (decision,) = no_phone.channels
    assert decision.requested is ActionChannel.CALL
    assert decision.channel is ActionChannel.LETTER


def test_reminder_before_payday_moves_past_it() -> None:
    friday = date(2026, 3, 20)
    payer = customer(preferred_payment_day=25)
    action = action_of(friday, [payer], [overdue(1, friday, 7)])
    assert action.due_on == friday
    assert {d.send_on for d in action.channels} == {date(2026, 3, 26)}
    # a call is not moved
    call = action_of(friday, [business(preferred_payment_day=25)], [overdue(1, friday, 14)])
    assert call.step_key == "call"
    assert call.channels[0].send_on == friday
    # the payday shift then meets the sending window: payday 28 March (Saturday) -> Sunday -> Monday
    sunday_after = customer(preferred_payment_day=28)
    letter = action_of(date(2026, 3, 24), [sunday_after], [overdue(1, date(2026, 3, 24), 14)])
    assert {d.send_on for d in letter.channels} == {date(2026, 3, 30)}
    # a pre-reminder is not moved (it would arrive after the due date)
    pre = action_of(friday, [payer], [invoice(1, friday + timedelta(days=3))])
    assert pre.channels[0].send_on == friday


# --------------------------------------------------------------------------- costs, fees and interest


def test_consumer_costs_only_after_a_valid_fourteen_day_letter_term() -> None:
    invoices = [overdue(1, T, 60, "1000.00")]
    letter = FourteenDayLetterInput(
        customer_id=1,
        invoice_ids=frozenset({1}),
        dispatched_on=T - timedelta(days=32),
        receipt_on=T - timedelta(days=28),
        costs_from=T - timedelta(days=13),
        costs_amount=Decimal("150.00"),
    )
    past = (
        PastStep(
            1,
            1,
            "call",
            frozenset({1}),
            ActionChannel.CALL,
            T - timedelta(days=25),
            T - timedelta(days=25),
        ),
    )
    action = action_of(T, [customer()], invoices, past_steps=past, fourteen_day_letters=(letter,))
    assert action.step_key == "handover"
    assert action.costs == Decimal("150.00")
    # without a valid letter whose term has passed there are no costs, and no hand-over either
    no_letter = one_row(T, [customer()], invoices, past_steps=past)
    assert no_letter.action is None and no_letter.costs == 0
    assert no_letter.blocked is not None
    assert no_letter.blocked.code == "dunning.blocked.waiting_letter"
    void = one_row(
        T,
        [customer()],
        invoices,
        past_steps=past,
        fourteen_day_letters=(replace(letter, void=True),),
    )
    assert void.action is None and void.costs == 0
    early = replace(letter, costs_from=T + timedelta(days=1))
    waiting = one_row(T, [customer()], invoices, past_steps=past, fourteen_day_letters=(early,))
    assert waiting.action is None and waiting.costs == 0
    assert waiting.blocked == Message(
        "dunning.blocked.waiting_term",
        {"step": "Hand over to a collection agency", "on": T + timedelta(days=1)},
    )


def test_business_costs_per_policy_and_once() -> None:
    invoices = [overdue(1, T, 30, "1000.00")]
    action = action_of(T, [business()], invoices)
    assert action.step_key == "formal_letter"
    assert action.costs == collection_costs(Decimal("1000.00")) == Decimal("150.00")
    with_vat = action_of(T, [business()], invoices, costs_vat_rate=Decimal("0.21"))
    assert with_vat.costs == Decimal("181.50")
    # costs are charged once: a costs charge in any state means they were
    paid = ChargeInput(1, ChargeKind.COSTS, Decimal("150.00"), ChargeStatus.PAID)
    assert action_of(T, [business()], invoices, charges=(paid,)).costs == 0
    open_costs = replace(paid, status=ChargeStatus.OPEN)
    assert action_of(T, [business()], invoices, charges=(open_costs,)).costs == Decimal("150.00")
    # a business policy that requires the 14-day letter charges only after it
    strict = replace(BUSINESS, requires_fourteen_day_letter=True)
    assert action_of(T, [business()], invoices, policies=(CONSUMER, strict)).costs == 0


def test_fourteen_day_letter_announces_the_costs_of_the_overdue_principal() -> None:
    invoices = [overdue(1, T, 28, "2000.00"), overdue(2, T, 10, "500.00"), invoice(3, T, "-100.00")]
    action = action_of(T, [customer()], invoices)
    assert action.fourteen_day_letter
    assert action.overdue_amount == Decimal("2400.00")
    assert action.costs_announced == collection_costs(Decimal("2400.00")) == Decimal("360.00")
    assert action.costs == 0  # announced, not part of the amount to pay


def test_fees_reach_business_customers_only() -> None:
    policy = replace(
        BUSINESS,
        steps=tuple(
            replace(s, fee=Decimal("12.50")) if s.key == "reminder" else s for s in BUSINESS.steps
        ),
    )
    assert action_of(
        T, [business()], [overdue(1, T, 7)], policies=(CONSUMER, policy)
    ).fee == Decimal("12.50")
    unsafe = replace(CONSUMER, steps=tuple(replace(s, fee=Decimal("5")) for s in CONSUMER.steps))
    assert action_of(T, [customer()], [overdue(1, T, 7)], policies=(unsafe, BUSINESS)).fee == 0
    open_fee = ChargeInput(1, ChargeKind.FEE, Decimal("12.50"))
    assert action_of(T, [business()], [overdue(1, T, 14)], charges=(open_fee,)).fee == Decimal(
        "12.50"
    )


def test_statutory_interest_estimate_for_business_policy() -> None:
    first, second = overdue(1, T, 30, "1000.00"), overdue(2, T, 100, "333.33")
    action = action_of(T, [business()], [first, second])
    expected = quantize(
        statutory_interest(Decimal("1000.00"), first.due_date, T, commercial=True).unrounded
        + statutory_interest(Decimal("333.33"), second.due_date, T, commercial=True).unrounded
    )
    assert expected > 0
    assert action.interest == expected
    row = one_row(T, [business()], [first, second])
    assert row.interest == expected
    # consumers under the consumer policy: no estimate
    assert action_of(T, [customer()], [first, second]).interest == 0
    # a recorded interest charge on an invoice replaces its estimate
    recorded = ChargeInput(1, ChargeKind.INTEREST, Decimal("7.00"), invoice_id=2)
    only_first = quantize(
        statutory_interest(Decimal("1000.00"), first.due_date, T, commercial=True).unrounded
    )
    assert action_of(
        T, [business()], [first, second], charges=(recorded,)
    ).interest == only_first + Decimal("7.00")
    # days before the rate table earn nothing (the table starts 2016-01-01)
    old = invoice(1, date(2015, 6, 30), "1000.00")
    from_table = quantize(
        statutory_interest(Decimal("1000.00"), date(2015, 12, 31), T, commercial=True).unrounded
    )
    assert one_row(T, [business()], [old]).interest == from_table


def test_consumer_policy_with_interest_uses_the_consumer_rate() -> None:
    policy = replace(CONSUMER, statutory_interest=True)
    item = overdue(1, T, 30, "1000.00")
    action = action_of(T, [customer()], [item], policies=(policy, BUSINESS))
    assert (
        action.interest
        == statutory_interest(Decimal("1000.00"), item.due_date, T, commercial=False).interest
    )


def test_row_costs_and_last_contact() -> None:
    past = (
        PastStep(
            1,
            1,
            "reminder_1",
            frozenset({1}),
            ActionChannel.EMAIL,
            T - timedelta(days=3),
            T - timedelta(days=3),
        ),
        PastStep(
            1, 1, "reminder_1", frozenset({1}), ActionChannel.SMS, T - timedelta(days=3), None
        ),
    )
    costs = ChargeInput(1, ChargeKind.COSTS, Decimal("40.00"))
    row = one_row(T, [customer()], [overdue(1, T, 10)], past_steps=past, charges=(costs,))
    assert row.action is None
    assert row.last_contact == T - timedelta(days=3)
    assert row.costs == Decimal("40.00")


def test_every_engine_message_has_words_in_both_languages() -> None:
    from debtordesk.domain.dunning.engine import compute_queue
    from debtordesk.i18n.catalogue import CATALOGUE

    from .builders import data

    customers = [
        customer(1),
        customer(2, has_mobile=False, has_email=False),
        customer(3, status=DunningStatus.HANDED_OVER),
        customer(4, has_address=False, has_mobile=False),
        customer(5, policy_override_id=77),
        business(6),
    ]
    invoices = [
        overdue(1, T, 7, customer_id=1),
        overdue(2, T, 14, customer_id=2),
        overdue(3, T, 70, customer_id=3),
        overdue(4, T, 28, customer_id=4),
        overdue(5, T, 7, customer_id=5),
        overdue(6, T, 2, customer_id=6),
    ]
    messages = []
    for row in compute_queue(data(T, customers, invoices)):
        if row.blocked is not None:
            messages.append(row.blocked)
        if row.action is not None:
            messages.append(row.action.reason)
            messages.extend(d.reason for d in row.action.channels)
    assert len(messages) >= 8
    for message in messages:
        assert message.code in CATALOGUE, message.code
        assert "{" not in render(message, "en") and "{" not in render(message, "nl")


def test_customer_type_condition_on_a_trigger_step() -> None:
    storno_step = replace(
        CONSUMER.steps[1],
        condition=replace(CONSUMER.steps[1].condition, customer_type=CustomerType.BUSINESS),
    )
    policy = replace(CONSUMER, steps=(CONSUMER.steps[0], storno_step, *CONSUMER.steps[2:]))
    debit = invoice(1, T - timedelta(days=3), payment_method=DD, storno_date=T)
    assert one_row(T, [customer(mandate_valid=True)], [debit], policies=(policy,)).action is None


def test_every_channel_has_a_sending_window() -> None:
    from debtordesk.domain.calendar import DEFAULT_SENDING_WINDOWS

    assert {channel.value for channel in ActionChannel} == set(DEFAULT_SENDING_WINDOWS)


def test_a_mobile_number_whose_last_sms_did_not_arrive_falls_back() -> None:
    reported = customer(mobile_undelivered=True)
    action = action_of(T, [reported], [invoice(1, T + timedelta(days=3))])
    assert _channels(action) == [ActionChannel.EMAIL]
    decision = action.channels[0]
    assert decision.requested is ActionChannel.SMS
    assert decision.reason.code == "dunning.channel.mobile_undelivered.email"
    assert render(decision.reason, "en") == (
        "The last SMS to this mobile number did not arrive: e-mail instead."
    )
    # with the number changed (or an SMS that arrived since) the loader no longer reports it
    assert _channels(action_of(T, [customer()], [invoice(1, T + timedelta(days=3))])) == [
        ActionChannel.SMS
    ]


def test_charges_left_open_after_the_principal_is_paid_keep_the_customer_in_the_queue() -> None:
    """The invoices are paid, the collection costs and interest are not: the queue shows the customer
    (nothing is lost silently) with the amount still open, and dunns nothing by itself."""
    costs = ChargeInput(1, ChargeKind.COSTS, Decimal("40.00"), invoice_id=7)
    interest = ChargeInput(1, ChargeKind.INTEREST, Decimal("3.12"))
    row = one_row(T, [customer()], [], charges=(costs, interest))
    assert row.action is None and row.blocked is not None
    assert row.blocked.code == "dunning.blocked.charges_open"
    assert row.blocked.params["amount"] == Decimal("43.12")
    assert (row.costs, row.interest, row.open_amount) == (Decimal("40.00"), Decimal("3.12"), 0)
    assert "43,12" in render(row.blocked, "nl")
    # waived or paid charges leave no row; nor does a customer without anything
    waived = replace(costs, status=ChargeStatus.WAIVED)
    paid = replace(interest, status=ChargeStatus.PAID)
    assert rows(T, [customer()], [], charges=(waived, paid)) == {}
    # a paid invoice (open amount 0) with open costs: the same
    settled = invoice(7, T - timedelta(days=40), "0.00")
    assert one_row(T, [customer()], [settled], charges=(costs,)).blocked.code == (  # type: ignore[union-attr]
        "dunning.blocked.charges_open"
    )
    # while an invoice is open, the usual rules decide and the costs ride along
    assert one_row(T, [customer()], [overdue(1, T, 7)], charges=(costs,)).costs == Decimal("40.00")
