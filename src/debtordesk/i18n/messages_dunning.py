"""Messages of the dunning engine: policy problems, why a step is proposed or blocked, channel choices.

Each code maps to (English, Dutch) with {name} placeholders. The families of codes that differ only in a
hold reason or a channel are built from the small tables at the end.
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
        "The step '{step}' would go out before its event happens. Enter 0 or more days after the event "
        "(only an instalment, whose date is known ahead, may be asked for before it).",
        "De stap '{step}' zou uitgaan voordat de gebeurtenis plaatsvindt. Vul 0 of meer dagen na de "
        "gebeurtenis in (alleen een termijn, waarvan de datum vooraf bekend is, mag eerder gevraagd "
        "worden).",
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
        "The step '{step}' ({days:|1 day|# days} from the due date) does not come after '{previous}'. Put "
        "the "
        "steps in time order.",
        "De stap '{step}' ({days:|1 dag|# dagen} vanaf de vervaldatum) komt niet na '{previous}'. Zet de "
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

MESSAGES.update(
    {
        # ------------------------------------------------------------- why a customer has no action
        "dunning.blocked.no_policy": (
            "No dunning policy applies to this customer. Choose a default policy for its customer type "
            "in the policy settings, or give the customer its own policy.",
            "Er geldt geen aanmaanbeleid voor deze klant. Kies in de beleidsinstellingen een standaard"
            "beleid voor dit klanttype, of geef de klant een eigen beleid.",
        ),
        "dunning.blocked.policy_missing.override": (
            "The customer's own policy (number {policy_id}) no longer exists. Choose another policy for "
            "the customer.",
            "Het eigen beleid van de klant (nummer {policy_id}) bestaat niet meer. Kies een ander beleid "
            "voor de klant.",
        ),
        "dunning.blocked.policy_missing.segment": (
            "The segment rule for this customer points to a policy (number {policy_id}) that no longer "
            "exists. Correct the segment rule.",
            "De segmentregel voor deze klant verwijst naar een beleid (nummer {policy_id}) dat niet meer "
            "bestaat. Pas de segmentregel aan.",
        ),
        "dunning.blocked.policy_missing.default": (
            "The default policy for this customer type (number {policy_id}) no longer exists. Choose "
            "another default policy.",
            "Het standaardbeleid voor dit klanttype (nummer {policy_id}) bestaat niet meer. Kies een "
            "ander standaardbeleid.",
        ),
        "dunning.blocked.policy_for.business": (
            "The policy '{policy}' is for business customers only, and this customer is a consumer. "
            "Choose a consumer policy or correct the customer type.",
            "Het beleid '{policy}' is alleen voor zakelijke klanten, en deze klant is een consument. "
            "Kies een consumentenbeleid of corrigeer het klanttype.",
        ),
        "dunning.blocked.policy_for.consumer": (
            "The policy '{policy}' is for consumers only, and this customer is a business. Choose a "
            "business policy or correct the customer type.",
            "Het beleid '{policy}' is alleen voor consumenten, en deze klant is zakelijk. Kies een "
            "zakelijk beleid of corrigeer het klanttype.",
        ),
        "dunning.blocked.handed_over": (
            "Handed over to a collection agency: DebtorDesk no longer sends reminders.",
            "Overgedragen aan een incassobureau: DebtorDesk stuurt geen herinneringen meer.",
        ),
        "dunning.blocked.written_off": (
            "Written off: no more reminders.",
            "Afgeboekt: geen herinneringen meer.",
        ),
        "dunning.blocked.direct_debit": (
            "Paid by direct debit: reminders start only when a debit is returned.",
            "Betaalt via automatische incasso: herinneringen beginnen pas als een incasso stort.",
        ),
        "dunning.blocked.residual": (
            "Only small residual amounts are open (at most {tolerance} each): they are not dunned.",
            "Alleen kleine restbedragen staan open (elk hoogstens {tolerance}): die worden niet "
            "gemaand.",
        ),
        "dunning.blocked.credit": (
            "The customer has a credit of {amount}: nothing to dun.",
            "De klant heeft een tegoed van {amount}: niets te manen.",
        ),
        "dunning.blocked.charges_open": (
            "The invoices are paid, but {amount} of collection costs and interest is still open: "
            "mark it paid if it came in with the invoices; else ask for it, waive it (with a "
            "reason) or hand it over.",
            "De facturen zijn betaald, maar er staat nog {amount} aan incassokosten en rente open: "
            "markeer het als betaald als het met de facturen is betaald; anders vraag erom, scheld "
            "het kwijt (met een reden) of draag het over.",
        ),
        "dunning.blocked.nothing_open": (
            "Nothing is open.",
            "Er staat niets open.",
        ),
        "dunning.blocked.within_tolerance": (
            "{step} would be due, but the net overdue amount {amount} is within the tolerance of "
            "{tolerance} (credit notes deducted): nothing is sent.",
            "{step} zou aan de beurt zijn, maar het netto achterstallige bedrag {amount} valt binnen de "
            "tolerantie van {tolerance} (creditnota's afgetrokken): er gaat niets uit.",
        ),
        "dunning.blocked.below_minimum": (
            "{step} would be due, but the net overdue amount {amount} is below the policy's minimum of "
            "{minimum}: nothing is sent.",
            "{step} zou aan de beurt zijn, maar het netto achterstallige bedrag {amount} is lager dan "
            "het minimum van het beleid ({minimum}): er gaat niets uit.",
        ),
        "dunning.blocked.unreachable": (
            "{step} is due, but no channel of the step reaches this customer (no usable mobile number, "
            "e-mail address or postal address). Add contact details to the customer.",
            "{step} is aan de beurt, maar geen kanaal van de stap bereikt deze klant (geen bruikbaar "
            "mobiel nummer, e-mailadres of postadres). Vul de contactgegevens van de klant aan.",
        ),
        "dunning.blocked.next_step": (
            "Nothing due today. Next: {step} on {on}.",
            "Vandaag niets aan de beurt. Volgende: {step} op {on}.",
        ),
        "dunning.blocked.waiting_previous": (
            "{step} waits until {previous} has gone out (mark the letter as dispatched or the message "
            "as sent).",
            "{step} wacht tot {previous} is uitgegaan (markeer de brief als verzonden of het bericht als "
            "verstuurd).",
        ),
        "dunning.blocked.waiting_letter": (
            "{step} waits until the 14-day letter has gone out and its term has passed (mark the "
            "letter as dispatched).",
            "{step} wacht tot de veertiendagenbrief is verzonden en de termijn ervan voorbij is "
            "(markeer de brief als verzonden).",
        ),
        "dunning.blocked.waiting_term": (
            "{step} waits until the term of the 14-day letter has passed: from {on}.",
            "{step} wacht tot de termijn van de veertiendagenbrief voorbij is: vanaf {on}.",
        ),
        "dunning.blocked.no_further_step": (
            "Every step of the policy that applies has been taken: decide by hand what happens next.",
            "Alle stappen van het beleid die gelden zijn gezet: beslis zelf wat er verder gebeurt.",
        ),
        # ------------------------------------------------------------- why a step is proposed
        "dunning.reason.overdue": (
            "{step} due since {since}: invoices {invoices} are up to {days:|1 day|# days} overdue.",
            "{step} aan de beurt sinds {since}: facturen {invoices} zijn tot {days:|1 dag|# dagen} over de "
            "vervaldatum.",
        ),
        "dunning.reason.overdue.one": (
            "{step} due since {since}: invoice {invoices} is {days:|1 day|# days} overdue.",
            "{step} aan de beurt sinds {since}: factuur {invoices} is {days:|1 dag|# dagen} over de "
            "vervaldatum.",
        ),
        "dunning.reason.pre_reminder": (
            "{step} due since {since}: invoices {invoices} fall due from {due}.",
            "{step} aan de beurt sinds {since}: facturen {invoices} vervallen vanaf {due}.",
        ),
        "dunning.reason.pre_reminder.one": (
            "{step} due since {since}: invoice {invoices} falls due on {due}.",
            "{step} aan de beurt sinds {since}: factuur {invoices} vervalt op {due}.",
        ),
        "dunning.reason.after_previous": (
            "{step} due since {since}: {days:|1 day|# days} after {previous} went out on {went_out} "
            "(invoices {invoices}).",
            "{step} aan de beurt sinds {since}: {days:|1 dag|# dagen} nadat {previous} uitging op {went_out} "
            "(facturen {invoices}).",
        ),
        "dunning.reason.after_previous.one": (
            "{step} due since {since}: {days:|1 day|# days} after {previous} went out on {went_out} "
            "(invoice {invoices}).",
            "{step} aan de beurt sinds {since}: {days:|1 dag|# dagen} nadat {previous} uitging op {went_out} "
            "(factuur {invoices}).",
        ),
        "dunning.reason.storno": (
            "{step} due since {since}: a direct debit was returned on {on} (invoices {invoices}).",
            "{step} aan de beurt sinds {since}: een incasso is op {on} gestorneerd (facturen "
            "{invoices}).",
        ),
        "dunning.reason.storno.one": (
            "{step} due since {since}: the direct debit of invoice {invoices} was returned on {on}.",
            "{step} aan de beurt sinds {since}: de incasso van factuur {invoices} is op {on} "
            "gestorneerd.",
        ),
        "dunning.reason.instalment_due": (
            "{step} due since {since}: an instalment falls due on {on} (invoices {invoices}).",
            "{step} aan de beurt sinds {since}: een termijn vervalt op {on} (facturen {invoices}).",
        ),
        "dunning.reason.instalment_due.one": (
            "{step} due since {since}: an instalment for invoice {invoices} falls due on {on}.",
            "{step} aan de beurt sinds {since}: een termijn voor factuur {invoices} vervalt op {on}.",
        ),
        "dunning.reason.broken_promise": (
            "{step} due since {since}: a promise to pay by {on} was not kept (invoices {invoices}).",
            "{step} aan de beurt sinds {since}: een betaalbelofte voor {on} is niet nagekomen "
            "(facturen {invoices}).",
        ),
        "dunning.reason.broken_promise.one": (
            "{step} due since {since}: a promise to pay invoice {invoices} by {on} was not kept.",
            "{step} aan de beurt sinds {since}: een belofte om factuur {invoices} voor {on} te betalen "
            "is niet nagekomen.",
        ),
    }
)

# ----------------------------------------------------------------- holds (families by reason)

_HOLDS: dict[str, tuple[str, str]] = {
    "manual": ("put on hold by hand", "met de hand aangehouden"),
    "dispute": ("the customer disputes the claim", "de klant betwist de vordering"),
    "paid_via_link": (
        "paid via a payment link, waiting for the ledger to show it",
        "betaald via een betaallink, wacht tot de boekhouding het laat zien",
    ),
    "reported_paid": ("the customer says it is paid", "de klant zegt dat het betaald is"),
    "promise": ("a promise to pay runs", "er loopt een betaalbelofte"),
    "arrangement": ("a payment arrangement runs", "er loopt een betalingsregeling"),
}

# each with a ".note" variant that ends with the hold's note (without it, nothing trails the text)
for _reason, (_english, _dutch) in _HOLDS.items():
    for _variant, _note in (("", ""), (".note", " {note}")):
        MESSAGES[f"dunning.blocked.hold.{_reason}{_variant}"] = (
            f"On hold: {_english}.{_note}",
            f"Aangehouden: {_dutch}.{_note}",
        )
        MESSAGES[f"dunning.blocked.hold.{_reason}.until{_variant}"] = (
            f"On hold until {{until}}: {_english}.{_note}",
            f"Aangehouden tot en met {{until}}: {_dutch}.{_note}",
        )
        MESSAGES[f"dunning.blocked.invoice_hold.{_reason}{_variant}"] = (
            f"Every open invoice is on hold (invoice {{invoice}}: {_english}).{_note}",
            f"Alle openstaande facturen zijn aangehouden (factuur {{invoice}}: {_dutch}).{_note}",
        )
        MESSAGES[f"dunning.blocked.invoice_hold.{_reason}.until{_variant}"] = (
            f"Every open invoice is on hold (invoice {{invoice}} until {{until}}: {_english}).{_note}",
            f"Alle openstaande facturen zijn aangehouden (factuur {{invoice}} tot en met {{until}}: "
            f"{_dutch}).{_note}",
        )

# ----------------------------------------------------------------- channel decisions

_CHANNELS: dict[str, tuple[str, str]] = {
    "sms": ("SMS", "sms"),
    "email": ("e-mail", "e-mail"),
    "letter": ("letter", "brief"),
    "call": ("call", "telefoon"),
    "handover": ("hand-over", "overdracht"),
}
_WHY: dict[str, tuple[str, str]] = {
    "no_mobile": ("No mobile number", "Geen mobiel nummer"),
    "mobile_undelivered": (
        "The last SMS to this mobile number did not arrive",
        "De laatste sms naar dit mobiele nummer kwam niet aan",
    ),
    "sms_opt_out": ("The customer does not want SMS", "De klant wil geen sms"),
    "sms_not_legal": (
        "A 14-day letter cannot go by SMS",
        "Een veertiendagenbrief kan niet per sms",
    ),
    "no_email": ("No e-mail address", "Geen e-mailadres"),
    "email_opt_out": ("The customer does not want e-mail", "De klant wil geen e-mail"),
    "no_email_consent": (
        "No consent to receive the 14-day letter by e-mail",
        "Geen toestemming om de veertiendagenbrief per e-mail te ontvangen",
    ),
    "no_address": ("No postal address", "Geen postadres"),
    "no_phone": ("No phone number to call", "Geen telefoonnummer om te bellen"),
    "call_opt_out": ("The customer does not want to be called", "De klant wil niet gebeld worden"),
}

for _channel, (_english, _dutch) in _CHANNELS.items():
    MESSAGES[f"dunning.channel.planned.{_channel}"] = (
        f"By {_english}, as the step says.",
        f"Per {_dutch}, zoals de stap zegt.",
    )
for _why, (_why_english, _why_dutch) in _WHY.items():
    for _channel, (_english, _dutch) in _CHANNELS.items():
        MESSAGES[f"dunning.channel.{_why}.{_channel}"] = (
            f"{_why_english}: {_english} instead.",
            f"{_why_dutch}: in plaats daarvan per {_dutch}.",
        )
    MESSAGES[f"dunning.channel.{_why}.none"] = (
        f"{_why_english}, and no other channel of the step reaches the customer.",
        f"{_why_dutch}, en geen ander kanaal van de stap bereikt de klant.",
    )
