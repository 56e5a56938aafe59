"""Messages of the dunning engine: policy problems, why a step is proposed or blocked, channel choices.

Each code maps to (English, Dutch) with {name} placeholders.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # ----------------------------------------------------------------- stored policies
    "dunning.policy.unreadable": (
        "The dunning policy '{policy}' cannot be read: {field} has the value {value}. Open the policy "
        "in the policy editor and save it again, or restore it from a backup.",
        "Het aanmaanbeleid '{policy}' is niet te lezen: {field} heeft de waarde {value}. Open het "
        "beleid in de beleidseditor en sla het opnieuw op, of zet het terug uit een back-up.",
    ),
    # ----------------------------------------------------------------- policy problems
    "dunning.policy.name_required": (
        "The policy needs a name: the clerk chooses policies by name.",
        "Het beleid heeft een naam nodig: de medewerker kiest beleid op naam.",
    ),
    "dunning.policy.no_steps": (
        "The policy '{policy}' has no steps. Add at least one step (for example a reminder).",
        "Het beleid '{policy}' heeft geen stappen. Voeg minstens één stap toe (bijvoorbeeld een "
        "herinnering).",
    ),
    "dunning.policy.min_amount_negative": (
        "The minimum amount {amount} is negative. Enter 0.00 or more.",
        "Het minimumbedrag {amount} is negatief. Vul 0,00 of meer in.",
    ),
    "dunning.policy.tolerance_negative": (
        "The tolerance {amount} is negative. Enter 0.00 or more.",
        "De tolerantie {amount} is negatief. Vul 0,00 of meer in.",
    ),
    "dunning.policy.fourteen_day_twice": (
        "More than one step is marked as the 14-day letter ({steps}). The legal 14-day letter is sent "
        "once: keep the mark on one step.",
        "Meer dan één stap is gemarkeerd als veertiendagenbrief ({steps}). De wettelijke "
        "veertiendagenbrief gaat één keer uit: laat de markering op één stap staan.",
    ),
    "dunning.step.key_required": (
        "Step {position} has no key. Give it a short key such as 'reminder_1'.",
        "Stap {position} heeft geen sleutel. Geef een korte sleutel zoals 'reminder_1'.",
    ),
    "dunning.step.key_duplicate": (
        "The key '{key}' is used by more than one step (again at '{step}'). Each step needs its own key.",
        "De sleutel '{key}' wordt door meer dan één stap gebruikt (opnieuw bij '{step}'). Elke stap "
        "heeft een eigen sleutel nodig.",
    ),
    "dunning.step.name_required": (
        "Step {position} ('{step}') has no name. Give it the name the clerk sees in the queue.",
        "Stap {position} ('{step}') heeft geen naam. Geef de naam die de medewerker in de "
        "werklijst ziet.",
    ),
    "dunning.step.no_channels": (
        "The step '{step}' has no channel. Choose at least one: SMS, e-mail, letter, call or hand-over.",
        "De stap '{step}' heeft geen kanaal. Kies er minstens één: sms, e-mail, brief, bellen of "
        "overdracht.",
    ),
    "dunning.step.fallback_repeats": (
        "The step '{step}' names the channel '{channel}' twice in one fallback chain. Remove the repeat.",
        "De stap '{step}' noemt het kanaal '{channel}' twee keer in één terugvalreeks. Haal de "
        "herhaling weg.",
    ),
    "dunning.step.min_overdue_negative": (
        "The step '{step}' has a negative minimum overdue amount. Enter 0.00 or more, or leave it empty.",
        "De stap '{step}' heeft een negatief minimaal achterstallig bedrag. Vul 0,00 of meer in, of "
        "laat het leeg.",
    ),
    "dunning.step.trigger_missing": (
        "The step '{step}' counts from an event but does not say which (storno, instalment due or "
        "broken promise). Choose the event.",
        "De stap '{step}' telt vanaf een gebeurtenis maar zegt niet welke (storno, termijn vervalt "
        "of gebroken belofte). Kies de gebeurtenis.",
    ),
    "dunning.step.trigger_offset": (
        "The step '{step}' answers an event, so its days must count from that event. Set 'days after' "
        "to the event.",
        "De stap '{step}' reageert op een gebeurtenis, dus de dagen tellen vanaf die gebeurtenis. "
        "Zet 'dagen na' op de gebeurtenis.",
    ),
    "dunning.step.trigger_negative": (
        "The step '{step}' would go out before its event happens. Enter 0 or more days after the event.",
        "De stap '{step}' zou uitgaan voordat de gebeurtenis plaatsvindt. Vul 0 of meer dagen na de "
        "gebeurtenis in.",
    ),
    "dunning.step.previous_first": (
        "The step '{step}' counts from the previous step, but no step comes before it. Count it from "
        "the due date instead.",
        "De stap '{step}' telt vanaf de vorige stap, maar er gaat geen stap aan vooraf. Laat hem "
        "vanaf de vervaldatum tellen.",
    ),
    "dunning.step.previous_not_after": (
        "The step '{step}' must come at least one day after the previous step.",
        "De stap '{step}' moet minstens één dag na de vorige stap komen.",
    ),
    "dunning.step.out_of_order": (
        "The step '{step}' ({days} days from the due date) does not come after '{previous}'. Put the "
        "steps in time order.",
        "De stap '{step}' ({days} dagen vanaf de vervaldatum) komt niet na '{previous}'. Zet de "
        "stappen op volgorde in de tijd.",
    ),
    "dunning.step.fourteen_day_not_overdue": (
        "The 14-day letter '{step}' must go out after the due date: the law requires a reminder of an "
        "overdue invoice. Give it a positive number of days.",
        "De veertiendagenbrief '{step}' moet na de vervaldatum uitgaan: de wet eist een aanmaning "
        "van een achterstallige factuur. Geef een positief aantal dagen.",
    ),
    "dunning.step.fourteen_day_sms": (
        "The 14-day letter '{step}' cannot go by SMS: an SMS does not count as the legal notice. Use a "
        "letter (or e-mail for customers who agreed to it).",
        "De veertiendagenbrief '{step}' kan niet per sms: een sms telt niet als de wettelijke "
        "aanmaning. Gebruik een brief (of e-mail bij klanten die daarmee instemden).",
    ),
    "dunning.step.fee_negative": (
        "The fee of the step '{step}' is negative. Enter 0.00 or more.",
        "De vergoeding van de stap '{step}' is negatief. Vul 0,00 of meer in.",
    ),
    "dunning.step.fee_consumer": (
        "The step '{step}' charges a fee of {fee} but can reach consumers: for consumers the statutory "
        "collection costs are the whole compensation. Remove the fee, or limit the step (or the policy) "
        "to business customers.",
        "De stap '{step}' rekent een vergoeding van {fee} maar kan consumenten bereiken: voor "
        "consumenten zijn de wettelijke incassokosten de hele vergoeding. Haal de vergoeding weg, of "
        "beperk de stap (of het beleid) tot zakelijke klanten.",
    ),
}
