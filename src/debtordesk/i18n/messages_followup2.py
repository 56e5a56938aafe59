"""Messages of the follow-up workstation: calls and their outcomes, the call list, promises to pay,
disputes, payment arrangements and notes (domain/arrangements.py, promises.py, calls.py,
services/followup/, ``debtordesk calls``, ``log-call``, ``promises``, ``arrangement``).

Each code maps to (English, Dutch) with {name} placeholders. Dutch in plain B1 language (social
collection); the timeline codes (``event.followup.*``) are rendered when the timeline is read.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ arrangement schedules
    "arrangement.nothing_to_arrange": (
        "There is nothing to arrange: the total is {total}. Choose open invoices with an amount "
        "to pay (whole cents).",
        "Er is niets te regelen: het totaal is {total}. Kies openstaande facturen met een bedrag "
        "om te betalen (hele centen).",
    ),
    "arrangement.terms_or_amount": (
        "Give either the number of terms or the amount per term, not both and not neither.",
        "Geef het aantal termijnen of het bedrag per termijn, niet allebei en niet geen van beide.",
    ),
    "arrangement.bad_terms": (
        "Number of terms: {terms} is not possible. Type a whole number of 1 or more.",
        "Aantal termijnen: {terms} kan niet. Typ een heel getal van 1 of meer.",
    ),
    "arrangement.too_many_terms": (
        "{terms:|1 term|# terms} is more than the {maximum:|1 term|# terms} an arrangement may have. "
        "Choose at most {maximum:|1 term|# terms} or a higher amount per term.",
        "{terms:|1 termijn|# termijnen} is meer dan de {maximum:|1 termijn|# termijnen} die een regeling "
        "mag hebben. Kies hoogstens {maximum:|1 termijn|# termijnen} of een hoger bedrag per termijn.",
    ),
    "arrangement.term_too_small": (
        "With this many terms a term would be {amount}, below the minimum of {minimum} per term. "
        "Choose at most {terms:|# term|# terms}.",
        "Met zoveel termijnen wordt een termijn {amount}, minder dan het minimum van {minimum} per "
        "termijn. Kies hoogstens {terms:|# termijn|# termijnen}.",
    ),
    "arrangement.bad_term_amount": (
        "Amount per term: {amount} is not possible. Type an amount above 0 in whole cents, e.g. "
        "50.00.",
        "Bedrag per termijn: {amount} kan niet. Typ een bedrag boven 0 in hele centen, "
        "bijvoorbeeld 50,00.",
    ),
    "arrangement.term_amount_too_small": (
        "Amount per term: {amount} is below the minimum of {minimum} per term. Choose {minimum} "
        "or more.",
        "Bedrag per termijn: {amount} is minder dan het minimum van {minimum} per termijn. Kies "
        "{minimum} of meer.",
    ),
    "arrangement.term_amount_too_many": (
        "With {amount} per term the arrangement needs {terms:|1 term|# terms}, more than the maximum "
        "of "
        "{maximum}. Choose at least {needed} per term.",
        "Met {amount} per termijn zijn {terms:|1 termijn|# termijnen} nodig, meer dan het maximum "
        "van "
        "{maximum}. Kies minstens {needed} per termijn.",
    ),
    "arrangement.bad_interval_days": (
        "Interval: '{days}' is not a number of days. Type a whole number of days of 1 or more.",
        "Periode: '{days}' is geen aantal dagen. Typ een heel aantal dagen van 1 of meer.",
    ),
    "arrangement.interval_too_long": (
        "Interval: {days:|1 day|# days} between terms is more than the {maximum:|1 day|# days} allowed. "
        "Choose a "
        "shorter interval or monthly terms.",
        "Periode: {days:|1 dag|# dagen} tussen termijnen is meer dan de toegestane "
        "{maximum:|1 dag|# dagen}. Kies "
        "een kortere periode of maandelijkse termijnen.",
    ),
    "arrangement.no_terms": (
        "The schedule has no terms. Add at least one term.",
        "Het schema heeft geen termijnen. Voeg minstens één termijn toe.",
    ),
    "arrangement.bad_term": (
        "Term {number}: {amount} is not possible. Every term is at least 0.01, in whole cents.",
        "Termijn {number}: {amount} kan niet. Elke termijn is minstens 0,01, in hele centen.",
    ),
    "arrangement.edited_term_too_small": (
        "Term {number}: {amount} is below the minimum of {minimum} per term. Raise it, or merge "
        "it with another term.",
        "Termijn {number}: {amount} is minder dan het minimum van {minimum} per termijn. Verhoog "
        "het bedrag, of voeg de termijn samen met een andere.",
    ),
    "arrangement.same_day": (
        "Term {number} falls on {due}, the same day as the term before. Give each term its own "
        "date.",
        "Termijn {number} valt op {due}, dezelfde dag als de termijn ervoor. Geef elke termijn een "
        "eigen datum.",
    ),
    "arrangement.first_term_past": (
        "The first term falls on {due}, before today ({today}). Choose a date from today.",
        "De eerste termijn valt op {due}, vóór vandaag ({today}). Kies een datum vanaf vandaag.",
    ),
    "arrangement.sum_differs": (
        "The terms add up to {sum}, not to the total of {total} (difference {difference}). "
        "Change a term so they add up exactly.",
        "De termijnen tellen op tot {sum}, niet tot het totaal van {total} (verschil "
        "{difference}). Pas een termijn aan zodat ze precies optellen.",
    ),
    "arrangement.negative_paid": (
        "The amount paid cannot be negative ({paid}).",
        "Het betaalde bedrag kan niet negatief zijn ({paid}).",
    ),
    # ------------------------------------------------------------------ promise decisions
    "promise.pending.not_yet": (
        "Promised {amount} by {date}: the date has not come yet.",
        "Belofte {amount} uiterlijk {date}: die datum is nog niet bereikt.",
    ),
    "promise.pending.snapshot": (
        "Promised {amount} by {date}; {paid} seen paid so far. Waiting for an open-items import "
        "exported on {needed} or later (newest: {export_date}) before judging it.",
        "Belofte {amount} uiterlijk {date}; tot nu toe {paid} betaald gezien. Wacht op een import "
        "van openstaande posten van {needed} of later (nieuwste: {export_date}) voor het oordeel.",
    ),
    "promise.pending.no_snapshot": (
        "Promised {amount} by {date}; {paid} seen paid so far. Waiting for a full open-items "
        "import exported on {needed} or later before judging it.",
        "Belofte {amount} uiterlijk {date}; tot nu toe {paid} betaald gezien. Wacht op een "
        "volledige import van openstaande posten van {needed} of later voor het oordeel.",
    ),
    "promise.kept.ledger": (
        "Promise kept: {paid} paid of the {amount} promised by {date}.",
        "Belofte nagekomen: {paid} betaald van de {amount} beloofd voor {date}.",
    ),
    "promise.kept.closed": (
        "Promise kept: the invoices are paid (promised {amount} by {date}).",
        "Belofte nagekomen: de facturen zijn betaald ({amount} beloofd voor {date}).",
    ),
    "promise.kept.link": (
        "Promise kept: {paid} paid through a payment link (promised {amount} by {date}).",
        "Belofte nagekomen: {paid} betaald via een betaallink ({amount} beloofd voor {date}).",
    ),
    "promise.broken": (
        "Promise broken: {paid} paid of the {amount} promised by {date} (import of {export_date}).",
        "Belofte niet nagekomen: {paid} betaald van de {amount} beloofd voor {date} (import van "
        "{export_date}).",
    ),
    # ------------------------------------------------------------------ arrangements (services)
    "arrangement.invoice_in_arrangement": (
        "Invoice {invoice} is already in a running payment arrangement. Leave it out, or cancel that "
        "arrangement first.",
        "Factuur {invoice} zit al in een lopende betalingsregeling. Laat de factuur weg, of stop "
        "eerst die regeling.",
    ),
    "arrangement.all_invoices_busy": (
        "Every open invoice of this customer is already in a running payment arrangement or "
        "disputed ({invoices}): there is nothing left to arrange.",
        "Alle openstaande facturen van deze klant zitten al in een lopende betalingsregeling of "
        "worden betwist ({invoices}): er is niets meer te regelen.",
    ),
    "arrangement.invoice_disputed": (
        "Invoice {invoice} is disputed. Settle the dispute first, or leave the invoice out.",
        "Factuur {invoice} wordt betwist. Handel eerst de betwisting af, of laat de factuur weg.",
    ),
    "arrangement.costs_choice_needed": (
        "These invoices have {costs} open costs and interest. Choose whether they are waived or "
        "included in the arrangement, and say why.",
        "Op deze facturen staat {costs} aan kosten en rente open. Kies of die worden "
        "kwijtgescholden of in de regeling worden meegenomen, en zeg waarom.",
    ),
    "arrangement.costs_reason_needed": (
        "Say why the open costs ({costs}) are waived or included: it is kept for the "
        "social-collection record.",
        "Zeg waarom de openstaande kosten ({costs}) worden kwijtgescholden of meegenomen: dat "
        "wordt bewaard voor het dossier sociaal incasseren.",
    ),
    "arrangement.cancel_needs_reason": (
        "Say why the arrangement is stopped.",
        "Zeg waarom de regeling wordt gestopt.",
    ),
    "arrangement.missing": (
        "Payment arrangement {arrangement} no longer exists. Reload the customer.",
        "Betalingsregeling {arrangement} bestaat niet meer. Laad de klant opnieuw.",
    ),
    "arrangement.not_active": (
        "This arrangement is no longer running (status: {status}); nothing was changed.",
        "Deze regeling loopt niet meer (status: {status}); er is niets veranderd.",
    ),
    # ------------------------------------------------------------------ calls and promises
    "followup.changed_elsewhere": (
        "Someone else changed this customer's follow-up at the same moment; nothing was saved. "
        "Reload and try again.",
        "Iemand anders wijzigde tegelijk de opvolging van deze klant; er is niets opgeslagen. "
        "Laad opnieuw en probeer het nog eens.",
    ),
    "followup.unknown_outcome": (
        "Outcome '{code}' does not exist (or is no longer used). Choose one of: {known}.",
        "Uitkomst '{code}' bestaat niet (of wordt niet meer gebruikt). Kies uit: {known}.",
    ),
    "followup.bad_outcome_code": (
        "Outcome code '{code}': use 2 to 32 lower-case letters, digits and underscores, starting "
        "with a letter (e.g. callback_requested).",
        "Uitkomstcode '{code}': gebruik 2 tot 32 kleine letters, cijfers en liggende streepjes, "
        "beginnend met een letter (bijvoorbeeld terugbellen).",
    ),
    "followup.outcome_needs_labels": (
        "Outcome '{code}' needs a Dutch and an English label.",
        "Uitkomst '{code}' heeft een Nederlandse en een Engelse omschrijving nodig.",
    ),
    "followup.follow_up_past": (
        "The next follow-up date {date} is before today ({today}). Choose today or later.",
        "De volgende opvolgdatum {date} ligt vóór vandaag ({today}). Kies vandaag of later.",
    ),
    "followup.promise_only_with_outcome": (
        "A promise date and amount go with the outcome 'promise to pay', not with '{outcome}'.",
        "Een beloofde datum en bedrag horen bij de uitkomst 'betaalbelofte', niet bij '{outcome}'.",
    ),
    "followup.promise_needs_date_amount": (
        "A promise to pay needs the date and the amount the customer promised.",
        "Een betaalbelofte heeft de datum en het bedrag nodig die de klant beloofde.",
    ),
    "followup.promise_in_past": (
        "The promised date {date} is before today ({today}). Choose today or later.",
        "De beloofde datum {date} ligt vóór vandaag ({today}). Kies vandaag of later.",
    ),
    "followup.bad_promise_amount": (
        "Promised amount: {amount} is not possible. Type an amount above 0 in whole cents.",
        "Beloofd bedrag: {amount} kan niet. Typ een bedrag boven 0 in hele centen.",
    ),
    "followup.promise_nothing_open": (
        "There is nothing open to promise a payment for.",
        "Er staat niets open om een betaling voor te beloven.",
    ),
    "followup.promise_above_open": (
        "The promised amount {amount} is more than the {open} that is open on these invoices. "
        "Check the amount.",
        "Het beloofde bedrag {amount} is meer dan de {open} die op deze facturen openstaat. "
        "Controleer het bedrag.",
    ),
    "followup.promise_missing": (
        "Promise {promise} no longer exists. Reload the customer.",
        "Belofte {promise} bestaat niet meer. Laad de klant opnieuw.",
    ),
    "followup.promise_decided": (
        "This promise is already decided (status: {status}); nothing was changed.",
        "Over deze belofte is al beslist (status: {status}); er is niets veranderd.",
    ),
    "followup.dispute_which_invoice": (
        "The customer has {count:|1 open invoice|# open invoices}: name the disputed invoice "
        "(--invoice NUMBER).",
        "De klant heeft {count:|1 openstaande factuur|# openstaande facturen}: noem de betwiste "
        "factuur (--invoice NUMMER).",
    ),
    "followup.invoice_not_open": (
        "Invoice {invoice} is not open any more. Choose an open invoice.",
        "Factuur {invoice} staat niet meer open. Kies een openstaande factuur.",
    ),
    "followup.unknown_invoice": (
        "This customer has no invoice with number '{invoice}'. Check the number.",
        "Deze klant heeft geen factuur met nummer '{invoice}'. Controleer het nummer.",
    ),
    "followup.unknown_customer": (
        "There is no customer with number '{number}'. Check the number in the customer list.",
        "Er is geen klant met nummer '{number}'. Controleer het nummer in de klantenlijst.",
    ),
    "followup.contact.wrong_number": (
        "{value} was a wrong number (a call); it is no longer used for dunning.",
        "{value} bleek een verkeerd nummer (telefoongesprek); het wordt niet meer gebruikt voor "
        "aanmaningen.",
    ),
    # ------------------------------------------------------------------ disputes
    "dispute.unknown_reason": (
        "Dispute reason '{reason}' is not on the list. Choose one of: {known}.",
        "Reden '{reason}' staat niet op de lijst. Kies uit: {known}.",
    ),
    "dispute.other_needs_text": (
        "Reason 'other': say in a few words what the customer disputes.",
        "Reden 'anders': zeg in een paar woorden wat de klant betwist.",
    ),
    "dispute.already_open": (
        "Invoice {invoice} already has a dispute that is not settled. Add to that one instead.",
        "Factuur {invoice} heeft al een betwisting die niet is afgehandeld. Vul die aan.",
    ),
    "dispute.decline_needs_reason": (
        "Say why the dispute is declined: the customer will be told.",
        "Zeg waarom de betwisting wordt afgewezen: de klant krijgt dat te horen.",
    ),
    "dispute.missing": (
        "Dispute {dispute} no longer exists. Reload the list.",
        "Betwisting {dispute} bestaat niet meer. Laad de lijst opnieuw.",
    ),
    "dispute.bad_move": (
        "The dispute about invoice {invoice} is {current}; it cannot become {target}.",
        "De betwisting van factuur {invoice} is {current}; die kan niet {target} worden.",
    ),
    "dispute.status.open": ("open", "open"),
    "dispute.status.accepted": ("accepted", "toegekend"),
    "dispute.status.declined": ("declined", "afgewezen"),
    "dispute.status.resolved": ("resolved", "afgehandeld"),
    "dispute.reason.not_received": ("invoice not received", "factuur niet ontvangen"),
    "dispute.reason.not_delivered": ("not delivered", "niet geleverd"),
    "dispute.reason.amount_wrong": ("amount wrong", "bedrag klopt niet"),
    "dispute.reason.quality": ("complaint about the service", "klacht over de dienst"),
    "dispute.reason.already_paid": ("already paid", "al betaald"),
    "dispute.reason.cancelled": ("contract cancelled", "contract opgezegd"),
    "dispute.reason.other": ("other", "anders"),
    # ------------------------------------------------------------------ notes
    "note.empty": (
        "The note is empty. Type what you want to keep.",
        "De notitie is leeg. Typ wat u wilt bewaren.",
    ),
    "note.too_long": (
        "The note has {length} characters; at most {maximum} fit. Shorten it or split it.",
        "De notitie heeft {length} tekens; er passen er hoogstens {maximum}. Maak hem korter of "
        "splits hem.",
    ),
    # ------------------------------------------------------------------ call list reasons
    "calls.queue_mismatch": (
        "The queue was computed for {date}, not for {day}. Compute the queue for {day} first.",
        "De werklijst is berekend voor {date}, niet voor {day}. Bereken eerst de werklijst voor "
        "{day}.",
    ),
    "calls.reason.call_step": ("call step due", "belstap gepland"),
    "calls.reason.broken_promise": ("promise broken", "belofte niet nagekomen"),
    "calls.reason.missed_term": ("arrangement term missed", "termijn van regeling gemist"),
    "calls.reason.follow_up": ("follow-up date", "opvolgdatum"),
    "calls.reason.returned_mail": ("letter returned", "brief retour"),
    "calls.reason.no_digital": ("no mobile and no e-mail", "geen mobiel en geen e-mail"),
    # ------------------------------------------------------------------ timeline
    "event.followup.call": (
        "Call ({outcome_en}) {phone}. {note}",
        "Gebeld ({outcome_nl}) {phone}. {note}",
    ),
    "event.followup.call_next": (
        "Call ({outcome_en}) {phone}, follow up on {next}. {note}",
        "Gebeld ({outcome_nl}) {phone}, opvolgen op {next}. {note}",
    ),
    "event.followup.debt_help": (
        "Referred to municipal debt help. {note}",
        "Doorverwezen naar gemeentelijke schuldhulp. {note}",
    ),
    "event.followup.number_cleared": (
        "Wrong number {number}: no longer used for dunning.",
        "Verkeerd nummer {number}: wordt niet meer gebruikt voor aanmaningen.",
    ),
    # {invoice_count}: how many invoices {invoices} names (entries stored without it count the list)
    "event.followup.promise_made": (
        "Promised to pay € {amount} by {date} ({invoice_count:|invoice|invoices} {invoices}).",
        "Belooft € {amount} te betalen uiterlijk {date} ({invoice_count:|factuur|facturen} "
        "{invoices}).",
    ),
    "event.followup.promise_kept": (
        "Promise kept: € {amount} by {date}.",
        "Belofte nagekomen: € {amount} uiterlijk {date}.",
    ),
    "event.followup.promise_broken": (
        "Promise broken: € {amount} by {date} not paid; on the call list.",
        "Belofte niet nagekomen: € {amount} uiterlijk {date} niet betaald; op de bellijst.",
    ),
    "event.followup.promise_cancelled": (
        "Promise of € {amount} by {date} withdrawn. {note}",
        "Belofte van € {amount} uiterlijk {date} ingetrokken. {note}",
    ),
    "event.followup.dispute_opened": (
        "Invoice {invoice} disputed ({reason_en}). {text}",
        "Factuur {invoice} betwist ({reason_nl}). {text}",
    ),
    "event.followup.dispute_accepted": (
        "Dispute of invoice {invoice} accepted: a credit note is expected. {note}",
        "Betwisting van factuur {invoice} toegekend: er komt een creditnota. {note}",
    ),
    "event.followup.dispute_declined": (
        "Dispute of invoice {invoice} declined: {note}",
        "Betwisting van factuur {invoice} afgewezen: {note}",
    ),
    "event.followup.dispute_resolved": (
        "Dispute of invoice {invoice} resolved. {note}",
        "Betwisting van factuur {invoice} afgehandeld. {note}",
    ),
    "event.followup.arrangement_made": (
        "Payment arrangement: € {total} in {terms:|# term|# terms} from {first} to {last} "
        "({invoice_count:|invoice|invoices} {invoices}).",
        "Betalingsregeling: € {total} in {terms:|# termijn|# termijnen} van {first} tot {last} "
        "({invoice_count:|factuur|facturen} {invoices}).",
    ),
    "event.followup.costs_waived": (
        "Costs and interest of € {costs} waived: {reason}",
        "Kosten en rente van € {costs} kwijtgescholden: {reason}",
    ),
    "event.followup.costs_included": (
        "Costs and interest of € {costs} included in the arrangement: {reason}",
        "Kosten en rente van € {costs} meegenomen in de regeling: {reason}",
    ),
    "event.followup.arrangement_completed": (
        "Payment arrangement of € {total} paid in full.",
        "Betalingsregeling van € {total} helemaal betaald.",
    ),
    "event.followup.arrangement_broken": (
        "Payment arrangement broken: term {term} not paid (€ {paid} of € {total} paid); dunning "
        "resumes.",
        "Betalingsregeling niet nagekomen: termijn {term} niet betaald (€ {paid} van € {total} "
        "betaald); aanmanen gaat verder.",
    ),
    "event.followup.arrangement_cancelled": (
        "Payment arrangement stopped (€ {paid} of € {total} paid): {note}",
        "Betalingsregeling gestopt (€ {paid} van € {total} betaald): {note}",
    ),
    "event.followup.note": ("Note: {text}", "Notitie: {text}"),
    # ------------------------------------------------------------------ command line
    "followup.unknown_clerk": (
        "There is no clerk with login '{login}'. A login is known once it has done something.",
        "Er is geen medewerker met login '{login}'. Een login is bekend zodra die iets heeft "
        "gedaan.",
    ),
    "cli.calls.none": ("Nobody to call on {date}.", "Op {date} hoeft niemand gebeld te worden."),
    "cli.calls.line": (
        "{customer} {name}  {phone}  {overdue} overdue, {days:|# day|# days}: {reasons}",
        "{customer} {name}  {phone}  {overdue} vervallen, {days:|# dag|# dagen}: {reasons}",
    ),
    "cli.calls.total": (
        "{count:|# customer|# customers} to call on {date}.",
        "{count:|# klant|# klanten} te bellen op {date}.",
    ),
    "cli.log_call.done": (
        "Call to {customer} logged ({outcome}).",
        "Gesprek met {customer} vastgelegd ({outcome}).",
    ),
    "cli.log_call.promise": (
        "Promise: {amount} by {date}; dunning paused until {until}.",
        "Belofte: {amount} uiterlijk {date}; aanmanen gepauzeerd tot en met {until}.",
    ),
    "cli.log_call.dispute": (
        "Invoice {invoice} disputed: held until the dispute is settled.",
        "Factuur {invoice} betwist: gepauzeerd tot de betwisting is afgehandeld.",
    ),
    # {example}: a week from the command's day, {days} that week in days (+7)
    "followup.bad_day": (
        "'{value}' is not a day for {option}. Write a date such as {example}, or a number of days "
        "from today such as +{days}.",
        "'{value}' is geen dag voor {option}. Schrijf een datum zoals {example}, of een aantal "
        "dagen vanaf vandaag zoals +{days}.",
    ),
    # the same rule and words as cli.run.future_date
    "cli.log_call.future_date": (
        "A call is logged on the day it was made: {date} is later than today ({today}), and a call "
        "cannot be logged for a day that has not come yet. Log it without --date, or with --date "
        "the day of the call.",
        "Een gesprek wordt vastgelegd op de dag van het gesprek: {date} ligt na vandaag ({today}), "
        "en een gesprek kan niet worden vastgelegd voor een dag die nog moet komen. Leg het vast "
        "zonder --date, of met --date de dag van het gesprek.",
    ),
    "cli.log_call.bad_phone": (
        "'{value}' is not a phone number for {option}. Write it like 06-12345678, 030 200 1234 or "
        "+31 30 200 1234, or leave {option} out to use the number on file.",
        "'{value}' is geen telefoonnummer voor {option}. Schrijf het als 06-12345678, "
        "030 200 1234 of +31 30 200 1234, of laat {option} weg voor het bekende nummer.",
    ),
    "cli.log_call.cleared": (
        "Wrong number: cleared from {fields}.",
        "Verkeerd nummer: gewist uit {fields}.",
    ),
    "cli.promises.which": (
        "Say what to do: 'debtordesk promises check [--date D] [--json]'.",
        "Zeg wat er moet gebeuren: 'debtordesk promises check [--date D] [--json]'.",
    ),
    "cli.promises.arrangement": (
        "{customer}: payment arrangement {status} ({paid} of {total} paid).",
        "{customer}: betalingsregeling {status} ({paid} van {total} betaald).",
    ),
    "cli.promises.total": (
        "{count:|# promise|# promises} looked at on {date}: {kept} kept, {broken} broken.",
        "{count:|# belofte|# beloften} bekeken op {date}: {kept} nagekomen, {broken} niet "
        "nagekomen.",
    ),
    "arrangement.status.active": ("running", "lopend"),
    "arrangement.status.completed": ("paid in full", "helemaal betaald"),
    "arrangement.status.broken": ("broken", "niet nagekomen"),
    "arrangement.status.cancelled": ("stopped", "gestopt"),
    "cli.arrangement.term": ("Term {number}: {due}  {amount}", "Termijn {number}: {due}  {amount}"),
    "cli.arrangement.total": (
        "Total {total} in {terms:|# term|# terms}.",
        "Totaal {total} in {terms:|# termijn|# termijnen}.",
    ),
    "cli.arrangement.saved": (
        "Saved as arrangement {id}: dunning of these invoices paused while it runs.",
        "Opgeslagen als regeling {id}: aanmanen van deze facturen gepauzeerd zolang die loopt.",
    ),
    "cli.arrangement.preview_only": (
        "Not saved yet: add --save to make the arrangement.",
        "Nog niet opgeslagen: voeg --save toe om de regeling te maken.",
    ),
    # ------------------------------------------------------------------ timeline export
    "timeline.bad_language": (
        "Language '{language}' is not available; choose nl or en.",
        "Taal '{language}' is er niet; kies nl of en.",
    ),
    "timeline.col.at": ("When", "Wanneer"),
    "timeline.col.kind": ("Kind", "Soort"),
    "timeline.col.text": ("What", "Wat"),
    "timeline.col.invoice": ("Invoice", "Factuur"),
    "timeline.col.clerk": ("By", "Door"),
}
