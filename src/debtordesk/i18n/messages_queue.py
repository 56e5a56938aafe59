"""Messages of the dunning services: stored policies and segment rules, holds, dunning status, the queue,
the dunning run, and the timeline entries they write; and the ``queue``/``run``/``policies`` commands.

Each code maps to (English, Dutch) with {name} placeholders.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # ----------------------------------------------------------------- policies
    "policies.what": ("the dunning policy", "het aanmaanbeleid"),
    "policies.missing": (
        "The dunning policy with number {policy_id} no longer exists. Reload the list of policies.",
        "Het aanmaanbeleid met nummer {policy_id} bestaat niet meer. Laad de lijst met beleid "
        "opnieuw.",
    ),
    "policies.name_taken": (
        "There is already a dunning policy named '{name}'. Choose another name.",
        "Er is al een aanmaanbeleid met de naam '{name}'. Kies een andere naam.",
    ),
    "policies.other_administration": (
        "The policy '{name}' belongs to another administration. Choose a policy of the customer's "
        "own administration.",
        "Het beleid '{name}' hoort bij een andere administratie. Kies beleid van de eigen "
        "administratie van de klant.",
    ),
    "policies.reference_kind": (
        "'{value}' is not a way to make payment references. Choose one of: {choices}.",
        "'{value}' is geen manier om betalingskenmerken te maken. Kies uit: {choices}.",
    ),
    "segments.what": ("the segment rule", "de segmentregel"),
    "segments.missing": (
        "The segment rule with number {rule_id} no longer exists. Reload the list of rules.",
        "De segmentregel met nummer {rule_id} bestaat niet meer. Laad de lijst met regels opnieuw.",
    ),
    "segments.name_taken": (
        "There is already a segment rule named '{name}'. Choose another name.",
        "Er is al een segmentregel met de naam '{name}'. Kies een andere naam.",
    ),
    "segments.name_required": (
        "The segment rule needs a name.",
        "De segmentregel heeft een naam nodig.",
    ),
    "segments.negative": (
        "{field} cannot be negative. Enter 0 or more, or leave it empty.",
        "{field} kan niet negatief zijn. Vul 0 of meer in, of laat het leeg.",
    ),
    "segments.field.days_late": ("Minimum average days late", "Minimaal gemiddeld dagen te laat"),
    "segments.field.stornos": (
        "Minimum stornos in 12 months",
        "Minimaal aantal stornos in 12 maanden",
    ),
    # ----------------------------------------------------------------- holds
    "holds.reason.manual": ("hold", "pauze"),
    "holds.reason.dispute": ("dispute", "betwisting"),
    "holds.reason.paid_via_link": ("paid via payment link", "betaald via betaallink"),
    "holds.reason.reported_paid": ("customer says it is paid", "klant zegt betaald te hebben"),
    "holds.reason.promise": ("promise to pay", "betaalbelofte"),
    "holds.reason.arrangement": ("payment arrangement", "betalingsregeling"),
    "holds.until_past": (
        "The hold would end on {until}, which has passed. Choose today or a later date.",
        "De pauze zou eindigen op {until}, en die datum is voorbij. Kies vandaag of later.",
    ),
    "holds.missing": (
        "The hold with number {hold_id} no longer exists. Reload the customer.",
        "De pauze met nummer {hold_id} bestaat niet meer. Laad de klant opnieuw.",
    ),
    "holds.already_lifted": (
        "This hold was lifted already on {when}.",
        "Deze pauze is al opgeheven op {when}.",
    ),
    "holds.invoice_not_of_customer": (
        "The invoice (number {invoice_id} in the database) is not one of this customer's invoices. "
        "Choose one of the customer's own invoices.",
        "De factuur (nummer {invoice_id} in de database) is geen factuur van deze klant. Kies een "
        "factuur van de klant zelf.",
    ),
    "holds.dispute_needs_note": (
        "Say what the customer disputes: the note is the start of the dispute's record.",
        "Noteer wat de klant betwist: de notitie is het begin van het dossier van de betwisting.",
    ),
    "event.hold.added": (
        "Dunning paused ({reason_en}) until lifted. {note}",
        "Aanmanen gepauzeerd ({reason_nl}) tot opheffing. {note}",
    ),
    "event.hold.added_until": (
        "Dunning paused ({reason_en}) until {until}. {note}",
        "Aanmanen gepauzeerd ({reason_nl}) tot en met {until}. {note}",
    ),
    "event.hold.lifted": (
        "Pause lifted ({reason_en}). {note}",
        "Pauze opgeheven ({reason_nl}). {note}",
    ),
    # ----------------------------------------------------------------- dunning status
    "status.what": ("the customer", "de klant"),
    "status.active": ("active", "actief"),
    "status.handed_over": ("handed over", "uit handen gegeven"),
    "status.written_off": ("written off", "afgeboekt"),
    "status.unchanged": (
        "The customer's dunning status is {status} already.",
        "De aanmaanstatus van de klant is al {status}.",
    ),
    "status.write_off_needs_reason": (
        "Give a reason for the write-off: it stays on record.",
        "Geef een reden voor het afboeken: die blijft bewaard.",
    ),
    "event.status.active": (
        "Dunning active again. {note}",
        "Aanmanen weer actief. {note}",
    ),
    "event.status.handed_over": (
        "Handed over to the collection agency: dunning stopped. {note}",
        "Uit handen gegeven aan het incassobureau: aanmanen gestopt. {note}",
    ),
    "event.status.written_off": (
        "Written off: {note}",
        "Afgeboekt: {note}",
    ),
    "event.status.pending_cancelled": (
        "{count:|# planned message or letter that had not gone out was|# planned messages or "
        "letters that had not gone out were} cancelled.",
        "{count:|# gepland bericht of geplande brief die nog niet weg was, is|# geplande berichten "
        "of brieven die nog niet weg waren, zijn} geannuleerd.",
    ),
    "event.dunning.policy_set": (
        "Own dunning policy: {policy}.",
        "Eigen aanmaanbeleid: {policy}.",
    ),
    "event.dunning.policy_cleared": (
        "Own dunning policy removed: the segment's policy applies again.",
        "Eigen aanmaanbeleid verwijderd: het beleid van het segment geldt weer.",
    ),
    # ----------------------------------------------------------------- the queue
    "queue.stale_import": (
        "The newest open-items import from {source} is of {export_date}, "
        "{days:|1 business day|# business days} ago: payments since then are not known yet, and "
        "customers who paid may be reminded. Import a fresh export first.",
        "De nieuwste import van openstaande posten uit {source} is van {export_date}, "
        "{days:|1 werkdag|# werkdagen} geleden: betalingen sindsdien zijn nog niet bekend, en klanten "
        "die betaald hebben kunnen een herinnering krijgen. Importeer eerst een nieuwe export.",
    ),
    # ----------------------------------------------------------------- the run
    "run.concurrent": (
        "Another clerk ran the queue for the same date at the same moment. Nothing of this run was "
        "saved; run it again (what the other run recorded is not planned twice).",
        "Een andere medewerker voerde de wachtrij voor dezelfde datum op hetzelfde moment uit. Van "
        "deze uitvoering is niets opgeslagen; voer hem opnieuw uit (wat de andere vastlegde, wordt "
        "niet dubbel gepland).",
    ),
    "run.bad_move": (
        "Communication {communication} is {current} and cannot become {target}. Reload and check its "
        "state.",
        "Communicatie {communication} is {current} en kan niet {target} worden. Laad opnieuw en "
        "controleer de status.",
    ),
    "run.dispatch_in_future": (
        "A letter cannot have been posted on {day}: that date is still to come. Enter the day it went "
        "into the post.",
        "Een brief kan niet op {day} zijn gepost: die datum moet nog komen. Vul de dag in waarop hij "
        "op de post ging.",
    ),
    "run.not_a_letter": (
        "Only letters are posted; this communication goes by {channel}.",
        "Alleen brieven gaan op de post; deze communicatie gaat per {channel}.",
    ),
    "run.communication_missing": (
        "Communication {communication} no longer exists. Reload the list.",
        "Communicatie {communication} bestaat niet meer. Laad de lijst opnieuw.",
    ),
    "links.no_provider": (
        "No payment provider is configured: letters carry a QR code for a bank transfer instead of a "
        "payment link.",
        "Er is geen betaalprovider ingesteld: brieven krijgen een QR-code voor een overboeking in "
        "plaats van een betaallink.",
    ),
    "links.nothing_to_pay": (
        "Nothing to pay (credit notes cover the invoices): no payment link.",
        "Niets te betalen (creditnota's dekken de facturen): geen betaallink.",
    ),
    # {channels}: the ids as stored ("sms, email"), in words ("sms, e-mail")
    "event.dunning.planned": (
        "{step} planned for {date} by {channels:@cli.channel}: {invoices:|# invoice|# invoices}, "
        "€ {amount} open.",
        "{step} gepland voor {date} per {channels:@cli.channel}: {invoices:|# factuur|# facturen}, "
        "€ {amount} open.",
    ),
    "event.dunning.costs_capped": (
        "Collection costs capped for a small recurring claim: {allowed} instead of {requested} "
        "(at most EUR 140 per six months; {charged_in_window} charged since {window_start}).",
        "Incassokosten begrensd voor een kleine terugkerende vordering: {allowed} in plaats van "
        "{requested} (hoogstens EUR 140 per zes maanden; {charged_in_window} in rekening gebracht "
        "sinds {window_start}).",
    ),
    "event.dunning.costs_announced_capped": (
        "The 14-day letter announces {allowed} collection costs instead of {requested}: a small "
        "recurring claim (at most EUR 140 per six months; {charged_in_window} charged since "
        "{window_start}).",
        "De veertiendagenbrief kondigt {allowed} incassokosten aan in plaats van {requested}: een "
        "kleine terugkerende vordering (hoogstens EUR 140 per zes maanden; {charged_in_window} in "
        "rekening gebracht sinds {window_start}).",
    ),
    # the same, stating the organisation's cap (Settings > Legal and interest)
    "event.dunning.costs_capped_limit": (
        "Collection costs capped for a small recurring claim: {allowed} instead of {requested} "
        "(at most {limit} per {months:|1 month|# months}; {charged_in_window} charged since {window_start}).",
        "Incassokosten begrensd voor een kleine terugkerende vordering: {allowed} in plaats van "
        "{requested} (hoogstens {limit} per {months:|1 maand|# maanden}; {charged_in_window} in rekening "
        "gebracht sinds {window_start}).",
    ),
    "event.dunning.costs_announced_capped_limit": (
        "The 14-day letter announces {allowed} collection costs instead of {requested}: a small "
        "recurring claim (at most {limit} per {months:|1 month|# months}; {charged_in_window} charged since "
        "{window_start}).",
        "De veertiendagenbrief kondigt {allowed} incassokosten aan in plaats van {requested}: een "
        "kleine terugkerende vordering (hoogstens {limit} per {months:|1 maand|# maanden}; "
        "{charged_in_window} in rekening gebracht sinds {window_start}).",
    ),
    # ------------------------------------------------------------------ stale at output time
    "stale.handed_over": (
        "Not sent: the customer has been handed over to the collection agency since the run.",
        "Niet verstuurd: de klant is sinds de run uit handen gegeven aan het incassobureau.",
    ),
    "stale.written_off": (
        "Not sent: the customer's claim has been written off since the run.",
        "Niet verstuurd: de vordering op de klant is sinds de run afgeboekt.",
    ),
    "stale.hold.manual": (
        "Not sent: the customer is on hold today.",
        "Niet verstuurd: de klant staat vandaag in de wacht.",
    ),
    "stale.hold.dispute": (
        "Not sent: the customer disputes the claim (on hold).",
        "Niet verstuurd: de klant betwist de vordering (in de wacht).",
    ),
    "stale.hold.paid_via_link": (
        "Not sent: the customer paid via a payment link; the bookkeeping has not caught up yet.",
        "Niet verstuurd: de klant heeft via een betaallink betaald; de boekhouding loopt nog achter.",
    ),
    "stale.hold.reported_paid": (
        "Not sent: the customer says it is already paid (on hold while that is checked).",
        "Niet verstuurd: de klant zegt al betaald te hebben (in de wacht tot dat is nagekeken).",
    ),
    "stale.hold.promise": (
        "Not sent: the customer promised to pay; dunning waits until the promised date.",
        "Niet verstuurd: de klant heeft betaling beloofd; aanmanen wacht tot de beloofde datum.",
    ),
    "stale.hold.arrangement": (
        "Not sent: a payment arrangement replaces the reminders.",
        "Niet verstuurd: een betalingsregeling vervangt de herinneringen.",
    ),
    "stale.nothing_due": (
        "Not sent: every invoice it listed is paid, closed or on hold by now.",
        "Niet verstuurd: elke factuur die erin stond is inmiddels betaald, gesloten of in de wacht.",
    ),
    "stale.amount_changed": (
        "Not sent: the open amount of invoice {invoice} changed from {before} to {now} since the run. "
        "Run the queue again to send the right amounts.",
        "Niet verstuurd: het openstaande bedrag van factuur {invoice} is sinds de run veranderd van "
        "{before} in {now}. Draai de wachtrij opnieuw om de juiste bedragen te versturen.",
    ),
    "event.dunning.stale_cancelled": (
        "{step} by {channel:@cli.channel} cancelled before it went out: the facts changed since "
        "the run.",
        "{step} per {channel:@cli.channel} geannuleerd voordat het wegging: de feiten zijn sinds "
        "de run veranderd.",
    ),
    "event.dunning.costs_waived": (
        "Collection costs of € {amount} waived: the principal is paid.",
        "Incassokosten van € {amount} kwijtgescholden: de hoofdsom is betaald.",
    ),
    "event.dunning.dispatched": (
        "{step}: letter posted on {date}.",
        "{step}: brief gepost op {date}.",
    ),
    "event.dunning.returned": (
        "{step}: the letter came back. The 14-day-letter evidence is void: call the customer. {note}",
        "{step}: de brief kwam retour. Het bewijs van de veertiendagenbrief vervalt: bel de klant. "
        "{note}",
    ),
    "event.dunning.bounced": (
        "{step}: the e-mail bounced. The 14-day-letter evidence is void: call the customer. {note}",
        "{step}: de e-mail kwam niet aan. Het bewijs van de veertiendagenbrief vervalt: bel de "
        "klant. {note}",
    ),
    # ----------------------------------------------------------------- commands
    "cli.queue.none": (
        "Nothing is due on {date}.",
        "Op {date} is niets aan de beurt.",
    ),
    "cli.queue.line": (
        "{customer} {name}: {step} by {channels}; {invoice_count:|invoice|invoices} {invoices}; open "
        "{open}, overdue {overdue}, costs {costs}, interest {interest}",
        "{customer} {name}: {step} per {channels}; {invoice_count:|factuur|facturen} {invoices}; open "
        "{open}, vervallen {overdue}, kosten {costs}, rente {interest}",
    ),
    "cli.queue.totals": (
        "{actions:|# customer|# customers} with a step due on {date}, {open} open.",
        "{actions:|# klant|# klanten} met een stap op {date}, {open} open.",
    ),
    "cli.run.line": (
        "{customer}: {step} planned by {channels} (payment reference {reference})",
        "{customer}: {step} gepland per {channels} (betalingskenmerk {reference})",
    ),
    "cli.run.done": (
        "Run for {date}: {customers:|# customer|# customers}, "
        "{communications:|# communication|# communications} recorded, {prepared} prepared. Nothing "
        "was sent: letters and messages go out from the app.",
        "Uitvoering voor {date}: {customers:|# klant|# klanten}, "
        "{communications:|# communicatie|# communicaties} vastgelegd, {prepared} voorbereid. Er is "
        "niets verstuurd: brieven en berichten gaan vanuit de app de deur uit.",
    ),
    "cli.run.future_date": (
        "A run records today's steps: {date} is later than today ({today}), and a run for it would "
        "record letters, messages and costs that are not due yet. Run without --date, or use "
        "'debtordesk queue --date {date}' to see what will be due then (nothing is recorded).",
        "Een uitvoering legt de stappen van vandaag vast: {date} ligt na vandaag ({today}), en een "
        "uitvoering voor die dag zou brieven, berichten en kosten vastleggen die nog niet aan de "
        "beurt zijn. Voer uit zonder --date, of bekijk met 'debtordesk queue --date {date}' wat er "
        "dan aan de beurt is (er wordt niets vastgelegd).",
    ),
    "cli.run.no_links": (
        "{count} without a payment link: {reason}",
        "{count} zonder betaallink: {reason}",
    ),
    "cli.policies.line": (
        "{name} {default_for}(minimum {min_amount}, tolerance {tolerance})",
        "{name} {default_for}(minimum {min_amount}, tolerantie {tolerance})",
    ),
    "cli.policies.default.consumer": ("[default for consumers] ", "[standaard voor consumenten] "),
    "cli.policies.default.business": ("[default for businesses] ", "[standaard voor zakelijk] "),
    "cli.policies.step": (
        "    {name}: {offset:|1 day|# days} {base}, by {channels}",
        "    {name}: {offset:|1 dag|# dagen} {base}, per {channels}",
    ),
    # a channel in the text of queue, run and policies ("... by e-mail, SMS"; --json keeps the ids),
    # and {channel:@cli.channel} on the timeline ("sms verstuurd naar ...")
    "cli.channel.sms": ("SMS", "sms"),
    "cli.channel.email": ("e-mail", "e-mail"),
    "cli.channel.letter": ("letter", "brief"),
    "cli.channel.call": ("phone", "telefoon"),
    "cli.channel.handover": ("hand-over", "overdracht"),
    "cli.policies.base.due_date": ("from the due date", "vanaf de vervaldatum"),
    "cli.policies.base.previous_step": ("after the previous step", "na de vorige stap"),
    "cli.policies.base.trigger": ("after the event", "na de gebeurtenis"),
}
